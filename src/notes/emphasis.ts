// The phrases a recap author set in bold, and the text helpers the notes passes share to
// compare them with what a slide shows.
import type { RootContent, Strong } from 'mdast';
import { visit } from 'unist-util-visit';
import { inlineText } from '../model/text.js';

/** Text with its spacing and case evened out, for "does the slide show this" checks. */
export function flat(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Every bold phrase inside the blocks, in reading order, trimmed of edge punctuation. */
export function boldPhrases(blocks: RootContent[]): string[] {
  const phrases: string[] = [];
  for (const block of blocks)
    visit(block, 'strong', (node: Strong) => {
      const phrase = trimPunctuation(flat(inlineText(node.children)));
      if (phrase) phrases.push(phrase);
    });
  return phrases;
}

/** The text without the punctuation around it (quotes and brackets too, unless `keepQuotes`). */
export function trimPunctuation(text: string, keepQuotes = false): string {
  return keepQuotes
    ? text.replace(/[\s:;,.–—-]+$/u, '').trim()
    : text
        .replace(/^[\s"'“”‘’«»([{*_:;,.–—-]+/u, '')
        .replace(/[\s"'“”‘’«»*_:;,.–—-]+$/u, '')
        .trim();
}

/** The first `max` words of a text, with "…" when some were left out (never just the last
 * two or three: cutting so little saves nothing and loses the end). */
export function firstWords(text: string, max: number): string {
  const words = flat(text).split(' ');
  return words.length <= max + 3 ? flat(text) : `${words.slice(0, max).join(' ')}…`;
}
