// What a section's pages, set one way, measure for the one cost (cost.ts): how full each is,
// what the notes alone hold, lines of prose, cut lead-ins, lonely and counted continuations.
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Layout } from '../../model/deck.js';
import { hiddenShare, type Measure } from '../cost.js';
import type { Estimator } from '../measure/estimate.js';
import type { Font } from '../measure/metrics.js';
import type { Page } from '../paginate/split.js';
import type { Unit } from '../paginate/units.js';
import { continuationLabels } from '../titles/page-label.js';

/** The measures of a section's pages as one setting sets them. */
export function pageMeasures(
  units: Unit[],
  pages: Page[],
  input: { est: Estimator; space: number },
  setting: { layout: Layout; compact: boolean },
): Omit<Measure, 'flat'> {
  const { est } = input;
  const shown = units.reduce((n, u) => n + (u.hidden ? 0 : toString(u.display).length), 0);
  const whole = units.reduce((n, u) => n + toString(u.original).length, 0);
  const font = setting.layout === 'prose' ? est.metrics.text.prose : est.metrics.text.body;
  const width = est.layoutWidth(setting.layout);
  const prose = (page: Page) => proseLines(page.display, est, font, width);
  return {
    fills: pages.map((p) => p.height / input.space),
    hiddenShare: hiddenShare(shown, whole),
    proseLines: pages.map(prose),
    leadLines: pages.map((page) => leadLines(page.display, est, font, width)),
    leadInCuts: pages.filter((p) => p.cutsLeadIn).length,
    lonely: pages.filter((p, i) => i > 0 && p.height < input.space * LONELY_FILL && single(p.display)).length,
    counted: counted(pages),
    compact: setting.compact,
  };
}

/** Lines of running prose (paragraphs, quotes) among blocks set in `font` at `width`: what a
 * wall is counted in (cost.ts). */
export function proseLines(blocks: RootContent[], est: Estimator, font: Font, width: number): number {
  return blocks.reduce(
    (n, b) =>
      n + (b.type === 'paragraph' || b.type === 'blockquote' ? est.textLines(toString(b), font, width) : 0),
    0,
  );
}

/** The lines of the longest paragraph on a slide that also shows a list or a table: what
 * reads as dense (cost.ts `denseLead`); 0 on a slide of paragraphs alone. */
function leadLines(blocks: RootContent[], est: Estimator, font: Font, width: number): number {
  if (!blocks.some((b) => b.type === 'list' || b.type === 'table')) return 0;
  return Math.max(
    0,
    ...blocks.map((b) => (b.type === 'paragraph' ? est.textLines(toString(b), font, width) : 0)),
  );
}

/** Continuations titled only by a counter: all of them, unless each opens with the author's own
 * label, which titles it (section-slides.ts). */
function counted(pages: Page[]): number {
  return continuationLabels(pages) ? 0 : Math.max(0, pages.length - 1);
}

/** A continuation this empty holding one piece is a lonely one. */
const LONELY_FILL = 0.5;

/** One list item, one table row or one paragraph, and nothing else. */
function single(blocks: RootContent[]): boolean {
  if (blocks.length !== 1) return false;
  const [block] = blocks;
  if (block?.type === 'list') return block.children.length === 1;
  if (block?.type === 'table') return block.children.length === 2;
  return block?.type === 'paragraph';
}
