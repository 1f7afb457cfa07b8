// Opens rendered slides in a browser tab that cannot reach the network: every request
// other than inline data is refused and remembered, so a leak shows up as an error.
import type { Browser, Page } from 'puppeteer-core';
import { SLIDE } from '../slides/metrics.js';

export interface SlideTab {
  page: Page;
  /** URLs the page tried to load from outside the document. */
  blocked: string[];
  close(): Promise<void>;
}

export async function openSlides(browser: Browser, html: string): Promise<SlideTab> {
  const page = await browser.newPage();
  const blocked: string[] = [];
  try {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith('data:') || url.startsWith('about:') || url.startsWith('blob:')) void request.continue();
      else {
        blocked.push(url);
        void request.abort('blockedbyclient');
      }
    });
    await page.setJavaScriptEnabled(false);
    // Density 0 keeps the browser's own (its launch sets the PPTX pictures' scale).
    await page.setViewport({ width: SLIDE.width, height: SLIDE.height, deviceScaleFactor: 0 });
    await page.setContent(html, { waitUntil: 'load' });
    // esbuild (tsx, vitest) wraps named functions in __name(); give evaluated code one.
    await page.evaluate('globalThis.__name = (target) => target');
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
  } catch (error) {
    await page.close().catch(() => undefined);
    throw error;
  }
  return { page, blocked, close: () => page.close() };
}

/** The first slide, small (480x270: sharp on high-density screens at the index's 320x180),
 * as a JPEG data URI for the index of decks. */
export async function titleThumbnail(page: Page): Promise<string | undefined> {
  if (!(await page.$('div.marpit > svg'))) return undefined;
  // The clip's scale multiplies the page's own density (the PPTX pictures').
  const density = Number(await page.evaluate('window.scrollTo(0, 0), window.devicePixelRatio'));
  const client = await page.createCDPSession();
  try {
    const shot = await client.send('Page.captureScreenshot', { format: 'jpeg', quality: 80, clip: { x: 0, y: 0, width: SLIDE.width, height: SLIDE.height, scale: 0.375 / density } });
    return `data:image/jpeg;base64,${shot.data}`;
  } finally {
    await client.detach().catch(() => undefined);
  }
}
