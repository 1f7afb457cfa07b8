// Removes blocks that would show nothing: paragraphs of only line breaks or spaces
// (a lone `<br>`), empty headings, list items and lists with nothing in them, empty quotes,
// and inside lists, quotes and callouts, rules and empty code blocks (a rule there would
// also come out as a slide break).
import type { Parent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import '../model/nodes.js';

export function pruneEmpty(tree: Root): void {
  const walk = (parent: Parent): void => {
    for (const child of parent.children)
      if (
        'children' in child &&
        child.type !== 'paragraph' &&
        child.type !== 'heading' &&
        child.type !== 'table'
      )
        walk(child as Parent);
    const nested = parent.type !== 'root';
    parent.children = (parent.children as RootContent[]).filter(
      (child) => !isEmpty(child) && !(nested && isBlankInside(child)),
    ) as Parent['children'];
  };
  walk(tree);
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
