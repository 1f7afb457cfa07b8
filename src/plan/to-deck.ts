// Assembles the typed deck: planned slides plus the document-level facts (title, footer,
// language, author) every output needs.
import type { Asset, Deck, NotesMode } from '../model/deck.js';
import { speakerNotes } from '../notes/speaker-notes.js';
import type { Recap } from '../recap/read.js';
import type { Estimator } from './measure/estimate.js';
import { eventDate } from './cover/cover-facts.js';
import { planDeck } from './plan-deck.js';
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
  /** Speaker notes in four parts (default), or only the recap's own words. */
  notes?: NotesMode;
}

export function toDeck({
  recap,
  assets,
  source,
  name,
  scales,
  est,
  placeholders,
  notes = 'speaker',
}: DeckInput): Deck {
  const { slides, headline, partsTold } = planDeck({
    outline: recap.outline,
    meta: recap.meta,
    lang: recap.lang,
    facts: recap.facts,
    ...(recap.date ? { date: recap.date } : {}),
    name,
    est,
    assets,
    placeholders: placeholders ?? false,
    ...(scales ? { scales } : {}),
  });
  const meta: Deck['meta'] = { lang: recap.lang, title: headline, footer: headline };
  if (recap.meta.author) meta.author = recap.meta.author;
  const date = eventDate(recap.date);
  if (date) meta.date = date;
  if (recap.meta.weight !== undefined) meta.weight = recap.meta.weight;
  if (recap.meta.durationMinutes !== undefined) meta.durationMinutes = recap.meta.durationMinutes;
  if (recap.meta.description) meta.description = recap.meta.description;
  // Timing reads the recap's own words, so both kinds of notes give the same budgets.
  const timing = planTiming({ slides, meta });
  const noted =
    notes === 'speaker'
      ? speakerNotes({ slides, outline: recap.outline, lang: recap.lang, perSlide: timing.perSlide })
      : slides;
  return { source, meta, slides: noted, assets, timing, ...(partsTold ? { partsTold } : {}) };
}
