// In-page helpers (see dom-read.ts): a text group as one text item, placed where the page
// set it. Each paragraph's first line gives its top, so the space between paragraphs is
// what the page shows whatever CSS made it; the text starts where the page starts it.
import type { Box, Paragraph, Role, TextItem } from './dom-scene.js';
import type { Origin } from './dom-style.js';
import type { Draft, Kit, ReadText, TextOptions } from './types.js';

export function contentBoxOf(el: Element, origin: Origin, k: Kit): Box {
  const cs = getComputedStyle(el);
  const r = k.boxOf(el.getBoundingClientRect(), origin);
  const l = k.px(cs.borderLeftWidth) + k.px(cs.paddingLeft);
  const t = k.px(cs.borderTopWidth) + k.px(cs.paddingTop);
  const w = r.w - l - k.px(cs.borderRightWidth) - k.px(cs.paddingRight);
  return { x: r.x + l, y: r.y + t, w, h: r.h - t - k.px(cs.borderBottomWidth) - k.px(cs.paddingBottom) };
}

export function lineHeightOf(cs: CSSStyleDeclaration, k: Kit): number {
  return cs.lineHeight === 'normal' ? k.px(cs.fontSize) * 1.2 : k.px(cs.lineHeight);
}

export function alignOf(cs: CSSStyleDeclaration): Paragraph['align'] {
  const align = cs.textAlign;
  if (align === 'center') return 'ctr';
  if (align === 'right' || align === 'end') return 'r';
  return align === 'justify' ? 'just' : 'l';
}

export function textItemOf(
  group: Element,
  role: Role,
  options: TextOptions,
  origin: Origin,
  k: Kit,
): ReadText | undefined {
  const { shape, keep, area } = options;
  const drafts = k.paragraphDrafts(group, origin, k).filter((d: Draft) => !keep || keep(d.block));
  if (drafts.length === 0) return undefined;
  const cs = getComputedStyle(group);
  const content = { ...contentBoxOf(group, origin, k), ...area };
  // In a flex or grid box the text is an anonymous item: it starts where it was put.
  const flexy = /flex|grid/.test(cs.display);
  const measured = drafts.map((d) => {
    const lh = lineHeightOf(getComputedStyle(d.block), k);
    return {
      d,
      lh,
      lines: k.lineBoxes(d.nodes, lh, origin),
      start: d.block === group ? content.x : contentBoxOf(d.block, origin, k).x,
    };
  });
  const first = measured[0]!.lines[0];
  const textLeft =
    flexy && first ? Math.min(...measured.flatMap((m) => m.lines.map((l) => l.left))) : content.x;
  const left = Math.min(textLeft, ...measured.map((m) => m.d.bulletLeft ?? Number.POSITIVE_INFINITY));
  const top = first ? first.top : content.y;
  const right = content.x + content.w;
  let previousBottom = top;
  const paragraphs = measured.map(({ d, lh, lines, start: own }): Paragraph => {
    const pTop = lines[0]?.top ?? previousBottom;
    const start = flexy && d.block === group ? textLeft : own;
    const only = lines.length === 1 ? lines[0]! : undefined;
    const centred =
      flexy &&
      only !== undefined &&
      Math.abs((only.left + only.right) / 2 - (content.x + content.w / 2)) < 2 &&
      only.right - only.left < content.w - 4;
    const align = centred ? 'ctr' : alignOf(getComputedStyle(d.block));
    const spaceBeforePx = Math.max(0, pTop - previousBottom);
    previousBottom = lines[lines.length - 1]?.bottom ?? pTop;
    return {
      runs: d.runs,
      align,
      lineHeightPx: lh,
      spaceBeforePx,
      marginPx: centred ? 0 : start - left,
      indentPx: d.bulletLeft !== undefined ? d.bulletLeft - start : 0,
      level: d.level,
      ...(d.bullet ? { bullet: d.bullet } : {}),
    };
  });
  const textLeftEdge = flexy && paragraphs.every((p) => p.align === 'ctr') ? content.x : left;
  const bottom = Math.max(content.y + content.h, previousBottom);
  // A line in a circle (initials in an avatar) must not wrap: an ellipse's text area is
  // smaller than its box.
  const wrap =
    !/nowrap|pre$/.test(cs.whiteSpace) &&
    !(shape?.style.ellipse && measured.every((m) => m.lines.length <= 1));
  // Another renderer's line breaks may fall a little later: a little more room than the page
  // used keeps a line that fits here from wrapping there. Text set on one line gets more
  // (it cannot wrap later than that); wrapped text 2px, so its lines break where they do
  // (the same font measures the same words within a fraction of a point).
  const oneLine = measured.every((m) => m.lines.length <= 1);
  const width = right - textLeftEdge;
  const slack = oneLine ? Math.max(8, width * 0.08) : 2;
  const aligned = paragraphs.every((p) => p.align === paragraphs[0]!.align) ? paragraphs[0]!.align : 'l';
  const [growLeft, growRight] =
    aligned === 'ctr' ? [slack / 2, slack / 2] : aligned === 'r' ? [slack, 0] : [0, slack];
  const pictures = drafts.flatMap((d) => d.pictures);
  const item = {
    kind: 'text' as const,
    role,
    paragraphs,
    wrap,
    ...(pictures.length > 0 ? { pictures } : {}),
  };
  if (shape) {
    const b = shape.box;
    // Text the layout centres in its box (a badge, an avatar) stays centred.
    const middle = flexy && Math.abs((top + previousBottom) / 2 - (content.y + content.h / 2)) < 2;
    return {
      ...item,
      box: b,
      insets: [
        Math.max(0, textLeftEdge - b.x - growLeft),
        middle ? content.y - b.y : top - b.y,
        Math.max(0, b.x + b.w - right - growRight),
        Math.max(0, b.y + b.h - (middle ? content.y + content.h : bottom)),
      ],
      anchor: middle ? 'ctr' : 't',
      shape: shape.style,
    };
  }
  const x = Math.max(0, textLeftEdge - growLeft);
  const w = Math.min(origin.width, right + growRight) - x;
  return { ...item, box: { x, y: top, w, h: bottom - top }, insets: [0, 0, 0, 0], anchor: 't' };
}

/** A list set in columns as one text item per column, so each keeps its own place. */
export function columnTextItems(list: Element, origin: Origin, k: Kit): TextItem[] {
  const columns = new Map<number, Element[]>();
  for (const li of list.children) {
    if (li.tagName.toUpperCase() !== 'LI') continue;
    const x = Math.round(li.getBoundingClientRect().left);
    const key = [...columns.keys()].find((k) => Math.abs(k - x) < 4) ?? x;
    columns.set(key, [...(columns.get(key) ?? []), li]);
  }
  return [...columns.values()].flatMap((lis) => {
    const boxes = lis.map((li) => k.boxOf(li.getBoundingClientRect(), origin));
    const x = Math.min(...boxes.map((b) => b.x));
    const right = Math.max(...boxes.map((b) => b.x + b.w));
    const keep = (block: Element) => lis.some((li) => li === block || li.contains(block));
    const text = textItemOf(list, 'body', { keep, area: { x, w: right - x } }, origin, k);
    return text ? [text] : [];
  });
}
