// A title for a page of a recap without headings, from its own words: its first bold
// phrase, else the opening of its first sentence. Never the deck's title on every slide.
import type { PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

const MAX = 60;
const MIN = 3;

export function topicTitle(blocks: RootContent[]): string {
  let bold: string | undefined;
  let first: string | undefined;
  for (const block of blocks) {
    visit(block, (node) => {
      if (bold === undefined && node.type === 'strong') {
        const text = clean(toString(node));
        if (text.length >= MIN && text.length <= MAX) bold = text;
      }
      if (
        first === undefined &&
        (node.type === 'paragraph' || node.type === 'tableCell' || node.type === 'heading')
      )
        first = clean(toString(node as { children: PhrasingContent[] }));
    });
  }
  return bold ?? opening(first ?? '');
}

function clean(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\s:：.,;]+$/u, '')
    .trim();
}

/** The first sentence, or its first clause, or its first words, in about one line of title. */
function opening(text: string): string {
  const sentence = /^(.+?[.!?])(\s|$)/u.exec(text)?.[1] ?? text;
  if (sentence.length <= MAX) return clean(sentence);
  const clause = /^(.{12,}?)[,;:–—(]/u.exec(sentence)?.[1];
  if (clause && clause.length <= MAX) return clean(clause);
  const words = sentence.split(' ');
  let out = '';
  for (const word of words) {
    if (`${out} ${word}`.trim().length > MAX - 1) break;
    out = `${out} ${word}`.trim();
  }
  return `${clean(out)}…`;
}
