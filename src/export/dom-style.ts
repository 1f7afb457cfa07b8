// In-page helpers (run in the browser, see dom-read.ts): computed CSS read as scene values,
// colours, gradients, corners, and an element's background and borders as shapes. Every
// helper is a plain function declaration that uses only its arguments and other helpers.
import type { Box, Colour, Fill, ShapeStyle } from './dom-scene.js';

/** Where the slide being read sits in the page. */
export interface Origin {
  x: number;
  y: number;
  width: number;
}

export function px(value: string): number {
  return Number.parseFloat(value) || 0;
}

export function boxOf(rect: DOMRect, origin: Origin): Box {
  return { x: rect.left - origin.x, y: rect.top - origin.y, w: rect.width, h: rect.height };
}

export function isHidden(cs: CSSStyleDeclaration): boolean {
  return cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0;
}

export function isInline(cs: CSSStyleDeclaration): boolean {
  return cs.display.startsWith('inline') || cs.display === 'contents';
}

export function cssColour(value: string): Colour | undefined {
  const m = /rgba?\(([^)]+)\)/.exec(value);
  if (!m) return undefined;
  const [r, g, b, a] = m[1]!
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  const alpha = a === undefined || Number.isNaN(a) ? 1 : a;
  if (alpha <= 0) return undefined;
  const hex = [r, g, b]
    .map((c) =>
      Math.round(c ?? 0)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('');
  return { hex: hex.toUpperCase(), alpha };
}

/** A CSS linear or radial gradient; a repeating one (stripes) as its first colour. */
export function cssGradient(image: string, box: Box): Fill | undefined {
  const m = /^(repeating-)?(linear|radial)-gradient\((.*)\)$/.exec(image.trim());
  if (!m) return undefined;
  const stops: { at: number; colour: Colour }[] = [];
  let head = '';
  for (const part of m[3]!.split(/,(?![^(]*\))/).map((p) => p.trim())) {
    const c = /rgba?\([^)]*\)/.exec(part);
    if (!c) {
      head = part;
      continue;
    }
    // A fully clear stop keeps its hue, so the fade does not pass through black.
    const clear = cssColour(c[0].replace(/,\s*0\)$/, ', 1)')) ?? { hex: '000000', alpha: 1 };
    const at = /(-?[\d.]+)%/.exec(part.replace(c[0], ''));
    stops.push({
      at: at ? Number(at[1]) / 100 : Number.NaN,
      colour: cssColour(c[0]) ?? { ...clear, alpha: 0 },
    });
  }
  if (stops.length === 0) return undefined;
  stops.forEach((s, i) => {
    if (Number.isNaN(s.at)) s.at = stops.length === 1 ? 0 : i / (stops.length - 1);
  });
  if (m[1]) return { kind: 'solid', colour: stops[0]!.colour };
  if (m[2] === 'linear') {
    const deg = /(-?[\d.]+)deg/.exec(head);
    const side = /to (top|right|bottom|left)/.exec(head)?.[1];
    const angle = deg ? Number(deg[1]) : side ? ['top', 'right', 'bottom', 'left'].indexOf(side) * 90 : 180;
    return { kind: 'linear', angle, stops };
  }
  const at = /at\s+(-?[\d.]+)(%|px)\s+(-?[\d.]+)(%|px)/.exec(head);
  const centre = at
    ? {
        x: at[2] === '%' ? Number(at[1]) / 100 : Number(at[1]) / box.w,
        y: at[4] === '%' ? Number(at[3]) / 100 : Number(at[3]) / box.h,
      }
    : { x: 0.5, y: 0.5 };
  return { kind: 'radial', centre, stops };
}

export function cornerRadius(cs: CSSStyleDeclaration, box: Box): number {
  const corners = [
    cs.borderTopLeftRadius,
    cs.borderTopRightRadius,
    cs.borderBottomRightRadius,
    cs.borderBottomLeftRadius,
  ];
  return Math.max(...corners.map((c) => (c.endsWith('%') ? (px(c) / 100) * Math.min(box.w, box.h) : px(c))));
}

/**
 * An element's background and borders as shapes, bottom first; `inner` is the style of the
 * last one when text may sit in it (a card, a badge, a callout).
 */
export function boxDecoration(
  cs: CSSStyleDeclaration,
  box: Box,
): { shapes: { box: Box; style: ShapeStyle }[]; inner?: ShapeStyle } {
  const solid = cssColour(cs.backgroundColor);
  const image = cs.backgroundImage !== 'none' ? cssGradient(cs.backgroundImage, box) : undefined;
  const fill: Fill | undefined =
    image && image.kind !== 'solid' ? image : solid ? { kind: 'solid', colour: solid } : image;
  const sides = ['top', 'right', 'bottom', 'left'].map((side) => {
    const width = px(cs.getPropertyValue(`border-${side}-width`));
    const style = cs.getPropertyValue(`border-${side}-style`);
    const colour = cssColour(cs.getPropertyValue(`border-${side}-color`));
    return style !== 'none' && style !== 'hidden' && width > 0 && colour
      ? { width, colour, dashed: style === 'dashed' || style === 'dotted' }
      : undefined;
  });
  const radiusPx = cornerRadius(cs, box);
  const ellipse = radiusPx >= Math.min(box.w, box.h) / 2 - 0.5 && Math.abs(box.w - box.h) < 1;
  const shown = sides.filter((s) => s !== undefined);
  if (shown.length === 0) {
    if (!fill) return { shapes: [] };
    const style = { fill, radiusPx, ellipse };
    return { shapes: [{ box, style }], inner: style };
  }
  const first = shown[0]!;
  if (
    shown.length === 4 &&
    shown.every((s) => s.width === first.width && s.colour.hex === first.colour.hex)
  ) {
    // A PowerPoint outline is drawn centred on the shape's edge.
    const w = first.width;
    const style: ShapeStyle = {
      ...(fill ? { fill } : {}),
      line: { colour: first.colour, widthPx: w, dashed: first.dashed },
      radiusPx: Math.max(0, radiusPx - w / 2),
      ellipse,
    };
    return {
      shapes: [{ box: { x: box.x + w / 2, y: box.y + w / 2, w: box.w - w, h: box.h - w }, style }],
      inner: style,
    };
  }
  const [top, right, bottom, left] = sides.map((s) => s?.width ?? 0) as [number, number, number, number];
  if (fill || radiusPx > 0) {
    // A card with a coloured edge: the edge's colour behind, the card in front, inset by it.
    const edge = shown.reduce((a, b) => (b.width > a.width ? b : a));
    const inner: ShapeStyle = {
      fill: fill ?? { kind: 'solid', colour: { hex: 'FFFFFF', alpha: 1 } },
      // Sides without a border keep the outer corners: so the edge shows only where it is.
      radiusPx,
      ellipse: false,
    };
    const padding = { x: box.x + left, y: box.y + top, w: box.w - left - right, h: box.h - top - bottom };
    return {
      shapes: [
        { box, style: { fill: { kind: 'solid', colour: edge.colour }, radiusPx, ellipse: false } },
        { box: padding, style: inner },
      ],
      inner,
    };
  }
  // Rules alone (a bar beside a paragraph): one thin rectangle per side.
  const bars = [
    { x: box.x, y: box.y, w: box.w, h: top },
    { x: box.x + box.w - right, y: box.y, w: right, h: box.h },
    { x: box.x, y: box.y + box.h - bottom, w: box.w, h: bottom },
    { x: box.x, y: box.y, w: left, h: box.h },
  ];
  return {
    shapes: sides.flatMap((s, i) =>
      s
        ? [
            {
              box: bars[i]!,
              style: { fill: { kind: 'solid' as const, colour: s.colour }, radiusPx: 0, ellipse: false },
            },
          ]
        : [],
    ),
  };
}

/** A box that text cannot simply flow past: a picture, a table, a filled or framed block. */
export function hasOwnBox(el: Element, cs: CSSStyleDeclaration): boolean {
  if (cssColour(cs.backgroundColor) || cs.backgroundImage !== 'none') return true;
  const widths = [cs.borderTopWidth, cs.borderRightWidth, cs.borderBottomWidth, cs.borderLeftWidth].map(px);
  // A rule on one side is drawn beside the text, not around it.
  if (widths.filter((w) => w > 0).length > 1) return true;
  return ['IMG', 'TABLE', 'SVG', 'VIDEO', 'IFRAME', 'CANVAS', 'FIGURE'].includes(el.tagName.toUpperCase());
}
