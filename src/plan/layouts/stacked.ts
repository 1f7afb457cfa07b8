// Sub-sections too long for cards may still share a slide, each under its own sub-heading: a
// designer regroups four half-empty slides of one part into two full ones. Only whole
// sub-sections share a slide, so none is cut between two; one that is no plain slide of text
// (pictures, a table) keeps its own slides, in its place.
import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Origin, Slide } from '../../model/deck.js';
import { textLength } from '../../model/text.js';
import { cost as priced, hiddenShare } from '../cost.js';
import type { Estimator } from '../measure/estimate.js';
import type { TitledSection } from '../titles/outline-titles.js';
import { cardTitle, shownLength, underParent } from './summaries.js';

/** Sub-sections a slide holds at most: more sub-headings than this read as a list of headings. */
const PER_SLIDE = 3;
/** A shared slide may be planned full: the browser's measure re-plans one that overflows. */
const MOST_FILL = 1;

/** A sub-section, its slides on their own, and what they cost there. */
export interface SetApart {
  section: TitledSection;
  slides: Slide[];
  cost: number;
}

/** The parts stacked on as few slides as hold them whole (the most even split of those), and
 * what that costs; undefined when no two of them can share a slide. */
export function stackedSlides(
  title: string,
  origin: Origin,
  apart: SetApart[],
  est: Estimator,
  budget: number,
): { slides: Slide[]; cost: number } | undefined {
  const named = underParent(
    apart.map((a) => a.section),
    title,
  );
  // Runs of plain parts, each packed; any other part keeps its own slides, in its place, and
  // so does a part left alone on a page (its own title says more than its parent's).
  const plain = apart.map(isPlain);
  const runs: number[][] = [];
  apart.forEach((_, i) => {
    const run = runs[runs.length - 1];
    if (plain[i] && run && plain[run[0]!]) run.push(i);
    else runs.push([i]);
  });
  const heights = apart.map((a, i) => (plain[i] ? partHeight(named[i]!, a.slides[0]!, est) : 0));
  const pages: { parts: number[]; height: number; shared: boolean }[] = [];
  for (const run of runs) {
    const groups = plain[run[0]!]
      ? evenGroups(
          run.map((i) => heights[i]!),
          budget * MOST_FILL,
        )
      : undefined;
    for (const group of groups ?? run.map((_, k) => [k])) {
      const parts = group.map((k) => run[k]!);
      const height = parts.reduce((sum, i) => sum + heights[i]!, 0);
      pages.push({ parts, height, shared: parts.length > 1 });
    }
  }
  const stacked = pages.filter((p) => p.shared);
  if (stacked.length === 0) return undefined;
  const slides: Slide[] = [];
  for (const page of pages) {
    if (!page.shared) {
      slides.push(...apart[page.parts[0]!]!.slides);
      continue;
    }
    const index = stacked.indexOf(page) + 1;
    const own = page.parts.map((i) => apart[i]!.slides[0]!);
    slides.push({
      layout: 'content',
      title,
      blocks: page.parts.flatMap((i, k) => [subheading(named[i]!), ...own[k]!.blocks]),
      notes: own.flatMap((slide) => slide.notes),
      origin: index === 1 ? origin : own[0]!.origin,
      section: origin.line,
      estimatedPx: Math.round(page.height),
      budgetPx: Math.round(budget),
      ...(stacked.length > 1 ? { part: { index, total: stacked.length } } : {}),
    });
  }
  const packed = stacked.flatMap((p) => p.parts);
  const shown = textLength(packed.flatMap((i) => apart[i]!.slides[0]!.blocks));
  const hidden = hiddenShare(shown, shownLength(packed.map((i) => apart[i]!.section)));
  // Sub-headings over plain lists: parallel parts, not drawn side by side; paragraphs stacked
  // past a reader's glance are a wall, as on any slide.
  const cost =
    priced({
      fills: stacked.map((p) => p.height / budget),
      hiddenShare: hidden,
      proseLines: stacked.map((p) => p.parts.reduce((n, i) => n + proseLines(apart[i]!.slides[0]!, est), 0)),
      leadInCuts: 0,
      lonely: 0,
      compact: false,
      flat: true,
    }) + pages.filter((p) => !p.shared).reduce((sum, p) => sum + apart[p.parts[0]!]!.cost, 0);
  return { slides, cost };
}

/** One slide of text (a list, prose) with no line under its title: a part a slide may share. */
export function isPlain({ slides }: SetApart): boolean {
  return slides.length === 1 && ['content', 'prose'].includes(slides[0]!.layout) && !slides[0]!.subtitle;
}

/** Lines of running prose a part's slide shows, at the usual size. */
function proseLines(slide: Slide, est: Estimator): number {
  const width = est.layoutWidth('content');
  return slide.blocks.reduce(
    (n, b) => n + (b.type === 'paragraph' ? est.textLines(toString(b), est.metrics.text.body, width) : 0),
    0,
  );
}

/** A part's height under its sub-heading, at the usual type size. */
function partHeight(section: TitledSection, slide: Slide, est: Estimator): number {
  const blocks: RootContent[] = [subheading(section), ...slide.blocks];
  return blocks.reduce((sum, b) => sum + est.blockHeight(b, 'content'), 0);
}

function subheading(section: TitledSection): Heading {
  const text = [section.kicker, cardTitle(section)].filter(Boolean).join(' · ');
  return { type: 'heading', depth: 3, children: [{ type: 'text', value: text }] };
}

/** Indices in runs of at most PER_SLIDE whose heights fit `room`: the fewest runs, and of
 * those the split whose tallest run is shortest. Undefined when one alone does not fit. */
export function evenGroups(heights: number[], room: number): number[][] | undefined {
  // best[j]: the best split of the first j heights (fewest runs, then shortest tallest run).
  const best: ({ count: number; tallest: number; start: number } | undefined)[] = [
    { count: 0, tallest: 0, start: 0 },
  ];
  for (let j = 1; j <= heights.length; j += 1) {
    let sum = 0;
    for (let i = j - 1; i >= Math.max(0, j - PER_SLIDE); i -= 1) {
      sum += heights[i]!;
      const before = best[i];
      if (sum > room) break;
      if (!before) continue;
      const option = { count: before.count + 1, tallest: Math.max(before.tallest, sum), start: i };
      const current = best[j];
      if (
        !current ||
        option.count < current.count ||
        (option.count === current.count && option.tallest < current.tallest)
      )
        best[j] = option;
    }
  }
  if (!best[heights.length]) return undefined;
  const groups: number[][] = [];
  for (let j = heights.length; j > 0; j = best[j]!.start)
    groups.unshift(Array.from({ length: j - best[j]!.start }, (_, k) => best[j]!.start + k));
  return groups;
}
