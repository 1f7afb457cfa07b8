// Plain-text views of a slide: its notes without Markdown syntax (for PPTX and PDF notes)
// and everything it shows (for alt text and the nothing-lost check).
import type { List, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Slide } from '../model/deck.js';
import { phrasingText } from './estimate.js';
import '../model/nodes.js';

export function plainNotes(notes: RootContent[]): string {
  return notes.map((block) => (block.type === 'list' ? listText(block, 0) : blockText(block))).join('\n\n');
}

/** A list as indented bullet lines, one per item, nested items under their parent. */
function listText(list: List, depth: number): string {
  return list.children
    .map((item) =>
      item.children
        .map((child) =>
          child.type === 'list'
            ? listText(child, depth + 1)
            : `${'  '.repeat(depth)}• ${blockText(child).replace(/\s+/g, ' ').trim()}`,
        )
        .join('\n'),
    )
    .join('\n');
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

/** Text of a block with its cells, items and paragraphs kept apart (toString runs them together). */
export function blockText(node: RootContent): string {
  if (node.type === 'figure') return node.caption ?? node.alt;
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell')
    return phrasingText(node.children);
  if ('children' in node)
    return (node.children as RootContent[]).map(blockText).join(node.type === 'tableRow' ? ' | ' : '\n');
  return toString(node);
}
