// A bold line at the left margin right under a list item ("- Nhấp chuột vào deploy" then
// "**2. Set up function**" with no blank line between) is Markdown's lazy continuation of the
// item, but the author wrote a new part's label: the list ends at it, the label is a paragraph
// of its own, and the items after it are a list of their own.
import type { List, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { trimEnd } from '../model/phrasing-slice.js';

/** A label is a few words, not a sentence in bold. */
const LONGEST_LABEL = 80;

export function endListsAtLabels(tree: Root): void {
  tree.children = tree.children.flatMap((block) => (block.type === 'list' ? splitList(block) : [block]));
}

/** The list, cut where an item's last line is a label at the left margin. */
function splitList(list: List): RootContent[] {
  const out: RootContent[] = [];
  let items: List['children'] = [];
  const flush = () => {
    if (items.length > 0) out.push({ ...list, children: items });
    items = [];
  };
  for (const item of list.children) {
    const last = item.children[item.children.length - 1];
    const at = last?.type === 'paragraph' ? labelLine(last) : undefined;
    if (last?.type !== 'paragraph' || at === undefined) {
      items.push(item);
      continue;
    }
    const kept: Paragraph = { ...last, children: trimEnd(last.children.slice(0, at)) };
    items.push({ ...item, children: [...item.children.slice(0, -1), kept] });
    flush();
    out.push({ type: 'paragraph', children: last.children.slice(at) });
  }
  flush();
  return out;
}

/** Where a paragraph's last line starts, when that line is only a bold label at column 1. */
function labelLine(paragraph: Paragraph): number | undefined {
  const children = paragraph.children;
  const at = children.findIndex(
    (node, i) =>
      node.type === 'strong' &&
      node.position?.start.column === 1 &&
      i > 0 &&
      endsLine(children[i - 1]!) &&
      children.slice(i + 1).every((rest) => rest.type === 'text' && rest.value.trim() === ''),
  );
  if (at === -1) return undefined;
  const label = toString(children[at]!).trim();
  return label.length > 0 && label.length <= LONGEST_LABEL ? at : undefined;
}

function endsLine(node: PhrasingContent): boolean {
  return node.type === 'break' || (node.type === 'text' && /\n\s*$/u.test(node.value));
}
