// In-page helpers (see dom-read.ts): a text group (dom-text-group.ts) as paragraphs. Their
// inline runs with the computed font, size, weight and colour, list items with their bullet
// or number, and each paragraph's text nodes for measuring.
import type { Bullet, PictureItem, Run } from './dom-scene.js';
import type { Origin } from './dom-style.js';
import type { Draft, Kit } from './types.js';

export function runOf(el: Element, text: string, breakBefore: boolean, k: Kit): Run {
  const cs = getComputedStyle(el);
  const link = el.closest('a')?.getAttribute('href') ?? undefined;
  const transform = cs.textTransform;
  // Inline code keeps the box behind it (a code block's is the block's own shape).
  const code = el.closest('code');
  // A step chip too (flows.ts): its tint behind its words.
  const chip = code && !code.closest('pre') ? code : el.closest('.chain > .step');
  const box = chip ? k.cssColour(getComputedStyle(chip).backgroundColor) : undefined;
  // The arrow between chips stands apart from them as the chips' padding sets it on the page.
  const spaced = el.closest('.chain > .arrow') ? ` ${text.trim()} ` : text;
  return {
    text:
      transform === 'uppercase'
        ? spaced.toUpperCase()
        : transform === 'lowercase'
          ? spaced.toLowerCase()
          : spaced,
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

/**
 * The room a picture takes in its line (an emoji), as text: one no-break space in the host's
 * font, widened by letter spacing to the picture's advance (its width and margins), so the
 * words after it stay where the page draws them and the picture (drawn apart) covers no word.
 * A no-break space, not a space: it is no break opportunity, nor stretched in justified
 * text, and is not dropped at a line's start; every text font has one, so the width the page
 * measures here is the width the client draws. Letter spacing is added after the character,
 * by PowerPoint and LibreOffice alike.
 */
export function spacerRun(img: Element, host: Element, breakBefore: boolean, k: Kit): Run {
  const cs = getComputedStyle(img);
  const advance = img.getBoundingClientRect().width + k.px(cs.marginLeft) + k.px(cs.marginRight);
  const font = getComputedStyle(host);
  const context = document.createElement('canvas').getContext('2d');
  let own = 0;
  if (context) {
    context.font = `${font.fontStyle} ${font.fontWeight} ${font.fontSize} ${font.fontFamily}`;
    own = context.measureText('\u00A0').width;
  }
  // (The page underlines no picture in a link.)
  return { ...k.runOf(host, '\u00A0', breakBefore, k), spacingPx: advance - own, underline: false };
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
      pictures: [],
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
  /** A picture in a line of the text (an emoji) is drawn as a picture over the room a spacer
   * keeps for it; one the text cannot draw so (not inline, or not the deck's own) reads as
   * its alt text. Either way the text alone draws it: no reader draws it again. */
  const picture = (img: Element, parent: Element) => {
    const drawn = k.isInline(getComputedStyle(img))
      ? k
          .pictureItem(img as HTMLImageElement, origin, k)
          .filter((i): i is PictureItem => i.kind === 'picture')
      : [];
    if (drawn.length === 0) {
      const alt = img.getAttribute('alt') ?? '';
      if (alt) add(img, alt, parent, false);
      return;
    }
    if (!current) open(group, 0);
    const draft = current!;
    draft.runs.push(k.spacerRun(img, parent, pendingBreak, k));
    pendingBreak = false;
    draft.nodes.push(img);
    draft.pictures.push(...drawn);
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
    return d.runs.some((r) => r.text.trim()) || d.pictures.length > 0;
  });
}

/** The line boxes some text nodes are set in, top to bottom (slide pixels). */
export function lineBoxes(
  nodes: Node[],
  lineHeight: number,
  origin: Origin,
): { top: number; bottom: number; left: number; right: number }[] {
  const found: { top: number; bottom: number; left: number; right: number; centre: number }[] = [];
  // Text first: its lines are centred on the words; a picture in a line (an emoji, set a
  // little lower) only widens the line it stands in.
  const pictures = nodes.filter((n) => n instanceof Element);
  for (const node of [...nodes.filter((n) => !(n instanceof Element)), ...pictures]) {
    const range = document.createRange();
    range.selectNodeContents(node);
    // (A picture's range holds nothing: its own box is the one drawn.)
    const rects = node instanceof Element ? node.getClientRects() : range.getClientRects();
    for (const r of rects) {
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
