// Assembles the typed deck: planned slides plus the document-level facts (title, footer,
// language, author) every output needs.
import type { Asset, Deck } from '../model/deck.js';
import type { Recap } from '../recap/read.js';
import type { Estimator } from './estimate.js';
import { planDeck } from './plan.js';
import { planTiming } from './timing.js';

export interface DeckInput {
  recap: Recap;
  assets: Map<string, Asset>;
  /** Recap path as shown to the user. */
  source: string;
  name: string;
  scales?: ReadonlyMap<number, number>;
  /** Heights of blocks in the theme, for splitting before the browser measures. */
  est: Estimator;
  /** Show a placeholder where a picture is missing. */
  placeholders?: boolean;
}

export function toDeck({ recap, assets, source, name, scales, est, placeholders }: DeckInput): Deck {
  const { slides, headline } = planDeck({
    outline: recap.outline,
    meta: recap.meta,
    lang: recap.lang,
    name,
    est,
    assets,
    placeholders: placeholders ?? false,
    ...(scales ? { scales } : {}),
  });
  const meta: Deck['meta'] = { lang: recap.lang, title: headline, footer: headline };
  if (recap.meta.author) meta.author = recap.meta.author;
  if (recap.meta.date) meta.date = recap.meta.date;
  if (recap.meta.weight !== undefined) meta.weight = recap.meta.weight;
  if (recap.meta.durationMinutes !== undefined) meta.durationMinutes = recap.meta.durationMinutes;
  if (recap.meta.description) meta.description = recap.meta.description;
  return { source, meta, slides, assets, timing: planTiming({ slides, meta }) };
}
