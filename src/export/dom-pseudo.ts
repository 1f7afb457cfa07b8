// In-page helpers (see dom-read.ts): what a ::before or ::after draws, as shapes or as a
// shape with text (a step's number, the page number). Pseudo-elements have no box of their
// own in the DOM: an absolute one is placed by its computed insets, the first or last item
// of a flex or grid box by the box's alignment.
import type { Box, Run, SceneItem } from './dom-scene.js';
import type { Origin } from './dom-style.js';
import type { Kit } from './types.js';

/** The text a `content` value makes: strings and attr() as the page draws them. */
export function contentText(content: string, el: Element): string {
  let out = '';
  for (const m of content.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|attr\(([\w-]+)\)/g))
    out += m[1] ?? m[2] ?? el.getAttribute(m[3]!) ?? '';
  return out;
}

/** counter(): the element's place in its list, in the counter's style. */
export function counterText(content: string, el: Element, index: number): string {
  const m = /counters?\(\s*[\w-]+\s*(?:,\s*([\w-]+))?\s*\)/.exec(content);
  if (!m) return '';
  const n = (Number(el.parentElement?.getAttribute('start') ?? 1) || 1) + index;
  return m[1] === 'decimal-leading-zero' ? String(n).padStart(2, '0') : String(n);
}

export function pseudoBox(
  el: Element,
  which: '::before' | '::after',
  origin: Origin,
  k: Kit,
): Box | undefined {
  const ps = getComputedStyle(el, which);
  const w = k.px(ps.width);
  const h = k.px(ps.height);
  if (ps.position === 'absolute') {
    let host: Element | null = el;
    while (host && host !== document.body && getComputedStyle(host).position === 'static')
      host = host.parentElement;
    if (!host) return undefined;
    const hcs = getComputedStyle(host);
    const outer = k.boxOf(host.getBoundingClientRect(), origin);
    const x0 = outer.x + k.px(hcs.borderLeftWidth);
    const y0 = outer.y + k.px(hcs.borderTopWidth);
    const x =
      ps.left !== 'auto'
        ? x0 + k.px(ps.left)
        : outer.x + outer.w - k.px(hcs.borderRightWidth) - k.px(ps.right) - w;
    const y =
      ps.top !== 'auto'
        ? y0 + k.px(ps.top)
        : outer.y + outer.h - k.px(hcs.borderBottomWidth) - k.px(ps.bottom) - h;
    return { x, y, w, h };
  }
  const cs = getComputedStyle(el);
  if (!/flex|grid/.test(cs.display) || w <= 0 || h <= 0) return undefined;
  const c = k.contentBoxOf(el, origin, k);
  const align = ps.alignSelf !== 'auto' ? ps.alignSelf : cs.alignItems;
  const y = /center/.test(align) ? c.y + (c.h - h) / 2 : /end/.test(align) ? c.y + c.h - h : c.y;
  return { x: which === '::before' ? c.x : c.x + c.w - w, y, w, h };
}

export function pseudoItems(
  el: Element,
  which: '::before' | '::after',
  index: number,
  origin: Origin,
  k: Kit,
): SceneItem[] {
  const ps = getComputedStyle(el, which);
  if (ps.content === 'none' || ps.content === 'normal' || k.isHidden(ps)) return [];
  const box = pseudoBox(el, which, origin, k);
  if (!box || box.w <= 0 || box.h <= 0) return [];
  const text = contentText(ps.content, el).trim() || counterText(ps.content, el, index);
  const deco = k.boxDecoration(ps, box);
  const shapes = deco.shapes.map((s) => ({ kind: 'shape' as const, ...s }));
  if (!text) return shapes;
  const run: Run = {
    text,
    font: (ps.fontFamily.split(',')[0] ?? '').trim().replace(/^["']|["']$/g, ''),
    weight: Number(ps.fontWeight) || 400,
    italic: ps.fontStyle === 'italic',
    sizePx: k.px(ps.fontSize),
    colour: k.cssColour(ps.color) ?? { hex: '000000', alpha: 1 },
    underline: false,
    spacingPx: 0,
  };
  const centred = /flex|grid/.test(ps.display) && /center/.test(ps.justifyContent + ps.alignItems);
  const holder = deco.inner ? deco.shapes[deco.shapes.length - 1] : undefined;
  return [
    ...(holder ? shapes.slice(0, -1) : shapes),
    {
      kind: 'text',
      box: holder?.box ?? box,
      role: el.tagName.toUpperCase() === 'SECTION' && which === '::after' ? 'number' : 'body',
      paragraphs: [
        {
          runs: [run],
          align: centred ? 'ctr' : ps.textAlign === 'right' ? 'r' : 'l',
          lineHeightPx: k.lineHeightOf(ps, k),
          spaceBeforePx: 0,
          marginPx: 0,
          indentPx: 0,
          level: 0,
        },
      ],
      insets: [0, 0, 0, 0],
      anchor: centred ? 'ctr' : 't',
      wrap: false,
      ...(holder ? { shape: holder.style } : {}),
    },
  ];
}
