// Speaker notes from the recap's own words: the full text of every block a slide shows
// (so what a bullet shortens is there in full), as Markdown with its emphasis kept.
import type { RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { toString } from 'mdast-util-to-string';
import '../model/nodes.js';

export function notesFor(blocks: RootContent[]): string[] {
  return blocks.flatMap((block): string[] => {
    switch (block.type) {
      case 'table':
      case 'code':
      case 'html':
      case 'thematicBreak':
      case 'definition':
        return []; // shown whole on the slide; a table read aloud helps nobody
      case 'figure':
        return block.caption ? [block.caption] : [];
      case 'callout':
        return notesFor(block.children);
      case 'heading':
        return [toString(block)];
      default:
        return [markdown(block)];
    }
  }).filter((note) => note.trim() !== '');
}

export function markdown(node: RootContent): string {
  return toMarkdown(softBreaks(node) as Parameters<typeof toMarkdown>[0], { extensions: [gfmToMarkdown()], bullet: '-', emphasis: '*', strong: '*', listItemIndent: 'one', rule: '-' }).trim();
}

/** A hard line break inside a recap paragraph reads as a plain new line in the notes. */
function softBreaks<T extends RootContent>(node: T): T {
  if (!('children' in node)) return node;
  const children = (node.children as RootContent[]).map((child) => (child.type === 'break' ? { type: 'text', value: '\n' } : softBreaks(child)));
  return { ...node, children } as T;
}
