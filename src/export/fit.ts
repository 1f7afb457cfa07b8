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
    return [...document.querySelectorAll('div.marpit > svg > foreignObject > section')].map(
      (section, index) => {
        const box = section.getBoundingClientRect();
        let overflowPx = 0;
        let culprit: string | undefined;
        const note = (amount: number, element: Element) => {
          if (amount > overflowPx) {
            overflowPx = amount;
            const tag = element.tagName.toLowerCase();
            const text = (element.textContent ?? '').trim().slice(0, 60);
            culprit = `<${tag}> "${text}"`;
          }
        };
        for (const element of section.querySelectorAll('*')) {
          const style = getComputedStyle(element);
          if (style.display === 'none' || style.visibility === 'hidden') continue;
          const rect = element.getBoundingClientRect();
          if (rect.width === 0 && rect.height === 0) continue;
          note(
            Math.max(
              rect.bottom - box.bottom,
              rect.right - box.right,
              box.left - rect.left,
              box.top - rect.top,
            ),
            element,
          );
          // Content hidden inside a box of its own (a clipped table cell, a scrolled block).
          if (
            (style.overflowX !== 'visible' || style.overflowY !== 'visible') &&
            style.textOverflow !== 'ellipsis'
          ) {
            note(
              Math.max(
                element.scrollHeight - element.clientHeight,
                element.scrollWidth - element.clientWidth,
              ),
              element,
            );
          }
        }
        note(
          Math.max(section.scrollHeight - section.clientHeight, section.scrollWidth - section.clientWidth),
          section,
        );
        // Legibility: the font size of every piece of text, footer and page number aside.
        let bodyFontPx = Infinity;
        let anyFontPx = Infinity;
        const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
        for (let text = walker.nextNode(); text; text = walker.nextNode()) {
          const parent = text.parentElement;
          if (!parent || !text.textContent?.trim() || parent.closest('footer, header')) continue;
          const size = parseFloat(getComputedStyle(parent).fontSize);
          anyFontPx = Math.min(anyFontPx, size);
          if (
            parent.closest('p, li') &&
            !parent.closest(
              'table, pre, code, figure, .eyebrow, .kicker, .subtitle, .card, .avatar, .name, .role',
            )
          )
            bodyFontPx = Math.min(bodyFontPx, size);
        }
        // The span from the first block under the title to the last (centred bodies included).
        let top = Infinity;
        let bottom = -Infinity;
        for (const child of section.children) {
          if (
            child.tagName === 'H2' ||
            child.tagName === 'FOOTER' ||
            child.tagName === 'HEADER' ||
            getComputedStyle(child).position === 'absolute'
          )
            continue;
          const rect = child.getBoundingClientRect();
          top = Math.min(top, rect.top);
          bottom = Math.max(bottom, rect.bottom);
        }
        const bodyPx = bottom > top ? bottom - top : 0;
        const sizes = {
          bodyFontPx: Number.isFinite(bodyFontPx) ? bodyFontPx : 0,
          anyFontPx: Number.isFinite(anyFontPx) ? anyFontPx : 0,
          bodyPx: Math.round(bodyPx),
        };
        const fits = overflowPx <= tolerance;
        return fits
          ? { index, fits, overflowPx: 0, ...sizes }
          : { index, fits, overflowPx: Math.ceil(overflowPx), ...sizes, ...(culprit ? { culprit } : {}) };
      },
    );
  });
}
