// Estimates, in pixels, how tall a block will render in the theme, so the planner can
// split before the browser measures. Deliberately a little pessimistic.
import type { List, ListItem, PhrasingContent, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Layout } from '../model/deck.js';
import { BODY, CHAR_EM, GAP, TEXT } from './metrics.js';
import { inlineText } from '../recap/phrasing.js';

interface Font {
  fontPx: number;
  lineHeight: number;
}

export function textLines(text: string, font: Font, widthPx: number): number {
  const perLine = Math.max(8, Math.floor(widthPx / (font.fontPx * CHAR_EM)));
  return text
    .split('\n')
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(wrapLength(line, perLine) / perLine)), 0);
}

/** Words do not break, so a line holds fewer characters than its width allows. */
function wrapLength(line: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of line.split(/\s+/)) {
    const length = word.length + (used > 0 ? 1 : 0);
    if (used + length > perLine && used > 0) {
      lines += 1;
      used = word.length;
    } else used += length;
  }
  return (lines - 1) * perLine + used;
}

export function textHeight(text: string, font: Font, widthPx: number): number {
  return textLines(text, font, widthPx) * font.fontPx * font.lineHeight;
}

export function layoutWidth(layout: Layout): number {
  return layout === 'two-column' ? (BODY.width - 48) / 2 : BODY.width;
}

export function blockHeight(
  node: RootContent,
  layout: Layout,
  width = layoutWidth(layout),
  depth = 0,
): number {
  const font = layout === 'prose' ? TEXT.prose : depth > 0 ? TEXT.nested : TEXT.body;
  switch (node.type) {
    case 'paragraph':
      return textHeight(phrasingText(node.children), font, width) + GAP.paragraph;
    case 'heading':
      return textHeight(toString(node), { fontPx: 28, lineHeight: 1.3 }, width) + GAP.block;
    case 'list':
      return (
        node.children.reduce((sum, item) => sum + itemHeight(item, layout, width - GAP.indent, depth), 0) +
        (depth === 0 ? GAP.paragraph : 0)
      );
    case 'listItem':
      return itemHeight(node, layout, width - GAP.indent, depth);
    case 'table':
      return tableHeight(node, width);
    case 'code':
      return node.value.split('\n').length * TEXT.code.fontPx * TEXT.code.lineHeight + 40 + GAP.block;
    case 'blockquote':
      return (
        node.children.reduce((sum, child) => sum + blockHeight(child, layout, width - 48, depth), 0) +
        32 +
        GAP.block
      );
    case 'callout':
      return (
        node.children.reduce((sum, child) => sum + blockHeight(child, layout, width - 64, depth), 0) +
        40 +
        GAP.block
      );
    case 'figure':
      return layout === 'gallery' ? BODY.height / 4.2 : 240;
    default:
      return 0;
  }
}

function itemHeight(item: ListItem, layout: Layout, width: number, depth: number): number {
  if (layout === 'speakers') return BODY.height / 12.5; // a card of a fixed grid
  let height = 0;
  for (const child of item.children) {
    if (child.type === 'list') height += blockHeight(child as List, layout, width, depth + 1);
    else
      height += blockHeight(child, layout, width, depth) - (child.type === 'paragraph' ? GAP.paragraph : 0);
  }
  if (layout === 'steps') height = Math.max(height, 56) + 14;
  return height + GAP.item;
}

/** Rows as tall as their tallest cell; columns as wide as auto layout would make them. */
function tableHeight(table: Table, width: number): number {
  const rows = table.children.map((row) => row.children.map((cell) => toString(cell)));
  const columns = Math.max(1, ...rows.map((cells) => cells.length));
  const longest = Array.from({ length: columns }, (_, c) =>
    Math.max(3, ...rows.map((cells) => Math.min(60, (cells[c] ?? '').length))),
  );
  const total = longest.reduce((a, b) => a + b, 0);
  const padding = 28;
  const widths = longest.map((l) => Math.max(60, (width * l) / total) - padding);
  return (
    rows.reduce((sum, cells) => {
      const lines = Math.max(1, ...cells.map((text, c) => textLines(text, TEXT.table, widths[c] ?? 100)));
      return sum + lines * TEXT.table.fontPx * TEXT.table.lineHeight + 17;
    }, 0) + GAP.block
  );
}

/** The text of inline content as it reads, a line break as a new line. */
export function phrasingText(children: PhrasingContent[]): string {
  return inlineText(children, '\n');
}
