// Runs of inline content cut out of a paragraph (around a picture, a shortcode, a lead
// line): their line breaks trimmed at the ends, and wrapped back into a paragraph that
// keeps its source position.
import type { ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

import type { Node } from 'unist';

/** The run without the line breaks at its start (and, unless `startOnly`, its end). */
export function trimBreaks(run: PhrasingContent[], startOnly = false): PhrasingContent[] {
  const kept = [...run];
  while (kept[0]?.type === 'break') kept.shift();
  while (!startOnly && kept[kept.length - 1]?.type === 'break') kept.pop();
  return kept;
}

/** A paragraph of `children`, positioned from them (or from `from` when they have none). */
export function paragraphOf(children: PhrasingContent[], from?: Node): Paragraph {
  const start = children[0]?.position?.start ?? from?.position?.start;
  const end = children[children.length - 1]?.position?.end ?? from?.position?.end;
  return start && end
    ? { type: 'paragraph', children, position: { start, end } }
    : { type: 'paragraph', children };
}

const BULLETS = ['•', '–', '·'];

/** Phrasing cut at its line breaks, one run a line (the breaks themselves dropped; a line may be
 * empty where two breaks meet). */
export function breakLines(children: PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const child of children)
    if (child.type === 'break') lines.push([]);
    else lines[lines.length - 1]!.push(child);
  return lines;
}

/** Blocks as the lines of one cell or heading: paragraphs as they are, list items as
 * bullet lines (nested ones indented), joined by line breaks. */
export function linesOf(blocks: RootContent[], depth = 0): PhrasingContent[] {
  return blocks
    .flatMap((block) => blockLines(block, depth))
    .filter((line) => line.length > 0)
    .flatMap((line, i) => (i === 0 ? line : [{ type: 'break' as const }, ...line]));
}

/** The lines of one block (see linesOf); a block without children gives its text. */
function blockLines(block: RootContent, depth: number): PhrasingContent[][] {
  if (block.type === 'list') return block.children.flatMap((item) => itemLines(item, depth));
  if (block.type === 'paragraph' || block.type === 'heading') return [block.children];
  if ('children' in block) return [linesOf(block.children as RootContent[], depth)];
  const text = toString(block).trim();
  return text ? [[{ type: 'text', value: text }]] : [];
}

/** A list item's lines: its bullet before its first paragraph, then the rest one step in. */
function itemLines(item: ListItem, depth: number): PhrasingContent[][] {
  const [first, ...rest] = item.children;
  const head = first && 'children' in first && first.type !== 'list' ? linesOf([first], depth + 1) : [];
  const lines = [[bullet(depth), ...head]];
  if (first?.type === 'list') rest.unshift(first);
  if (rest.length) lines.push(linesOf(rest, depth + 1));
  return lines;
}

/** The mark that starts a list line inside a cell: `• `, or `– ` one step in
 * (glyphs of the theme's font). */
export function bullet(depth: number): PhrasingContent {
  return { type: 'text', value: `${'\u2003'.repeat(depth)}${BULLETS[Math.min(depth, BULLETS.length - 1)]} ` };
}

/** Phrasing that holds one bulleted line shows it without the bullet: a bullet marks one line of
 * several (a cell written as one item, or shortened to one, read as a lone list point). */
export function unbulleted(children: PhrasingContent[]): PhrasingContent[] {
  return children.filter(isBullet).length === 1 ? children.filter((c) => !isBullet(c)) : children;
}

/** Whether a node is the bullet `bullet` makes, and nothing else. */
export function isBullet(node: PhrasingContent): boolean {
  if (node.type !== 'text') return false;
  const mark = node.value.replace(/^\u2003*/u, '');
  return BULLETS.some((b) => mark === `${b} `);
}
