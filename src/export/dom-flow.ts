// In-page helpers (see dom-read.ts): a text group (dom-text-group.ts) as paragraphs. Their
// inline runs with the computed font, size, weight and colour, list items with their bullet
// or number, and each paragraph's text nodes for measuring.
import type { Bullet, Run } from './dom-scene.js';
import type { Origin } from './dom-style.js';
import type { Draft, Kit } from './types.js';

export function runOf(el: Element, text: string, breakBefore: boolean, k: Kit): Run {
  const cs = getComputedStyle(el);
  const link = el.closest('a')?.getAttribute('href') ?? undefined;
  const transform = cs.textTransform;
  // Inline code keeps the box behind it (a code block's is the block's own shape).
  const code = el.closest('code');
  const box = code && !code.closest('pre') ? k.cssColour(getComputedStyle(code).backgroundColor) : undefined;
  return {
    text:
      transform === 'uppercase' ? text.toUpperCase() : transform === 'lowercase' ? text.toLowerCase() : text,
    font: (cs.fontFamily.split(',')[0] ?? 'sans-serif').trim().replace(/^["']|["']$/g, ''),
    weight: Number(cs.fontWeight) || 400,
    italic: cs.fontStyle === 'italic' || cs.fontStyle.startsWith('oblique'),
    sizePx: k.px(cs.fontSize),
    colour: k.cssColour(cs.color) ?? { hex: '000000', alpha: 1 },
    underline: cs.textDecorationLine.includes('underline'),
    spacingPx: cs.letterSpacing === 'normal' ? 0 : k.px(cs.letterSpacing),
    // (In-page code imports nothing: the rule of model/url-policy.ts isOpenableLink, as written there.)
    ...(link && /^(https?:|mailto:)/i.test(link) ? { link } : {}),
    ...(breakBefore ? { breakBefore: true } : {}),
    ...(box ? { highlight: box } : {}),
  };
}

/** A list item's marker: the theme's drawn ::before (a square, a dot, a ring) or its number. */
export function bulletOf(
  li: Element,
  ordered: boolean,
  number: number,
  origin: Origin,
  k: Kit,
): { bullet: Bullet; left: number } | undefined {
  const cs = getComputedStyle(li);
  const box = k.boxOf(li.getBoundingClientRect(), origin);
  const before = getComputedStyle(li, '::before');
  if (
    before.content !== 'none' &&
    before.content !== 'normal' &&
    !k.isHidden(before) &&
    before.position === 'absolute'
  ) {
    const w = k.px(before.width) + 2 * k.px(before.borderLeftWidth);
    const colour = k.cssColour(before.backgroundColor) ??
      k.cssColour(before.borderTopColor) ?? { hex: '000000', alpha: 1 };
    const round = k.px(before.borderTopLeftRadius) >= w / 2 - 1 || before.borderTopLeftRadius.endsWith('%');
    const char = round ? (k.cssColour(before.backgroundColor) ? '\u25CF' : '\u25CB') : '\u25A0';
    // Geometric shapes in Arial fill about 0.62 of the text size.
    const sizePct = Math.max(25, Math.min(400, Math.round((w / k.px(cs.fontSize) / 0.62) * 100)));
    return {
      bullet: { kind: 'char', char, colour, sizePct },
      left: box.x + k.px(cs.borderLeftWidth) + k.px(before.left),
    };
  }
  if (!ordered || cs.listStyleType === 'none') return undefined;
  const marker = getComputedStyle(li, '::marker');
  const list = li.parentElement!;
  return {
    bullet: {
      kind: 'number',
      startAt: number,
      colour: k.cssColour(marker.color) ?? k.cssColour(cs.color) ?? { hex: '000000', alpha: 1 },
      bold: Number(marker.fontWeight) >= 600,
    },
    left: k.boxOf(list.getBoundingClientRect(), origin).x + k.px(getComputedStyle(list).borderLeftWidth),
  };
}

/** The paragraphs of a text group, each with the text nodes it is made of. */
export function paragraphDrafts(group: Element, origin: Origin, k: Kit): Draft[] {
  const out: Draft[] = [];
  let current: Draft | undefined;
  let pendingBreak = false;
  const open = (block: Element, level: number, marker?: { bullet: Bullet; left: number }) => {
    current = {
      block,
      runs: [],
      nodes: [],
      level,
      ...(marker ? { bullet: marker.bullet, bulletLeft: marker.left } : {}),
    };
    out.push(current);
    pendingBreak = false;
  };
  const add = (node: Node, text: string, host: Element, pre: boolean) => {
    if (!current) open(group, 0);
    const draft = current!;
    (pre ? text.split('\n') : [text.replace(/\s+/g, ' ')]).forEach((line, i) => {
      const last = draft.runs[draft.runs.length - 1];
      const trim = !pre && (!last || pendingBreak || last.text.endsWith(' '));
      const value = trim ? line.replace(/^ /, '') : line;
      if (!value && !(pre && i > 0)) return;
      draft.runs.push(runOf(host, value, pendingBreak || (pre && i > 0), k));
      pendingBreak = false;
    });
    draft.nodes.push(node);
  };
  const list = (el: Element, level: number) => {
    const start = Number(el.getAttribute('start') ?? 1) || 1;
    [...el.children].forEach((li, i) => {
      if (li.tagName.toUpperCase() !== 'LI' || k.isHidden(getComputedStyle(li))) return;
      open(li, level, bulletOf(li, el.tagName.toUpperCase() === 'OL', start + i, origin, k));
      walk(li, level + 1);
      current = undefined;
    });
  };
  const text = (child: Node) => {
    const host = child.parentElement!;
    const pre = /^pre/.test(getComputedStyle(host).whiteSpace);
    const value = child.textContent ?? '';
    if (value && (pre || value.trim() || current?.runs.length)) add(child, value, host, pre);
  };
  const block = (child: Element, level: number) => {
    // A paragraph inside a list item that has no text yet is that item's own text.
    if (!(current && current.runs.length === 0 && current.block.contains(child))) open(child, level);
    walk(child, level);
    current = undefined;
  };
  /** A picture in the text reads as its alt text. */
  const picture = (img: Element, parent: Element) => {
    const alt = img.getAttribute('alt') ?? '';
    if (alt) add(img, alt, parent, false);
  };
  const element = (child: Element, parent: Element, level: number) => {
    const cs = getComputedStyle(child);
    if (k.isHidden(cs)) return;
    const tag = child.tagName.toUpperCase();
    if (tag === 'BR') pendingBreak = true;
    else if (tag === 'IMG') picture(child, parent);
    else if (k.isInline(cs)) walk(child, level);
    else if (tag === 'UL' || tag === 'OL') list(child, level);
    else block(child, level);
  };
  const walk = (node: Element, level: number) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) text(child);
      else if (child instanceof Element) element(child, node, level);
    }
  };
  if (/^(UL|OL)$/.test(group.tagName.toUpperCase())) list(group, 0);
  else walk(group, 0);
  // Trailing spaces would count as text; empty paragraphs (an item holding only a list) go.
  return out.filter((d) => {
    const last = d.runs[d.runs.length - 1];
    if (last) last.text = last.text.replace(/ $/, '');
    return d.runs.some((r) => r.text.trim());
  });
}

/** The line boxes some text nodes are set in, top to bottom (slide pixels). */
export function lineBoxes(
  nodes: Node[],
  lineHeight: number,
  origin: Origin,
): { top: number; bottom: number; left: number; right: number }[] {
  const found: { top: number; bottom: number; left: number; right: number; centre: number }[] = [];
  for (const node of nodes) {
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) {
      if (r.width === 0) continue;
      const centre = r.top + r.height / 2 - origin.y;
      const left = r.left - origin.x;
      const right = r.right - origin.x;
      const line = found.find((l) => Math.abs(l.centre - centre) < lineHeight / 2);
      if (line) {
        line.left = Math.min(line.left, left);
        line.right = Math.max(line.right, right);
      } else
        found.push({ centre, top: centre - lineHeight / 2, bottom: centre + lineHeight / 2, left, right });
    }
  }
  return found.sort((a, b) => a.top - b.top);
}
