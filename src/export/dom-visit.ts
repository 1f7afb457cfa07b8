// In-page helpers (see dom-read.ts): one element of a slide as the scene items it draws, in
// paint order: its box (holding its text), what ::before draws, its text or its children, ::after.
import type { Box, Role, SceneItem } from './dom-scene.js';
import type { Origin } from './dom-style.js';
import type { Kit } from './types.js';

export function visitElement(
  el: Element,
  title: Element | undefined,
  index: number,
  origin: Origin,
  k: Kit,
): SceneItem[] {
  const cs = getComputedStyle(el);
  if (k.isHidden(cs)) return [];
  const tag = el.tagName.toUpperCase();
  if (tag === 'IMG') return k.pictureItem(el as HTMLImageElement, origin, k);
  if (tag === 'TABLE') return k.tableItem(el as HTMLTableElement, origin, k);
  const box: Box = k.boxOf(el.getBoundingClientRect(), origin);
  if (box.w < 0.5 || box.h < 0.5) return [];
  const deco = k.boxDecoration(cs, box);
  const group = k.isTextGroup(el, k);
  const role = k.roleOf(el, title);
  // Text in a box of its own (a card, a badge, a callout) goes into the box's shape.
  const holder = group && deco.inner ? deco.shapes[deco.shapes.length - 1] : undefined;
  const items: SceneItem[] = (holder ? deco.shapes.slice(0, -1) : deco.shapes).map((s) => ({
    kind: 'shape',
    ...s,
  }));
  const held = holder ? k.textItemOf(el, role, { shape: holder }, origin, k) : undefined;
  if (held) items.push(held);
  items.push(...k.pseudoItems(el, '::before', index, origin, k));
  if (group) items.push(...k.groupItems(el, cs, role, holder !== undefined, origin, k));
  else items.push(...k.childItems(el, title, role, origin, k));
  items.push(...k.pseudoItems(el, '::after', index, origin, k));
  return items;
}

export function roleOf(el: Element, title: Element | undefined): Role {
  if (el === title) return 'title';
  const tag = el.tagName.toUpperCase();
  return tag === 'FOOTER' || tag === 'HEADER' ? 'footer' : 'body';
}

/** A text group's text: a list set in columns, or one text item unless its box holds it. */
export function groupItems(
  el: Element,
  cs: CSSStyleDeclaration,
  role: Role,
  held: boolean,
  origin: Origin,
  k: Kit,
): SceneItem[] {
  const tag = el.tagName.toUpperCase();
  if (/^(UL|OL)$/.test(tag) && cs.columnCount !== 'auto' && Number(cs.columnCount) > 1)
    return k.columnTextItems(el, origin, k);
  if (held) return [];
  const text = k.textItemOf(el, role, {}, origin, k);
  return text ? [text] : [];
}

/** What an element that is no text group holds: its blocks and pictures, then its own text. */
export function childItems(
  el: Element,
  title: Element | undefined,
  role: Role,
  origin: Origin,
  k: Kit,
): SceneItem[] {
  const items: SceneItem[] = [];
  // Text of the element's own beside its blocks (an item of a flex row, a list item
  // above a callout) is a text box of its own.
  const bare = [...el.childNodes].some(
    (n) =>
      (n.nodeType === Node.TEXT_NODE && n.textContent?.trim()) ||
      (n instanceof Element && k.isInline(getComputedStyle(n)) && n.textContent?.trim()),
  );
  // Inline children belong to the element's own text, set below with its bare text: a picture
  // among them (an agenda item's emoji) too, so it is drawn once, not also as a picture here.
  for (const [i, child] of [...el.children].entries())
    if (!k.isInline(getComputedStyle(child)) || (child.tagName.toUpperCase() === 'IMG' && !bare))
      items.push(...k.visitElement(child, title, i, origin, k));
  const text = bare ? k.textItemOf(el, role, { keep: (block) => block === el }, origin, k) : undefined;
  if (text) items.push(text);
  return items;
}
