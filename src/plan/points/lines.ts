// Lines as a slide's lists and cards hold them: a list item's own line, whether a line only
// labels what follows it, and lines set as a plain list.
import type { List, ListItem, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** An item's own line: its first paragraph, without what follows it (sub-items, more text). */
export function firstLine(item: ListItem): Paragraph | undefined {
  return item.children.find((c): c is Paragraph => c.type === 'paragraph');
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
