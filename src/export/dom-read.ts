// Reads every slide of the laid-out slide page into a scene (see dom-scene.ts): positions,
// sizes, colours and fonts as Chromium computed them, so the PPTX follows whatever the
// theme says. The reader runs inside the page (one call for the whole deck) and changes
// nothing there: the same page prints the PDF.
import type { Page } from 'puppeteer-core';
import type { SceneSlide } from './dom-scene.js';

export function readScene(page: Page): Promise<SceneSlide[]> {
  return page.evaluate(readSlidesInPage);
}

/** Runs in the browser: it must not refer to anything outside itself. */
function readSlidesInPage(): SceneSlide[] {
  type S = SceneSlide;
  type Item = S['items'][number];
  type Text = Extract<Item, { kind: 'text' }>;
  type Shape = NonNullable<Text['shape']>;
  type Para = Text['paragraphs'][number];
  type RunT = Para['runs'][number];
  type Col = S['background'];
  type Fill = NonNullable<Shape['fill']>;
  type Rect = { x: number; y: number; w: number; h: number };

  let origin = { x: 0, y: 0 };
  const px = (value: string) => Number.parseFloat(value) || 0;
  const rectOf = (r: DOMRect): Rect => ({ x: r.left - origin.x, y: r.top - origin.y, w: r.width, h: r.height });

  function colour(value: string): Col | undefined {
    const m = /rgba?\(([^)]+)\)/.exec(value);
    if (!m) return undefined;
    const [r, g, b, a] = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
    const alpha = a === undefined || Number.isNaN(a) ? 1 : a;
    if (alpha <= 0) return undefined;
    const hex = [r, g, b].map((c) => Math.round(c ?? 0).toString(16).padStart(2, '0')).join('');
    return { hex: hex.toUpperCase(), alpha };
  }

  function gradient(image: string, box: Rect): Fill | undefined {
    const m = /^(repeating-)?(linear|radial)-gradient\((.*)\)$/.exec(image.trim());
    if (!m) return undefined;
    const parts = m[3]!.split(/,(?![^(]*\))/).map((p) => p.trim());
    const stops: { at: number; colour: Col }[] = [];
    let head = '';
    for (const part of parts) {
      const c = /rgba?\([^)]*\)/.exec(part);
      if (!c) {
        head = part;
        continue;
      }
      const found = colour(c[0]) ?? { hex: c[0].includes('255, 255, 255') ? 'FFFFFF' : '000000', alpha: 0 };
      const at = /(-?[\d.]+)%/.exec(part.replace(c[0], ''));
      stops.push({ at: at ? Number(at[1]) / 100 : Number.NaN, colour: found });
    }
    if (stops.length === 0) return undefined;
    stops.forEach((s, i) => {
      if (Number.isNaN(s.at)) s.at = stops.length === 1 ? 0 : i / (stops.length - 1);
    });
    // A repeating pattern (stripes) is drawn as its first colour.
    if (m[1]) return { kind: 'solid', colour: stops[0]!.colour };
    if (m[2] === 'linear') {
      const deg = /(-?[\d.]+)deg/.exec(head);
      const to: Record<string, number> = { top: 0, right: 90, bottom: 180, left: 270 };
      const side = /to (\w+)/.exec(head);
      const angle = deg ? Number(deg[1]) : side ? (to[side[1]!] ?? 180) : 180;
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

  function radius(cs: CSSStyleDeclaration, box: Rect): number {
    const corners = [
      cs.borderTopLeftRadius,
      cs.borderTopRightRadius,
      cs.borderBottomRightRadius,
      cs.borderBottomLeftRadius,
    ];
    return Math.max(
      ...corners.map((c) => (c.endsWith('%') ? (px(c) / 100) * Math.min(box.w, box.h) : px(c))),
    );
  }

  function isEllipse(cs: CSSStyleDeclaration, box: Rect): boolean {
    return radius(cs, box) >= Math.min(box.w, box.h) / 2 - 0.5 && Math.abs(box.w - box.h) < 1;
  }

  /** Background and borders of an element, as shapes; the last one is the one text may sit in. */
  function decoration(cs: CSSStyleDeclaration, box: Rect): { shapes: { box: Rect; style: Shape }[]; inner?: Shape } {
    const fillColour = colour(cs.backgroundColor);
    const image = cs.backgroundImage !== 'none' ? gradient(cs.backgroundImage, box) : undefined;
    const fill: Fill | undefined =
      image && image.kind !== 'solid'
        ? image
        : fillColour
          ? { kind: 'solid', colour: fillColour }
          : image;
    const sides = (['Top', 'Right', 'Bottom', 'Left'] as const).map((side) => {
      const width = cs.getPropertyValue(`border-${side.toLowerCase()}-width`);
      const style = cs.getPropertyValue(`border-${side.toLowerCase()}-style`);
      const c = colour(cs.getPropertyValue(`border-${side.toLowerCase()}-color`));
      return style !== 'none' && style !== 'hidden' && px(width) > 0 && c
        ? { width: px(width), colour: c, dashed: style === 'dashed' || style === 'dotted' }
        : undefined;
    });
    const r = radius(cs, box);
    const ellipse = isEllipse(cs, box);
    const shown = sides.filter((s) => s !== undefined);
    if (shown.length === 0)
      return fill
        ? { shapes: [{ box, style: { fill, radiusPx: r, ellipse } }], inner: { fill, radiusPx: r, ellipse } }
        : { shapes: [] };
    const uniform =
      shown.length === 4 &&
      shown.every((s) => s.width === shown[0]!.width && s.colour.hex === shown[0]!.colour.hex);
    if (uniform) {
      const w = shown[0]!.width;
      // A PowerPoint outline is drawn centred on the shape's edge.
      const inset = { x: box.x + w / 2, y: box.y + w / 2, w: box.w - w, h: box.h - w };
      const style: Shape = {
        ...(fill ? { fill } : {}),
        line: { colour: shown[0]!.colour, widthPx: w, dashed: shown[0]!.dashed },
        radiusPx: Math.max(0, r - w / 2),
        ellipse,
      };
      return { shapes: [{ box: inset, style }], inner: style };
    }
    const [top, right, bottom, left] = sides.map((s) => s?.width ?? 0) as [number, number, number, number];
    const padding = { x: box.x + left, y: box.y + top, w: box.w - left - right, h: box.h - top - bottom };
    if (fill || r > 0) {
      // A card with a coloured edge: the edge colour behind, the card in front, inset by the edge.
      const edge = shown.reduce((a, b) => (b.width > a.width ? b : a));
      const inner: Shape = { fill: fill ?? { kind: 'solid', colour: { hex: 'FFFFFF', alpha: 1 } }, radiusPx: Math.max(0, r - Math.min(...shown.map((s) => s.width))), ellipse: false };
      return {
        shapes: [
          { box, style: { fill: { kind: 'solid', colour: edge.colour }, radiusPx: r, ellipse: false } },
          { box: padding, style: inner },
        ],
        inner,
      };
    }
    // Rules alone (a bar left of a paragraph): one thin rectangle per side.
    const bars = sides.flatMap((s, i) => {
      if (!s) return [];
      const bar =
        i === 0
          ? { x: box.x, y: box.y, w: box.w, h: s.width }
          : i === 1
            ? { x: box.x + box.w - s.width, y: box.y, w: s.width, h: box.h }
            : i === 2
              ? { x: box.x, y: box.y + box.h - s.width, w: box.w, h: s.width }
              : { x: box.x, y: box.y, w: s.width, h: box.h };
      return [{ box: bar, style: { fill: { kind: 'solid' as const, colour: s.colour }, radiusPx: 0, ellipse: false } }];
    });
    return { shapes: bars };
  }

  const isInline = (cs: CSSStyleDeclaration) => cs.display.startsWith('inline') || cs.display === 'contents';
  const hidden = (cs: CSSStyleDeclaration) =>
    cs.display === 'none' || cs.visibility === 'hidden' || Number(cs.opacity) === 0;

  function hasBox(el: Element, cs: CSSStyleDeclaration): boolean {
    if (colour(cs.backgroundColor) || cs.backgroundImage !== 'none') return true;
    const widths = [cs.borderTopWidth, cs.borderRightWidth, cs.borderBottomWidth, cs.borderLeftWidth].map(px);
    // A bar on one side is a rule beside the text, not a box of its own.
    if (widths.filter((w) => w > 0).length > 1) return true;
    return ['IMG', 'TABLE', 'SVG', 'VIDEO', 'IFRAME', 'CANVAS'].includes(el.tagName.toUpperCase());
  }

  /** Text whose blocks stack one under another, with nothing but rules drawn between them. */
  function isTextGroup(el: Element): boolean {
    if (!el.textContent?.trim()) return false;
    let ok = true;
    const check = (node: Element, depth: number) => {
      let lastBottom = -Infinity;
      for (const child of node.children) {
        if (!ok) return;
        const cs = getComputedStyle(child);
        if (hidden(cs)) continue;
        const tag = child.tagName.toUpperCase();
        if (tag === 'IMG') {
          if (!child.classList.contains('emoji') && !child.hasAttribute('data-marp-twemoji')) ok = false;
          continue;
        }
        if (tag === 'TABLE' || tag === 'SVG' || tag === 'VIDEO' || tag === 'IFRAME' || tag === 'FIGURE') {
          ok = false;
          return;
        }
        if (isInline(cs)) {
          if (cs.display === 'inline-block' || cs.display === 'inline-flex') ok = false;
          else check(child, depth + 1);
          continue;
        }
        if (tag !== 'LI' && tag !== 'UL' && tag !== 'OL' && hasBox(child, cs)) {
          ok = false;
          return;
        }
        if (tag === 'LI' && cs.display !== 'list-item') {
          ok = false;
          return;
        }
        // List items may stand in columns: the list's own reader places them.
        const r = child.getBoundingClientRect();
        if (tag !== 'LI' && r.top < lastBottom - 1) {
          ok = false;
          return;
        }
        lastBottom = r.bottom;
        check(child, depth + 1);
      }
    };
    check(el, 0);
    return ok;
  }

  function runStyle(el: Element, text: string, breakBefore: boolean): RunT {
    const cs = getComputedStyle(el);
    const family = (cs.fontFamily.split(',')[0] ?? 'sans-serif').trim().replace(/^["']|["']$/g, '');
    const link = el.closest('a')?.getAttribute('href') ?? undefined;
    const transformed =
      cs.textTransform === 'uppercase'
        ? text.toUpperCase()
        : cs.textTransform === 'lowercase'
          ? text.toLowerCase()
          : text;
    return {
      text: transformed,
      font: family,
      weight: Number(cs.fontWeight) || 400,
      italic: cs.fontStyle === 'italic' || cs.fontStyle.startsWith('oblique'),
      sizePx: px(cs.fontSize),
      colour: colour(cs.color) ?? { hex: '000000', alpha: 1 },
      underline: cs.textDecorationLine.includes('underline'),
      spacingPx: cs.letterSpacing === 'normal' ? 0 : px(cs.letterSpacing),
      ...(link && /^(https?:|mailto:)/.test(link) ? { link } : {}),
      ...(breakBefore ? { breakBefore: true } : {}),
    };
  }

  function lineHeight(cs: CSSStyleDeclaration): number {
    return cs.lineHeight === 'normal' ? px(cs.fontSize) * 1.2 : px(cs.lineHeight);
  }

  function contentBox(el: Element, cs: CSSStyleDeclaration): Rect {
    const r = rectOf(el.getBoundingClientRect());
    const l = px(cs.borderLeftWidth) + px(cs.paddingLeft);
    const t = px(cs.borderTopWidth) + px(cs.paddingTop);
    return {
      x: r.x + l,
      y: r.y + t,
      w: r.w - l - px(cs.borderRightWidth) - px(cs.paddingRight),
      h: r.h - t - px(cs.borderBottomWidth) - px(cs.paddingBottom),
    };
  }

  interface Draft {
    block: Element;
    runs: RunT[];
    nodes: Node[];
    level: number;
    bullet?: Para['bullet'];
    bulletLeft?: number;
  }

  /** The paragraphs of a text group, each with the text nodes it is made of. */
  function drafts(group: Element): Draft[] {
    const out: Draft[] = [];
    let current: Draft | undefined;
    let pendingBreak = false;
    const open = (block: Element, level: number, bullet?: Draft['bullet'], bulletLeft?: number) => {
      current = { block, runs: [], nodes: [], level, ...(bullet ? { bullet } : {}), ...(bulletLeft !== undefined ? { bulletLeft } : {}) };
      out.push(current);
      pendingBreak = false;
    };
    const add = (node: Node, text: string, host: Element, pre: boolean) => {
      if (!current) open(group, 0);
      const d = current!;
      const lines = pre ? text.split('\n') : [text.replace(/\s+/g, ' ')];
      lines.forEach((line, i) => {
        let value = line;
        const last = d.runs[d.runs.length - 1];
        if (!pre && (d.runs.length === 0 || pendingBreak || last?.text.endsWith(' '))) value = value.replace(/^ /, '');
        if (!value && !(pre && i > 0)) return;
        d.runs.push(runStyle(host, value, pendingBreak || (pre && i > 0)));
        pendingBreak = false;
      });
      d.nodes.push(node);
    };
    const list = (el: Element, level: number) => {
      const items = [...el.children].filter((li) => li.tagName.toUpperCase() === 'LI');
      const start = Number(el.getAttribute('start') ?? 1) || 1;
      items.forEach((li, i) => {
        if (hidden(getComputedStyle(li))) return;
        const marker = bulletOf(li, el.tagName.toUpperCase() === 'OL', start + i);
        open(li, level, marker?.bullet, marker?.left);
        walk(li, level + 1);
        current = undefined;
      });
    };
    const walk = (node: Element, level: number) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
          const host = child.parentElement!;
          const pre = /^pre/.test(getComputedStyle(host).whiteSpace);
          if (child.textContent && (pre || child.textContent.trim() || current?.runs.length))
            add(child, child.textContent, host, pre);
          continue;
        }
        if (!(child instanceof Element)) continue;
        const cs = getComputedStyle(child);
        if (hidden(cs)) continue;
        const tag = child.tagName.toUpperCase();
        if (tag === 'BR') {
          pendingBreak = true;
          continue;
        }
        if (tag === 'IMG') {
          const alt = child.getAttribute('alt') ?? '';
          if (alt) add(child, alt, node, false);
          continue;
        }
        if (isInline(cs)) {
          walk(child, level);
          continue;
        }
        if (tag === 'UL' || tag === 'OL') {
          list(child, level);
          continue;
        }
        // A paragraph inside a list item that has no text yet is that item's own text.
        if (!(current && current.runs.length === 0 && current.block.contains(child))) open(child, level);
        walk(child, level);
        current = undefined;
      }
    };
    const tag = group.tagName.toUpperCase();
    if (tag === 'UL' || tag === 'OL') list(group, 0);
    else walk(group, 0);
    // Trailing spaces would count as text; empty paragraphs (a bullet holding only a list) go.
    return out.filter((d) => {
      const last = d.runs[d.runs.length - 1];
      if (last) last.text = last.text.replace(/ $/, '');
      return d.runs.some((r) => r.text.trim());
    });
  }

  function bulletOf(li: Element, ordered: boolean, number: number): { bullet: Para['bullet']; left: number } | undefined {
    const cs = getComputedStyle(li);
    const box = rectOf(li.getBoundingClientRect());
    const before = getComputedStyle(li, '::before');
    if (before.content !== 'none' && before.content !== 'normal' && before.display !== 'none' && before.position === 'absolute') {
      const w = px(before.width);
      const c = colour(before.backgroundColor) ?? colour(before.borderTopColor) ?? { hex: '000000', alpha: 1 };
      const round = px(before.borderTopLeftRadius) >= w / 2 - 0.5 || before.borderTopLeftRadius.endsWith('%');
      const hollow = !colour(before.backgroundColor);
      const char = round ? (hollow ? '\u25CB' : '\u25CF') : '\u25A0';
      const left = box.x + px(cs.borderLeftWidth) + px(before.left);
      // Geometric shapes in Arial fill about 0.6 of the text size.
      const sizePct = Math.max(25, Math.min(400, Math.round(((w + px(before.borderLeftWidth) * 2) / px(cs.fontSize) / 0.62) * 100)));
      return { bullet: { kind: 'char', char, colour: c, sizePct }, left };
    }
    if (ordered && cs.listStyleType !== 'none') {
      const marker = getComputedStyle(li, '::marker');
      const c = colour(marker.color) ?? colour(cs.color) ?? { hex: '000000', alpha: 1 };
      const list = li.parentElement!;
      const listCs = getComputedStyle(list);
      const left = rectOf(list.getBoundingClientRect()).x + px(listCs.borderLeftWidth);
      return { bullet: { kind: 'number', startAt: number, colour: c, bold: Number(marker.fontWeight) >= 600 }, left };
    }
    return undefined;
  }

  /** Line boxes of some text nodes: top and bottom of each line, and its left and right ends. */
  function lines(nodes: Node[], lh: number): { top: number; bottom: number; left: number; right: number }[] {
    const found: { top: number; bottom: number; left: number; right: number; centre: number }[] = [];
    for (const node of nodes) {
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        if (r.width === 0) continue;
        const centre = r.top + r.height / 2 - origin.y;
        const line = found.find((l) => Math.abs(l.centre - centre) < lh / 2);
        if (line) {
          line.left = Math.min(line.left, r.left - origin.x);
          line.right = Math.max(line.right, r.right - origin.x);
        } else found.push({ centre, top: centre - lh / 2, bottom: centre + lh / 2, left: r.left - origin.x, right: r.right - origin.x });
      }
    }
    return found.sort((a, b) => a.top - b.top);
  }

  interface TextOptions {
    shape?: { box: Rect; style: Shape } | undefined;
    /** Only these paragraphs, set in this part of the group (a column of a list). */
    keep?: (block: Element) => boolean;
    area?: { x: number; w: number };
  }

  function textItem(group: Element, role: Text['role'], options: TextOptions = {}): Text | undefined {
    const { shape, keep, area } = options;
    const cs = getComputedStyle(group);
    const list = drafts(group).filter((d) => !keep || keep(d.block));
    if (list.length === 0) return undefined;
    const own = contentBox(group, cs);
    const content = area ? { ...own, ...area } : own;
    const flexy = /flex|grid/.test(cs.display);
    const measured = list.map((d) => {
      const bcs = getComputedStyle(d.block);
      const lh = lineHeight(bcs);
      return { d, bcs, lh, lines: lines(d.nodes, lh), text: d.block === group ? content : contentBox(d.block, bcs) };
    });
    const first = measured[0]!.lines[0];
    const textLeft = flexy && first ? Math.min(...measured.flatMap((m) => m.lines.map((l) => l.left))) : content.x;
    const left = Math.min(textLeft, ...measured.map((m) => m.d.bulletLeft ?? Infinity));
    const top = first ? first.top : content.y;
    const right = content.x + content.w;
    let previousBottom = top;
    const paragraphs: Para[] = measured.map((m) => {
      const pTop = m.lines[0]?.top ?? previousBottom;
      const pBottom = m.lines[m.lines.length - 1]?.bottom ?? pTop;
      const start = flexy && m.d.block === group ? textLeft : m.text.x;
      let align: Para['align'] =
        m.bcs.textAlign === 'center' ? 'ctr' : m.bcs.textAlign === 'right' || m.bcs.textAlign === 'end' ? 'r' : m.bcs.textAlign === 'justify' ? 'just' : 'l';
      const only = m.lines.length === 1 ? m.lines[0]! : undefined;
      if (flexy && only && Math.abs((only.left + only.right) / 2 - (content.x + content.w / 2)) < 2 && only.right - only.left < content.w - 4) align = 'ctr';
      const para: Para = {
        runs: m.d.runs,
        align,
        lineHeightPx: m.lh,
        spaceBeforePx: Math.max(0, pTop - previousBottom),
        marginPx: align === 'ctr' && flexy ? 0 : start - left,
        indentPx: m.d.bulletLeft !== undefined ? m.d.bulletLeft - start : 0,
        level: m.d.level,
        ...(m.d.bullet ? { bullet: m.d.bullet } : {}),
      };
      previousBottom = pBottom;
      return para;
    });
    const centred = paragraphs.every((p) => p.align === 'ctr') && flexy;
    const textLeftEdge = centred ? content.x : left;
    const bottom = Math.max(content.y + content.h, previousBottom);
    const wrap = !/nowrap|pre$/.test(cs.whiteSpace);
    if (shape) {
      const b = shape.box;
      // Text centred in its box by the layout (a badge, an avatar) stays centred.
      const middle = flexy && Math.abs((top + previousBottom) / 2 - (content.y + content.h / 2)) < 2;
      const bottomInset = Math.max(0, b.y + b.h - (middle ? content.y + content.h : bottom));
      return {
        kind: 'text',
        box: b,
        role,
        paragraphs,
        insets: [textLeftEdge - b.x, middle ? content.y - b.y : top - b.y, b.x + b.w - right, bottomInset],
        anchor: middle ? 'ctr' : 't',
        wrap,
        shape: shape.style,
      };
    }
    return {
      kind: 'text',
      box: { x: textLeftEdge, y: top, w: right - textLeftEdge, h: bottom - top },
      role,
      paragraphs,
      insets: [0, 0, 0, 0],
      anchor: 't',
      wrap,
    };
  }

  /** Text items for a list set in columns: one per column, so each keeps its own place. */
  function columnItems(list: Element): Text[] {
    const columns = new Map<number, Element[]>();
    for (const li of list.children) {
      if (li.tagName.toUpperCase() !== 'LI') continue;
      const x = Math.round(li.getBoundingClientRect().left);
      const key = [...columns.keys()].find((k) => Math.abs(k - x) < 4) ?? x;
      columns.set(key, [...(columns.get(key) ?? []), li]);
    }
    return [...columns.values()].flatMap((lis) => {
      const boxes = lis.map((li) => rectOf(li.getBoundingClientRect()));
      const x = Math.min(...boxes.map((b) => b.x));
      const right = Math.max(...boxes.map((b) => b.x + b.w));
      const keep = (block: Element) => lis.some((li) => li === block || li.contains(block));
      const text = textItem(list, 'body', { keep, area: { x, w: right - x } });
      return text ? [text] : [];
    });
  }

  function evaluateContent(content: string, el: Element): string {
    let out = '';
    const re = /"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|attr\(([\w-]+)\)/g;
    for (const m of content.matchAll(re)) out += m[1] ?? m[2] ?? el.getAttribute(m[3]!) ?? '';
    return out;
  }

  /** A ::before or ::after that draws something: a shape, or a shape with text (a number). */
  function pseudo(el: Element, which: '::before' | '::after', items: Item[], index: number): void {
    const ps = getComputedStyle(el, which);
    if (ps.content === 'none' || ps.content === 'normal' || ps.display === 'none' || hidden(ps)) return;
    const w = px(ps.width);
    const h = px(ps.height);
    const cs = getComputedStyle(el);
    let box: Rect | undefined;
    if (ps.position === 'absolute') {
      let host: Element | null = el;
      while (host && host !== document.body && getComputedStyle(host).position === 'static') host = host.parentElement;
      if (!host) return;
      const hcs = getComputedStyle(host);
      const outer = rectOf(host.getBoundingClientRect());
      const pad = { x: outer.x + px(hcs.borderLeftWidth), y: outer.y + px(hcs.borderTopWidth), w: outer.w - px(hcs.borderLeftWidth) - px(hcs.borderRightWidth), h: outer.h - px(hcs.borderTopWidth) - px(hcs.borderBottomWidth) };
      const x = ps.left !== 'auto' ? pad.x + px(ps.left) : pad.x + pad.w - px(ps.right) - w;
      const y = ps.top !== 'auto' ? pad.y + px(ps.top) : pad.y + pad.h - px(ps.bottom) - h;
      box = { x, y, w, h };
    } else if (/flex|grid/.test(cs.display) && w > 0 && h > 0) {
      const c = contentBox(el, cs);
      const x = which === '::before' ? c.x : c.x + c.w - w;
      const align = ps.alignSelf !== 'auto' ? ps.alignSelf : cs.alignItems;
      const y = /center/.test(align) ? c.y + (c.h - h) / 2 : /end/.test(align) ? c.y + c.h - h : c.y;
      box = { x, y, w, h };
    }
    if (!box || box.w <= 0 || box.h <= 0) return;
    const text = evaluateContent(ps.content, el).trim() || counterText(ps.content, el, index);
    const deco = decoration(ps, box);
    if (!text) {
      items.push(...deco.shapes.map((s) => ({ kind: 'shape' as const, ...s })));
      return;
    }
    items.push(...deco.shapes.slice(0, -1).map((s) => ({ kind: 'shape' as const, ...s })));
    const fontSize = px(ps.fontSize);
    const run: RunT = {
      text,
      font: (ps.fontFamily.split(',')[0] ?? '').trim().replace(/^["']|["']$/g, ''),
      weight: Number(ps.fontWeight) || 400,
      italic: ps.fontStyle === 'italic',
      sizePx: fontSize,
      colour: colour(ps.color) ?? { hex: '000000', alpha: 1 },
      underline: false,
      spacingPx: 0,
    };
    const centred = /flex|grid/.test(ps.display) && /center/.test(ps.justifyContent + ps.alignItems);
    const lh = lineHeight(ps);
    items.push({
      kind: 'text',
      box: deco.inner ? (deco.shapes[deco.shapes.length - 1]?.box ?? box) : box,
      role: el.tagName.toUpperCase() === 'SECTION' && which === '::after' ? 'number' : 'body',
      paragraphs: [{ runs: [run], align: centred ? 'ctr' : ps.textAlign === 'right' ? 'r' : 'l', lineHeightPx: lh, spaceBeforePx: 0, marginPx: 0, indentPx: 0, level: 0 }],
      insets: [0, 0, 0, 0],
      anchor: centred ? 'ctr' : 't',
      wrap: false,
      ...(deco.inner ? { shape: deco.inner } : {}),
    });
  }

  function counterText(content: string, el: Element, index: number): string {
    const m = /counters?\(\s*[\w-]+\s*(?:,\s*([\w-]+))?\s*\)/.exec(content);
    if (!m) return '';
    const list = el.parentElement;
    const start = Number(list?.getAttribute('start') ?? 1) || 1;
    const n = start + index;
    return m[1] === 'decimal-leading-zero' ? String(n).padStart(2, '0') : String(n);
  }

  function picture(img: HTMLImageElement, items: Item[]): void {
    const cs = getComputedStyle(img);
    const c = contentBox(img, cs);
    const nw = img.naturalWidth;
    const nh = img.naturalHeight;
    let box = c;
    if (nw > 0 && nh > 0 && (cs.objectFit === 'contain' || cs.objectFit === 'scale-down')) {
      const scale = Math.min(c.w / nw, c.h / nh, cs.objectFit === 'scale-down' ? 1 : Infinity);
      box = { x: c.x + (c.w - nw * scale) / 2, y: c.y + (c.h - nh * scale) / 2, w: nw * scale, h: nh * scale };
    }
    const src = img.currentSrc || img.src;
    if (!src.startsWith('data:') || box.w < 1 || box.h < 1) return;
    items.push({ kind: 'picture', box, src, alt: img.alt, radiusPx: radius(cs, c) });
  }

  function table(el: HTMLTableElement, items: Item[]): void {
    const box = rectOf(el.getBoundingClientRect());
    const rows = [...el.rows];
    const widest = rows.reduce<HTMLTableRowElement | undefined>((a, r) => (!a || r.cells.length > a.cells.length ? r : a), undefined);
    if (!widest) return;
    const columnsPx = [...widest.cells].map((cell) => cell.getBoundingClientRect().width);
    items.push({
      kind: 'table',
      box,
      columnsPx,
      rows: rows.map((row) => ({
        heightPx: row.getBoundingClientRect().height,
        cells: [...row.cells].map((cell) => {
          const cs = getComputedStyle(cell);
          const para = textItem(cell, 'body')?.paragraphs ?? [];
          const fill = colour(cs.backgroundColor);
          const borders = (['top', 'right', 'bottom', 'left'] as const).map((side) => {
            const w = px(cs.getPropertyValue(`border-${side}-width`));
            const c = colour(cs.getPropertyValue(`border-${side}-color`));
            return w > 0 && c && cs.getPropertyValue(`border-${side}-style`) !== 'none' ? { colour: c, widthPx: w } : undefined;
          });
          return {
            paragraphs: para.map((p, i) => (i === 0 ? { ...p, spaceBeforePx: 0, marginPx: 0 } : { ...p, marginPx: 0 })),
            ...(fill ? { fill } : {}),
            insets: [px(cs.paddingLeft), px(cs.paddingTop), px(cs.paddingRight), px(cs.paddingBottom)] as [number, number, number, number],
            anchor: cs.verticalAlign === 'middle' ? ('ctr' as const) : cs.verticalAlign === 'bottom' ? ('b' as const) : ('t' as const),
            borders,
            colspan: cell.colSpan,
            rowspan: cell.rowSpan,
          };
        }),
      })),
    });
  }

  function visit(el: Element, items: Item[], title: Element | undefined, index: number): void {
    const cs = getComputedStyle(el);
    if (hidden(cs)) return;
    const tag = el.tagName.toUpperCase();
    if (tag === 'IMG') return picture(el as HTMLImageElement, items);
    if (tag === 'TABLE') return table(el as HTMLTableElement, items);
    const box = rectOf(el.getBoundingClientRect());
    if (box.w < 0.5 || box.h < 0.5) return;
    const deco = decoration(cs, box);
    const group = isTextGroup(el);
    const role = el === title ? 'title' : tag === 'FOOTER' || tag === 'HEADER' ? 'footer' : 'body';
    // Text in a box of its own (a card, a badge, a callout) goes into the box's shape.
    const holder = group && deco.inner ? deco.shapes[deco.shapes.length - 1] : undefined;
    items.push(...(holder ? deco.shapes.slice(0, -1) : deco.shapes).map((s) => ({ kind: 'shape' as const, ...s })));
    // Paint order: the element's own box (holding its text), then what its ::before draws.
    const text = group && holder ? textItem(el, role, { shape: holder }) : undefined;
    if (text) items.push(text);
    pseudo(el, '::before', items, index);
    if (group && (tag === 'UL' || tag === 'OL') && cs.columnCount !== 'auto' && Number(cs.columnCount) > 1) {
      items.push(...columnItems(el));
    } else if (group && !holder) {
      const own = textItem(el, role);
      if (own) items.push(own);
    } else if (!group) {
      [...el.children].forEach((child, i) => visit(child, items, title, i));
    }
    pseudo(el, '::after', items, index);
  }

  return [...document.querySelectorAll('div.marpit > svg > foreignObject > section')].map((section) => {
    const r = section.getBoundingClientRect();
    origin = { x: r.left, y: r.top };
    const cs = getComputedStyle(section);
    const items: Item[] = [];
    const box = { x: 0, y: 0, w: r.width, h: r.height };
    const image = cs.backgroundImage !== 'none' ? gradient(cs.backgroundImage, box) : undefined;
    if (image) items.push({ kind: 'shape', box, style: { fill: image, radiusPx: 0, ellipse: false } });
    const title = [...section.children].find((c) => /^H[1-6]$/.test(c.tagName.toUpperCase()));
    pseudo(section, '::before', items, 0);
    [...section.children].forEach((child, i) => visit(child, items, title, i));
    pseudo(section, '::after', items, 0);
    return { background: colour(cs.backgroundColor) ?? { hex: 'FFFFFF', alpha: 1 }, items };
  });
}
