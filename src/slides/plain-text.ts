// Plain-text views of a slide: its notes without Markdown syntax (for PPTX and PDF notes,
// word counts) and everything it shows (for alt text and the nothing-lost check).
import type { RootContent } from 'mdast';
import type { Slide } from '../model/deck.js';
import { blockText } from '../notes/block-text.js';
import { writeNotes } from '../notes/write-notes.js';

export { blockText };

export function plainNotes(notes: RootContent[]): string {
  return writeNotes(notes, 'text');
}

export function slideText(slide: Slide): string {
  const parts = [
    slide.eyebrow,
    slide.kicker,
    slide.title,
    ...(slide.subtitle ?? []),
    ...slide.blocks.map((block) => blockText(block)),
  ];
  return parts.filter(Boolean).join('\n');
}
