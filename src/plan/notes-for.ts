// Speaker notes from the recap's own words: the full text of every block a slide shows
// (so what a bullet shortens is there in full), as Markdown blocks with emphasis and line
// breaks kept.
import type { RootContent } from 'mdast';
import { say } from '../model/deck.js';
import { inlineText } from '../model/text.js';

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
        return [block];
    }
  });
}
