// Points, not prose: a paragraph on a slide becomes a few points, each a whole sentence of
// it, chosen by what they carry (key-sentences.ts) and shortened only at a clause boundary
// (shorten.ts). The paragraph stays whole in the notes, so nothing it says is lost.
import type { List, Paragraph } from 'mdast';
import { choose, scoredSentences } from './key-sentences.js';
import { between, slice, trimStart } from '../../model/phrasing-slice.js';
import { asList } from './lines.js';
import { afterLabel, shorten } from './shorten.js';
import { phrasingText } from '../../model/text.js';

export interface PointOptions {
  /** Most points one paragraph gives. */
  most: number;
  /** Longest a point may be, in characters, before it is shortened. */
  pointLimit: number;
}

/** The paragraph as a list of points (one for a single sentence), or undefined when it has
 * no words. */
export function prosePoints(paragraph: Paragraph, options: PointOptions): List | undefined {
  const lines = pointLines(paragraph, options);
  return lines.length > 0 ? asList(lines) : undefined;
}

/** The paragraph's points, each a line of its own (none when it has no words). */
export function pointLines(paragraph: Paragraph, { most, pointLimit }: PointOptions): Paragraph[] {
  const children = paragraph.children;
  const text = phrasingText(children);
  // A bold label opens the first point, over the sentence after it that says most.
  const labelled = afterLabel(children, text);
  const spans = labelled?.spans ?? scoredSentences(children, text);
  if (spans.length === 0) return [];
  // Sentences that fit a point whole are chosen before any that would need cutting.
  const fitting = spans.filter((s) => s.end - s.start <= pointLimit);
  const chosen = choose(fitting, Infinity, most);
  if (chosen.length < most)
    chosen.push(
      ...choose(
        spans.filter((s) => !chosen.includes(s)),
        Infinity,
        most - chosen.length,
        chosen,
      ),
    );
  chosen.sort((a, b) => a.index - b.index);
  // A paragraph of nothing but filler still says something: its opening sentence.
  if (chosen.length === 0) chosen.push(spans[0]!);
  return chosen.map((s, k): Paragraph => {
    const sentence = trimStart(between(children, s.start, s.end));
    const point = shorten(sentence, pointLimit) ?? sentence;
    const label = labelled && k === 0 ? slice(children, labelled.prefix) : [];
    return { type: 'paragraph', children: [...label, ...point] };
  });
}
