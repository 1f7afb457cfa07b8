// Speaker notes from the recap's own words: the full text of every block a slide shows
// (so what a bullet shortens is there in full), as Markdown blocks with emphasis kept.
import type { RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';
import { say } from '../model/deck.js';
import { inlineText } from '../recap/phrasing.js';
import type { Callout, Figure } from '../model/nodes.js';

export function notesFor(blocks: RootContent[]): RootContent[] {
  return blocks.flatMap((block): RootContent[] => {
    switch (block.type) {
      case 'code':
        // An excerpt on the slide: the notes (and the handout) carry the whole block.
        return block.data?.excerpt ? [block] : [];
      case 'table':
      case 'html':
      case 'thematicBreak':
      case 'definition':
        return []; // shown whole on the slide; a table read aloud helps nobody
      case 'figure':
        return block.caption ? [say(block.caption)] : [];
      case 'callout':
        return notesFor(block.children);
      case 'heading':
        return [say(inlineText(block.children))];
      default:
        return [softBreaks(block)];
    }
  });
}

/** How recap-deck writes Markdown, on slides and in notes alike. */
export const MARKDOWN_STYLE: Options = {
  extensions: [gfmToMarkdown()],
  bullet: '-',
  emphasis: '*',
  strong: '*',
  listItemIndent: 'one',
  rule: '-',
};

export function markdown(node: RootContent): string {
  return toMarkdown(node as Parameters<typeof toMarkdown>[0], {
    ...MARKDOWN_STYLE,
    // Pictures and callouts inside a list: the notes say their words.
    handlers: {
      figure: (figure: Figure, _parent, state) =>
        state.safe(figure.caption ?? figure.alt, { before: '', after: '' }),
      callout: (callout: Callout, _parent, state, info) =>
        state.containerFlow(callout as unknown as Parameters<typeof state.containerFlow>[0], info),
    } as Options['handlers'],
  }).trim();
}

/** A hard line break inside a recap paragraph reads as a plain new line in the notes. */
function softBreaks<T extends RootContent>(node: T): T {
  if (!('children' in node)) return node;
  const children = (node.children as RootContent[]).map((child) =>
    child.type === 'break' ? { type: 'text', value: '\n' } : softBreaks(child),
  );
  return { ...node, children } as T;
}
