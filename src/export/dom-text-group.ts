// In-page helpers (see dom-read.ts): which elements hold nothing but text, their blocks
// stacked one under another, and so are read as one text group (dom-flow.ts, dom-text.ts).
import type { Kit } from './types.js';

/** Whether a flex or grid box sets its items (elements, or runs of bare text) side by side. */
export function hasItemsInARow(node: Element): boolean {
  if (!/flex|grid/.test(getComputedStyle(node).display)) return false;
  const boxes: DOMRect[] = [];
  for (const child of node.childNodes) {
    if (child instanceof Element) {
      const cs = getComputedStyle(child);
      if (cs.display !== 'none' && cs.position !== 'absolute' && cs.position !== 'fixed')
        boxes.push(child.getBoundingClientRect());
    } else if (child.nodeType === Node.TEXT_NODE && child.textContent?.trim()) {
      const range = document.createRange();
      range.selectNodeContents(child);
      boxes.push(range.getBoundingClientRect());
    }
  }
  return boxes.some((a, i) =>
    boxes.some(
      (b, j) =>
        j > i &&
        a.top < b.bottom - 1 &&
        b.top < a.bottom - 1 &&
        (a.right <= b.left + 1 || b.right <= a.left + 1),
    ),
  );
}

/** Text whose blocks stack one under another, with nothing but rules drawn between them. */
export function isTextGroup(el: Element, k: Kit): boolean {
  if (!el.textContent?.trim()) return false;
  return k.stacksAsText(el, k);
}

/** Whether every shown child of an element keeps it text (childStacks), in rows of none. */
export function stacksAsText(node: Element, k: Kit): boolean {
  if (k.hasItemsInARow(node)) return false;
  let lastBottom = -Infinity;
  for (const child of node.children) {
    const cs = getComputedStyle(child);
    if (k.isHidden(cs)) continue;
    if (!k.childStacks(child, cs, lastBottom, k)) return false;
    // Only blocks stack: a picture or inline text stands in a line of the block it is in.
    if (child.tagName.toUpperCase() !== 'IMG' && !k.isInline(cs))
      lastBottom = child.getBoundingClientRect().bottom;
  }
  return true;
}

/** Whether a shown child keeps its parent text: an emoji, inline text, or a block of text
 * under the block above it (`lastBottom`), drawn in no box of its own. */
export function childStacks(child: Element, cs: CSSStyleDeclaration, lastBottom: number, k: Kit): boolean {
  const tag = child.tagName.toUpperCase();
  if (tag === 'IMG') return child.classList.contains('emoji') || child.hasAttribute('data-marp-twemoji');
  if (k.isInline(cs)) return !/inline-(block|flex|grid|table)/.test(cs.display) && k.stacksAsText(child, k);
  const list = tag === 'LI' || tag === 'UL' || tag === 'OL';
  if ((!list && k.hasOwnBox(child, cs)) || (tag === 'LI' && cs.display !== 'list-item')) return false;
  // List items may stand in columns: the list's own reader places them.
  if (tag !== 'LI' && child.getBoundingClientRect().top < lastBottom - 1) return false;
  return k.stacksAsText(child, k);
}
