// Lines as a slide's lists and cards hold them: a list item's own line, whether a line only
// labels what follows it, and lines set as a plain list.
import type { List, ListItem, Paragraph, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { trimStart } from '../../model/phrasing-slice.js';
import { pageLabel } from '../titles/page-label.js';

/** An item's own line: its first paragraph, without what follows it (sub-items, more text). */
export function firstLine(item: ListItem): Paragraph | undefined {
  return item.children.find((c): c is Paragraph => c.type === 'paragraph');
}

/** An item as one line: its own line, and where that only leads into its sub-items ("Used
 * CloudTrail to:"), their lines after it, joined ("…to: track KMS usage; audit IAM access"). */
export function wholeLine(item: ListItem): Paragraph | undefined {
  const own = firstLine(item);
  const subs = subLines(item);
  if (!own || !/[:：]\s*$/u.test(toString(own)) || subs.length === 0) return own;
  const joined: Paragraph['children'] = subs.flatMap((line, i) => [
    { type: 'text' as const, value: i === 0 ? ' ' : '; ' },
    ...trimmed(line.children),
  ]);
  return { ...own, children: [...own.children, ...joined] };
}

/** The own lines of an item's sub-items, in order. */
function subLines(item: ListItem): Paragraph[] {
  return item.children
    .filter((c): c is List => c.type === 'list')
    .flatMap((list) => list.children.flatMap((sub) => firstLine(sub) ?? []));
}

/** Phrasing without the spaces at its start and the separators at its end, as a joined line
 * wants it. */
function trimmed(children: Paragraph['children']): Paragraph['children'] {
  const out = [...trimStart(children)];
  const last = out[out.length - 1];
  if (last?.type === 'text') out[out.length - 1] = { ...last, value: last.value.replace(/[\s,;.]+$/u, '') };
  return out;
}

/** Characters a heading-like line may have, and a collapsed one in all. */
const HEAD_CHARS = 50;
const COLLAPSED_CHARS = 140;

/** An item whose own line only heads its sub-items ("Why serverless is great", a short phrase
 * with no full stop) as one line: the head, then as many of its sub-items' lines as fit, joined
 * ("Why serverless is great: More elastic; Pay only for what you use"). Alone, such a head says
 * nothing; undefined when the item is no such head or not one sub-item fits. */
export function collapsedLine(item: ListItem): Paragraph | undefined {
  const own = firstLine(item);
  const subs = subLines(item);
  if (!own || subs.length === 0) return undefined;
  const head = toString(own).trim();
  // (A label, "**Supervisor Agent:**", is such a head too: its colon already joins.)
  if (head.length > HEAD_CHARS || /[.!;]$/u.test(head)) return undefined;
  const joint = /[?:：]$/u.test(head) ? ' ' : ': ';
  const joined: Paragraph['children'] = [...own.children];
  let length = head.length;
  // Sub-items that each open with their own label are named by it: a label after a label
  // ("Sub-agents & Tools: Crawler Subagent: Triggers…") reads as two run together.
  const labels = subs.map((line) => pageLabel([line]));
  const named = labels.every(Boolean);
  for (const [i, line] of subs.entries()) {
    const children = named ? [{ type: 'text' as const, value: labels[i]! }] : trimmed(line.children);
    const text = named ? labels[i]! : toString(line).trim();
    if (length + text.length + 2 > COLLAPSED_CHARS) break;
    joined.push({ type: 'text', value: i === 0 ? joint : '; ' }, ...children);
    length += text.length + 2;
  }
  return joined.length > own.children.length ? { ...own, children: joined } : undefined;
}

/** An item's line on a slide that shows none of its sub-items: collapsed with those that fit
 * (collapsedLine); else, where it only labels them ("**Evaluation & Data Persistence:**") and
 * none fits, the label without its colon, a topic named (the notes hold its points), never a
 * colon that leads into nothing. */
export function itemLine(item: ListItem): Paragraph | undefined {
  const collapsed = collapsedLine(item);
  if (collapsed) return collapsed;
  const own = firstLine(item);
  return own && subLines(item).length > 0 && /[:：]\s*$/u.test(toString(own)) ? withoutColon(own) : own;
}

function withoutColon<T extends Paragraph | PhrasingContent>(node: T): T {
  if (node.type === 'text') return { ...node, value: node.value.replace(/\s*[:：]\s*$/u, '') };
  if (!('children' in node) || node.children.length === 0) return node;
  const children = [...node.children] as PhrasingContent[];
  children[children.length - 1] = withoutColon(children[children.length - 1]!);
  return { ...node, children } as T;
}

/** A line that only names what follows it: it ends in a colon, or is bold and nothing else. */
export function isLabelLine(paragraph: Paragraph): boolean {
  const text = toString(paragraph).trim();
  const onlyStrong = paragraph.children.length === 1 && paragraph.children[0]!.type === 'strong';
  return /[:：]$/u.test(text) || onlyStrong;
}

/** Lines as a tight bulleted list, one item each. */
export function asList(lines: Paragraph[]): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: lines.map((line): ListItem => ({ type: 'listItem', spread: false, children: [line] })),
  };
}
