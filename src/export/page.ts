// Opens rendered slides in a browser tab that cannot reach the network: every request
// other than inline data is refused and remembered, so a leak shows up as an error.
import type { Browser, Page } from 'puppeteer-core';
import type { SlideSize } from '../render/slide-page.js';

export interface SlideTab {
  page: Page;
  /** The slide size the viewport was set to. */
  size: SlideSize;
  /** URLs the page tried to load from outside the document. */
  blocked: string[];
  close(): Promise<void>;
}

export async function openSlides(browser: Browser, html: string, size: SlideSize): Promise<SlideTab> {
  const page = await browser.newPage();
  const blocked: string[] = [];
  try {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith('data:') || url.startsWith('about:') || url.startsWith('blob:'))
        void request.continue();
      else {
        blocked.push(url);
        void request.abort('blockedbyclient');
      }
    });
    await page.setJavaScriptEnabled(false);
    // Density 0 keeps the browser's own (its launch sets the PPTX pictures' scale).
    await page.setViewport({ ...size, deviceScaleFactor: 0 });
    await page.setContent(html, { waitUntil: 'load' });
    // esbuild (tsx, vitest) wraps named functions in __name(); give evaluated code one.
    await page.evaluate('globalThis.__name = (target) => target');
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
  } catch (error) {
    await page.close().catch(() => undefined);
    throw error;
  }
  return { page, size, blocked, close: () => page.close() };
}
