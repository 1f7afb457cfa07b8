// A page that opens with the author's own bold label ("**Demo ECS Walkthrough:**", "**Kiến
// trúc Deep Response Engine:**") says what it is about: that label titles it better than the
// section's title again with a counter ("… 3/4"), which the reader cannot tell apart.
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { shownPart } from '../notes-only.js';

/** A label is a few words, not a sentence in bold. */
const LONGEST_LABEL = 70;
const SHORTEST_LABEL = 3;

/** The bold label a page's first block opens with, set apart from its text by a colon, a dash
 * or a line break (or alone on its line); undefined when the page opens otherwise. */
export function pageLabel(blocks: RootContent[]): string | undefined {
  const [first] = blocks;
  if (first?.type !== 'paragraph') return undefined;
  const [lead, next] = first.children;
  if (lead?.type !== 'strong') return undefined;
  const bold = toString(lead);
  const after = next?.type === 'text' ? next.value : '';
  const apart =
    first.children.length === 1 ||
    /[:：]\s*$/u.test(bold) ||
    next?.type === 'break' ||
    /^\s*[:：–—]/u.test(after);
  const label = bold.replace(/[\s:：–—-]+$/u, '').trim();
  if (!apart || label.length < SHORTEST_LABEL || label.length > LONGEST_LABEL) return undefined;
  return label;
}

/** The label of the one list item a page holds ("- **Phiên 2: Serverless** – …" and its
 * sub-items): an item that takes a slide to itself is a part in its own right; undefined where
 * the page holds anything else. */
export function itemLabel(blocks: RootContent[]): string | undefined {
  const [only] = blocks;
  if (blocks.length !== 1 || only?.type !== 'list' || only.children.length !== 1) return undefined;
  const [line] = only.children[0]!.children;
  return line ? pageLabel([line]) : undefined;
}

/** Each page's own label where every continuation opens with one (the first page keeps its
 * section's title), or where every page is one labelled item (each is titled by its item);
 * undefined otherwise: pages are titled by their labels all together or not at all. */
export function continuationLabels(pages: { original: RootContent[] }[]): (string | undefined)[] | undefined {
  if (pages.length < 2) return undefined;
  const shown = pages.map((page) => page.original.flatMap((b) => shownPart(b) ?? []));
  const items = shown.map(itemLabel);
  if (items.every(Boolean)) return items;
  const labels = shown.map((blocks, i) => (i > 0 ? pageLabel(blocks) : undefined));
  return labels.slice(1).every(Boolean) ? labels : undefined;
}
