// Test helpers: run the pure stages (parse -> plan -> render) on recap text, no disk
// and no browser, the way the pipeline does.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadFontMetrics } from '../src/assets/font-metrics.js';
import { VFile } from 'vfile';
import { type Warning, warningsOf } from '../src/errors.js';
import type { Asset, Deck } from '../src/model/deck.js';
import { readRecap, type Recap } from '../src/recap/read.js';
import { renderMarpMarkdown } from '../src/render/marp-markdown.js';
import { toDeck } from '../src/plan/to-deck.js';
import { createEstimator, type Estimator } from '../src/plan/measure/estimate.js';
import { readMetrics } from '../src/plan/measure/metrics.js';
import { createTextMeasure } from '../src/plan/measure/text-measure.js';

/** The planner's estimator for the shipped theme and fonts, as a build makes it. */
export const est: Estimator = createEstimator(
  readMetrics(readFileSync(join(import.meta.dirname, '..', 'themes', 'aws.css'), 'utf8')),
  createTextMeasure(await loadFontMetrics()),
);

export interface Planned {
  recap: Recap;
  deck: Deck;
  markdown: string;
  warnings: Warning[];
}

export function plan(text: string, file = 'recaps/test.md', assets = new Map<string, Asset>()): Planned {
  const messages = new VFile({ path: file });
  const recap = readRecap(text, messages);
  // The deck is named by its file, as `npm run deck NAME` names it.
  const name = basename(file).replace(/\.md$/u, '');
  const deck = toDeck({ recap, assets, est, source: file, name });
  const markdown = renderMarpMarkdown(deck, { rebuild: `npm run deck ${name}` });
  return { recap, deck, markdown, warnings: warningsOf(messages) };
}

export function titles(deck: Deck): string[] {
  return deck.slides.map((s) => (s.part ? `${s.title} (${s.part.index}/${s.part.total})` : s.title));
}

/** A recap whose first part holds a slide of its own, then a part titled `title` over `lines`:
 * the shape the section tests plan. */
export function withPart(title: string, lines: string[]): string {
  const first = 'A paragraph long enough to be a slide of its own, about the goals of the day.';
  return ['# Event', '', '## Why we came', '', first, '', `## ${title}`, '', ...lines].join('\n');
}

/** Sub-sections, each its heading (numbered on request, "1. Agents") over its lines. */
export function subSections(names: string[], lines: (name: string) => string[], numbered = false): string[] {
  return names.flatMap((name, i) => [`### ${numbered ? `${i + 1}. ` : ''}${name}`, '', ...lines(name), '']);
}
