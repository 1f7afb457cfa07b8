// The sentence an intro opens with, as a paragraph of its own: where a section's intro is too
// long to stand above what follows it, its opening sentence says what the part is about there
// and the whole intro is the speaker's (a designer trims an intro to its first line, rather
// than give it a slide of its own).
import type { Paragraph } from 'mdast';
import { between } from '../../model/phrasing-slice.js';
import { phrasingText } from '../../model/text.js';
import { sentenceSpans } from './sentences.js';

/** An opening sentence longer than this is no line above a slide's content. */
const LONGEST = 180;

/** The first sentence of `paragraph` when the paragraph has more than one and it is short
 * enough; undefined otherwise. */
export function openingSentence(paragraph: Paragraph): Paragraph | undefined {
  const text = phrasingText(paragraph.children);
  const [first, second] = sentenceSpans(text);
  if (!first || !second) return undefined;
  const sentence = text.slice(first.start, first.end).trim();
  // A sentence that only leads into a list ("Key experiences included:") needs the list.
  if (sentence.length > LONGEST || /[:：]$/u.test(sentence)) return undefined;
  return { type: 'paragraph', children: between(paragraph.children, first.start, first.end) };
}
