// Plain-text views of what a deck says: inline content as it reads, a block's text with its
// cells, items and paragraphs kept apart, everything a slide shows, and the words of a text.
import type { PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Slide } from './deck.js';
import './nodes.js';

/** The text of inline content as it reads: a line break, even inside emphasis, parts the
 * words on either side (as `lineBreak`). */
export function inlineText(children: PhrasingContent[], lineBreak = ' '): string {
  return children
    .map((child) =>
      child.type === 'break'
        ? lineBreak
        : 'children' in child
          ? inlineText(child.children, lineBreak)
          : toString(child),
    )
    .join('');
}

/** The text of inline content as a slide sets it, a line break a line of its own: the text that
 * measuring, sentence spans and cutting by character offsets (phrasing-slice.ts) all read. */
export function phrasingText(children: PhrasingContent[]): string {
  return inlineText(children, '\n');
}

/** A block's text as it reads: cells, items and paragraphs kept apart (toString runs them together). */
export function blockText(node: RootContent): string {
  if (node.type === 'figure') return node.caption ?? node.alt;
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell')
    return inlineText(node.children, '\n');
  if ('children' in node)
    return (node.children as RootContent[]).map(blockText).join(node.type === 'tableRow' ? ' | ' : '\n');
  return toString(node);
}

/** Everything a slide shows, line by line. */
export function slideText(slide: Slide): string {
  const parts = [
    slide.eyebrow,
    slide.kicker,
    slide.title,
    ...(slide.subtitle ?? []),
    ...slide.blocks.map(blockText),
  ];
  return parts.filter(Boolean).join('\n');
}

/** The titles of the cards a slide of cards shows: each card opens with its title line. */
export function cardTitles(slide: Slide): string[] {
  if (slide.layout !== 'cards') return [];
  const list = slide.blocks.find((b) => b.type === 'list');
  if (list?.type !== 'list') return [];
  return list.children
    .map((item) => (item.children[0] ? toString(item.children[0]).trim() : ''))
    .filter(Boolean);
}

const URL = /\b(?:https?:\/\/|www\.)\S+|\b[\w.+-]+@[\w-]+\.[\w.]+/gi;

/** How many characters the blocks' text runs to (a measure of how much they say). */
export function textLength(blocks: RootContent[]): number {
  return blocks.reduce((n, b) => n + toString(b).length, 0);
}

/** How many nodes of a type the blocks hold, at any depth (a card's lines are its paragraphs). */
export function countNodes(blocks: RootContent[], type: 'paragraph' | 'listItem'): number {
  let n = 0;
  for (const block of blocks)
    visit(block, type, () => {
      n += 1;
    });
  return n;
}

/** The words of a text, lower case, addresses left out: what the nothing-lost check counts. */
export function words(text: string): string[] {
  return (text
    .normalize('NFC')
    .replace(URL, ' ')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? []) as string[];
}
