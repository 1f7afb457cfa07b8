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
}

export async function measureFit(page: Page): Promise<SlideFit[]> {
  return page.evaluate(() => {
    const tolerance = 1;
    return [...document.querySelectorAll('div.marpit > svg > foreignObject > section')].map((section, index) => {
      const box = section.getBoundingClientRect();
      let overflowPx = 0;
      let culprit: string | undefined;
      const note = (amount: number, element: Element) => {
        if (amount > overflowPx) {
          overflowPx = amount;
          culprit = `<${element.tagName.toLowerCase()}> "${(element.textContent ?? '').trim().slice(0, 60)}"`;
        }
      };
      for (const element of section.querySelectorAll('*')) {
        const style = getComputedStyle(element);
        if (style.display === 'none' || style.visibility === 'hidden') continue;
        const rect = element.getBoundingClientRect();
        if (rect.width === 0 && rect.height === 0) continue;
        note(Math.max(rect.bottom - box.bottom, rect.right - box.right, box.left - rect.left, box.top - rect.top), element);
        // Content hidden inside a box of its own (a clipped table cell, a scrolled block).
        if ((style.overflowX !== 'visible' || style.overflowY !== 'visible') && style.textOverflow !== 'ellipsis') {
          note(Math.max(element.scrollHeight - element.clientHeight, element.scrollWidth - element.clientWidth), element);
        }
      }
      note(Math.max(section.scrollHeight - section.clientHeight, section.scrollWidth - section.clientWidth), section);
      const fits = overflowPx <= tolerance;
      return fits ? { index, fits, overflowPx: 0 } : { index, fits, overflowPx: Math.ceil(overflowPx), ...(culprit ? { culprit } : {}) };
    });
  });
}
