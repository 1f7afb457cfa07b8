// Reads every slide of the laid-out slide page into a scene (see dom-scene.ts): positions,
// sizes, colours and fonts as Chromium computed them, so the PPTX follows whatever the
// theme says. The reader runs inside the page, one call for the whole deck, and changes
// nothing there (the same page prints the PDF). Its helpers live in dom-*.ts as plain
// function declarations and are sent along with it as source; dom-visit.ts walks the elements.
import type { Page } from 'puppeteer-core';
import { bulletOf, lineBoxes, paragraphDrafts, runOf, spacerRun } from './dom-flow.js';
import { contentText, counterText, pseudoBox, pseudoItems } from './dom-pseudo.js';
import type { PictureItem, SceneItem, SceneSlide, TableCell } from './dom-scene.js';
import {
  boxDecoration,
  boxOf,
  cornerRadius,
  cssColour,
  cssGradient,
  hasOwnBox,
  isHidden,
  isInline,
  type Origin,
  px,
} from './dom-style.js';
import { alignOf, columnTextItems, contentBoxOf, lineHeightOf, textItemOf } from './dom-text.js';
import { childStacks, hasItemsInARow, isTextGroup, stacksAsText } from './dom-text-group.js';
import { childItems, groupItems, roleOf, visitElement } from './dom-visit.js';
import type { Kit } from './types.js';

/** Everything the page runs, by name: helpers call across modules through this kit. */
const KIT: Kit = {
  px,
  boxOf,
  isHidden,
  isInline,
  cssColour,
  cssGradient,
  cornerRadius,
  boxDecoration,
  hasOwnBox,
  hasItemsInARow,
  isTextGroup,
  stacksAsText,
  childStacks,
  runOf,
  spacerRun,
  bulletOf,
  paragraphDrafts,
  lineBoxes,
  contentBoxOf,
  lineHeightOf,
  alignOf,
  textItemOf,
  columnTextItems,
  contentText,
  counterText,
  pseudoBox,
  pseudoItems,
  pictureItem,
  tableItem,
  visitElement,
  roleOf,
  groupItems,
  childItems,
  readSlidesInPage,
  withInlinePictures,
};

export function readScene(page: Page): Promise<SceneSlide[]> {
  // Each helper goes by the name it is declared with (a bundler may have renamed it).
  const declared = (fn: (...args: never[]) => unknown) =>
    /^function\s*([\w$]+)/.exec(String(fn))?.[1] ?? fn.name;
  const entries = Object.entries(KIT);
  const source = [
    '(() => {',
    ...entries.map(([, fn]) => String(fn)),
    `const k = { ${entries.map(([key, fn]) => `${key}: ${declared(fn)}`).join(', ')} };`,
    'return k.readSlidesInPage(k);',
    '})()',
  ].join('\n');
  return page.evaluate(source) as Promise<SceneSlide[]>;
}

export function pictureItem(img: HTMLImageElement, origin: Origin, k: Kit): SceneItem[] {
  const cs = getComputedStyle(img);
  const c = k.contentBoxOf(img, origin, k);
  const nw = img.naturalWidth;
  const nh = img.naturalHeight;
  let box = c;
  // object-fit: contain draws the picture smaller than its element, centred in it.
  if (nw > 0 && nh > 0 && (cs.objectFit === 'contain' || cs.objectFit === 'scale-down')) {
    const scale = Math.min(c.w / nw, c.h / nh, cs.objectFit === 'scale-down' ? 1 : Number.POSITIVE_INFINITY);
    box = { x: c.x + (c.w - nw * scale) / 2, y: c.y + (c.h - nh * scale) / 2, w: nw * scale, h: nh * scale };
  }
  const original = img.currentSrc || img.src;
  // (Only the deck's own embedded pictures: model/url-policy.ts isDeckPicture, which this code,
  // run inside the page, cannot import.)
  if (!original.startsWith('data:') || box.w < 1 || box.h < 1) return [];
  let src = original;
  // Formats PowerPoint may not show (SVG, WebP, AVIF) go in as PNG, drawn twice the size shown.
  if (!/^data:image\/(png|jpe?g|gif);/i.test(original)) {
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(box.w * 2));
    canvas.height = Math.max(1, Math.round(box.h * 2));
    try {
      canvas.getContext('2d')?.drawImage(img, 0, 0, canvas.width, canvas.height);
      src = canvas.toDataURL('image/png');
    } catch {
      return [];
    }
  }
  const emoji = img.classList.contains('emoji') || img.hasAttribute('data-marp-twemoji');
  return [
    { kind: 'picture', box, src, alt: img.alt, radiusPx: k.cornerRadius(cs, c), ...(emoji ? { emoji } : {}) },
  ];
}

export function tableItem(table: HTMLTableElement, origin: Origin, k: Kit): SceneItem[] {
  // Only the rows the page draws: a headless table's empty <thead> is hidden, and a hidden row
  // would give every column its zero width.
  const rows = [...table.rows].filter((row) => row.getClientRects().length > 0);
  const widest = rows.reduce<HTMLTableRowElement | undefined>(
    (a, r) => (!a || r.cells.length > a.cells.length ? r : a),
    undefined,
  );
  if (!widest) return [];
  // Emoji in a cell are drawn over the table, where the cell's text keeps their room.
  const pictures: PictureItem[] = [];
  const cellOf = (cell: HTMLTableCellElement): TableCell => {
    const cs = getComputedStyle(cell);
    const text = k.textItemOf(cell, 'body', {}, origin, k);
    pictures.push(...(text?.pictures ?? []));
    const fill = k.cssColour(cs.backgroundColor);
    return {
      paragraphs: (text?.paragraphs ?? []).map((p, i) => ({
        ...p,
        marginPx: 0,
        ...(i === 0 ? { spaceBeforePx: 0 } : {}),
      })),
      ...(fill ? { fill } : {}),
      insets: [k.px(cs.paddingLeft), k.px(cs.paddingTop), k.px(cs.paddingRight), k.px(cs.paddingBottom)],
      anchor: cs.verticalAlign === 'middle' ? 'ctr' : cs.verticalAlign === 'bottom' ? 'b' : 't',
      borders: ['top', 'right', 'bottom', 'left'].map((side) => {
        const widthPx = k.px(cs.getPropertyValue(`border-${side}-width`));
        const colour = k.cssColour(cs.getPropertyValue(`border-${side}-color`));
        const drawn = cs.getPropertyValue(`border-${side}-style`) !== 'none';
        return widthPx > 0 && colour && drawn ? { colour, widthPx } : undefined;
      }),
      colspan: cell.colSpan,
      rowspan: cell.rowSpan,
    };
  };
  return [
    {
      kind: 'table',
      box: k.boxOf(table.getBoundingClientRect(), origin),
      columnsPx: [...widest.cells].map((cell) => cell.getBoundingClientRect().width),
      header:
        rows[0]?.parentElement?.tagName.toUpperCase() === 'THEAD' ||
        [...(rows[0]?.cells ?? [])].every((cell) => cell.tagName.toUpperCase() === 'TH'),
      rows: rows.map((row) => ({
        heightPx: row.getBoundingClientRect().height,
        cells: [...row.cells].map(cellOf),
      })),
    },
    ...pictures,
  ];
}

/** The pictures read with the text they stand in (emoji) as items of their own, each after
 * its text, so it is drawn over the room that text keeps for it. A picture is drawn once:
 * one at the place and of the source of a picture already there is a second copy of it. */
export function withInlinePictures(items: SceneItem[]): SceneItem[] {
  const drawn = new Set<string>();
  return items
    .flatMap((item) => {
      if (item.kind !== 'text' || !('pictures' in item)) return [item];
      const { pictures, ...text } = item as typeof item & { pictures: PictureItem[] };
      return [text, ...pictures];
    })
    .filter((item) => {
      if (item.kind !== 'picture') return true;
      const key = `${[item.box.x, item.box.y, item.box.w, item.box.h].map(Math.round).join(',')} ${item.src}`;
      if (drawn.has(key)) return false;
      drawn.add(key);
      return true;
    });
}

export function readSlidesInPage(k: Kit): SceneSlide[] {
  return [...document.querySelectorAll('div.marpit > svg > foreignObject > section')].map((section) => {
    const r = section.getBoundingClientRect();
    const origin: Origin = { x: r.left, y: r.top, width: r.width };
    const cs = getComputedStyle(section);
    const box = { x: 0, y: 0, w: r.width, h: r.height };
    const image = cs.backgroundImage !== 'none' ? k.cssGradient(cs.backgroundImage, box) : undefined;
    const items: SceneItem[] = image
      ? [{ kind: 'shape', box, style: { fill: image, radiusPx: 0, ellipse: false } }]
      : [];
    const title = [...section.children].find((c) => /^H[1-6]$/.test(c.tagName.toUpperCase()));
    items.push(...k.pseudoItems(section, '::before', 0, origin, k));
    for (const [i, child] of [...section.children].entries())
      items.push(...k.visitElement(child, title, i, origin, k));
    items.push(...k.pseudoItems(section, '::after', 0, origin, k));
    return {
      background: k.cssColour(cs.backgroundColor) ?? { hex: 'FFFFFF', alpha: 1 },
      items: k.withInlinePictures(items),
    };
  });
}
