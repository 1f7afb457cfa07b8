// Removes blocks that would show nothing: paragraphs of only line breaks or spaces
// (a lone `<br>`), empty headings, list items and lists with nothing in them, empty quotes,
// and inside lists, quotes and callouts, rules and empty code blocks (a rule there would
// also come out as a slide break). A container left empty goes with its contents.
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Node, Parent } from 'unist';
import { remove } from 'unist-util-remove';
import '../model/nodes.js';

export function pruneEmpty(tree: Root): void {
  remove(tree, { cascade: true }, (node: Node, _index?: number, parent?: Parent) => {
    const block = node as RootContent;
    return isEmpty(block) || (parent !== undefined && parent.type !== 'root' && isBlankInside(block));
  });
}

function isBlankInside(node: RootContent): boolean {
  return node.type === 'thematicBreak' || (node.type === 'code' && node.value.trim() === '');
}

function isEmpty(node: RootContent): boolean {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return (
        toString(node).trim() === '' &&
        !node.children.some((c) => c.type === 'image' || c.type === 'imageReference')
      );
    case 'list':
    case 'listItem':
    case 'blockquote':
    case 'callout':
      return node.children.length === 0;
    case 'table':
      return node.children.every((row) => row.children.every((cell) => toString(cell).trim() === ''));
    default:
      return false;
  }
}
