// Measures, in the browser, whether every slide's content stays inside its 1280x720 box:
// no element past an edge, nothing scrolled or clipped inside a box of its own.
import type { Page } from 'puppeteer-core';

export interface SlideFit {
  index: number;
  fits: boolean;
  /** Pixels the content runs past the slide (bottom or right), 0 when it fits. */
  overflowPx: number;
  /** What overflowed, for messages: tag and the start of its text. */
  culprit?: string;
  /** Smallest font size of body text (paragraphs, list items) and of any text on the slide. */
  bodyFontPx: number;
  anyFontPx: number;
  /** Height the content under the title takes, margins included. */
  bodyPx: number;
}

export async function measureFit(page: Page): Promise<SlideFit[]> {
  return page.evaluate(() => {
    const tolerance = 1;
    // The page runs this function's source alone: its helpers live inside it.
    const scrolled = (element: Element) =>
      Math.max(element.scrollHeight - element.clientHeight, element.scrollWidth - element.clientWidth);
    /** How far an element's box runs past the slide's, on its worst side. */
    const pastEdges = (rect: DOMRect, box: DOMRect) =>
      Math.max(rect.bottom - box.bottom, rect.right - box.right, box.left - rect.left, box.top - rect.top);
    /** A box of its own that may hide content (a clipped table cell, a scrolled block). */
    const clips = (style: CSSStyleDeclaration) =>
      (style.overflowX !== 'visible' || style.overflowY !== 'visible') && style.textOverflow !== 'ellipsis';
    const hidden = (style: CSSStyleDeclaration) => style.display === 'none' || style.visibility === 'hidden';

    type Overrun = { amount: number; element?: Element };
    /** How far an element runs over: past the slide, and inside a box of its own. */
    const overrunsOf = (element: Element, box: DOMRect): Overrun[] => {
      const style = getComputedStyle(element);
      if (hidden(style)) return [];
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) return [];
      const past = { amount: pastEdges(rect, box), element };
      return clips(style) ? [past, { amount: scrolled(element), element }] : [past];
    };
    /** The worst overflow on the slide (the first of equals), and what ran over. */
    const overflowOf = (section: Element) => {
      const box = section.getBoundingClientRect();
      const found = [...section.querySelectorAll('*')].flatMap((element) => overrunsOf(element, box));
      found.push({ amount: scrolled(section), element: section });
      const worst = found.reduce<Overrun>((a, b) => (b.amount > a.amount ? b : a), { amount: 0 });
      const tag = worst.element?.tagName.toLowerCase();
      const text = (worst.element?.textContent ?? '').trim().slice(0, 60);
      return { overflowPx: worst.amount, culprit: worst.element ? `<${tag}> "${text}"` : undefined };
    };

    /** Body text: paragraphs and list items, not tables, code, cards or captions. */
    const isBody = (parent: Element) =>
      parent.closest('p, li') !== null &&
      !parent.closest('table, pre, code, figure, .eyebrow, .kicker, .subtitle, .card, .avatar, .name, .role');
    /** Legibility: the font size of every piece of text, footer and page number aside. */
    const fontSizesOf = (section: Element) => {
      let bodyFontPx = Infinity;
      let anyFontPx = Infinity;
      const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        const parent = text.parentElement;
        if (!parent || !text.textContent?.trim() || parent.closest('footer, header')) continue;
        const size = parseFloat(getComputedStyle(parent).fontSize);
        anyFontPx = Math.min(anyFontPx, size);
        if (isBody(parent)) bodyFontPx = Math.min(bodyFontPx, size);
      }
      return { bodyFontPx, anyFontPx };
    };

    const isBodyBlock = (child: Element) =>
      !['H2', 'FOOTER', 'HEADER'].includes(child.tagName) && getComputedStyle(child).position !== 'absolute';
    /** The span from the first block under the title to the last (centred bodies included). */
    const bodyHeightOf = (section: Element) => {
      let top = Infinity;
      let bottom = -Infinity;
      for (const child of section.children) {
        if (!isBodyBlock(child)) continue;
        const rect = child.getBoundingClientRect();
        top = Math.min(top, rect.top);
        bottom = Math.max(bottom, rect.bottom);
      }
      return bottom > top ? bottom - top : 0;
    };

    const finite = (px: number) => (Number.isFinite(px) ? px : 0);
    return [...document.querySelectorAll('div.marpit > svg > foreignObject > section')].map(
      (section, index) => {
        const { overflowPx, culprit } = overflowOf(section);
        const { bodyFontPx, anyFontPx } = fontSizesOf(section);
        const sizes = {
          bodyFontPx: finite(bodyFontPx),
          anyFontPx: finite(anyFontPx),
          bodyPx: Math.round(bodyHeightOf(section)),
        };
        const fits = overflowPx <= tolerance;
        return fits
          ? { index, fits, overflowPx: 0, ...sizes }
          : { index, fits, overflowPx: Math.ceil(overflowPx), ...sizes, ...(culprit ? { culprit } : {}) };
      },
    );
  });
}
