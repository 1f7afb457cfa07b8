// The text of a slide or note block as it reads: cells, items and paragraphs kept apart
// (mdast's toString runs them together), a picture read as its caption.
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { inlineText } from '../recap/phrasing.js';
import '../model/nodes.js';

export function blockText(node: RootContent): string {
  if (node.type === 'figure') return node.caption ?? node.alt;
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell')
    return inlineText(node.children, '\n');
  if ('children' in node)
    return (node.children as RootContent[]).map(blockText).join(node.type === 'tableRow' ? ' | ' : '\n');
  return toString(node);
}
