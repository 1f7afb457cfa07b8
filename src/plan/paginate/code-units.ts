// A code block as pieces a slide may be split between: its lines, on as many continuation
// slides as they need, each keeping the block's language. A block too long for a talk shows
// an excerpt (its first lines, a ⋮ under them) and goes whole into the notes.
import type { Code, RootContent } from 'mdast';
import type { Labels } from '../../i18n/labels.js';
import type { Layout } from '../../model/deck.js';
import type { Estimator } from '../measure/estimate.js';
import type { Unit } from './types.js';

/** The last line of an excerpt: the code goes on (the notes have it whole), as a printed listing
 * marks a cut. */
const ELIDED = '⋮';
/** A block needing more than this many slides is shown as an excerpt. */
const MAX_SLIDES = 2;
/** An excerpt leaves room for a lead-in and stops at this many lines: enough to show its shape. */
const EXCERPT = { share: 0.85, lines: 15 };

export function codeUnits(code: Code, layout: Layout, est: Estimator, space: number, labels: Labels): Unit[] {
  const total = est.blockHeight(code, layout);
  if (total <= space) return [{ display: code, original: code, height: total }];
  const lines = code.value.split('\n');
  const frame = est.blockHeight({ ...code, value: '' }, layout) - lineHeight('', layout, est);
  const heights = lines.map((line) => lineHeight(line, layout, est));
  if (total > space * MAX_SLIDES) return excerpt(code, lines, heights, frame, space, labels);
  // Lines in a group, merged back into one block per page; each page repeats the frame.
  return lines.map((line, i) => ({
    display: { ...code, value: line },
    original: { ...code, value: line },
    height: heights[i]! + (i === 0 ? frame : 0),
    group: code,
    repeatPx: frame,
  }));
}

function lineHeight(line: string, layout: Layout, est: Estimator): number {
  const { text, codeBox } = est.metrics;
  const width = est.layoutWidth(layout) - 2 * codeBox.padX - codeBox.rule;
  return est.textLines(line || ' ', text.code, width, 'mono') * text.code.size * text.code.line;
}

/** The first lines that fit one slide; the whole block, and a line saying what the slide leaves
 * out, go to the notes. */
function excerpt(
  code: Code,
  lines: string[],
  heights: number[],
  frame: number,
  space: number,
  labels: Labels,
): Unit[] {
  const caption: RootContent = {
    type: 'paragraph',
    children: [{ type: 'emphasis', children: [{ type: 'text', value: '' }] }],
  };
  // (The excerpt ends on a line of its own that says the code goes on: room for it first.)
  let used = frame + heights[0]!;
  let shown = 0;
  while (shown < Math.min(lines.length, EXCERPT.lines) && used + heights[shown]! <= space * EXCERPT.share)
    used += heights[shown++]!;
  shown = Math.max(1, shown);
  caption.children = [
    {
      type: 'emphasis',
      children: [{ type: 'text', value: labels.codeExcerpt(shown, lines.length - shown) }],
    },
  ];
  // What the excerpt leaves out is the speaker's to say: a line about the tool's notes reads as
  // a leftover to an audience (reviewers twice counted it so).
  return [
    {
      display: { ...code, value: [...lines.slice(0, shown), ELIDED].join('\n') },
      original: { ...code, data: { ...code.data, excerpt: true } },
      height: used,
      keepWithNext: true,
    },
    { display: caption, original: caption, height: 0, hidden: true },
  ];
}
