// Points, not prose: a paragraph on a slide becomes a few points, each a whole sentence of
// it, chosen by what they carry (key-sentences.ts) and shortened only at a clause boundary
// (shorten.ts). The paragraph stays whole in the notes, so nothing it says is lost.
import type { List, ListItem, Paragraph } from 'mdast';
import { choose, scoredSentences } from './key-sentences.js';
import { between, trimStart } from '../../model/phrasing-slice.js';
import { plain, shorten } from './shorten.js';

export interface PointOptions {
  /** Most points one paragraph gives. */
  most: number;
  /** Longest a point may be, in characters, before it is shortened. */
  pointLimit: number;
}

/** The paragraph as a list of points (one for a single sentence), or undefined when it has
 * no words. */
export function prosePoints(paragraph: Paragraph, { most, pointLimit }: PointOptions): List | undefined {
  const children = paragraph.children;
  const text = plain(children);
  const spans = scoredSentences(children, text);
  if (spans.length === 0) return undefined;
  // Sentences that fit a point whole are chosen before any that would need cutting.
  const fitting = spans.filter((s) => s.end - s.start <= pointLimit);
  const chosen = choose(fitting, Infinity, most);
  if (chosen.length < most)
    chosen.push(
      ...choose(
        spans.filter((s) => !chosen.includes(s)),
        Infinity,
        most - chosen.length,
      ),
    );
  chosen.sort((a, b) => a.index - b.index);
  // A paragraph of nothing but filler still says something: its opening sentence.
  if (chosen.length === 0) chosen.push(spans[0]!);
  const items = chosen.map((s): ListItem => {
    const sentence = trimStart(between(children, s.start, s.end));
    const point: Paragraph = { type: 'paragraph', children: shorten(sentence, pointLimit) ?? sentence };
    return { type: 'listItem', spread: false, children: [point] };
  });
  return { type: 'list', ordered: false, spread: false, children: items };
}
