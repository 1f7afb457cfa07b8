// PPTX pictures: a browser drawing at the pictures' scale hands over its screencast
// frames, one per slide; any other browser gets screenshots. Both must be full-size
// pictures of the right slide, in order, and look alike.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jpeg from 'jpeg-js';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTheme } from '../../src/assets/theme.js';
import { launchBrowser } from '../../src/export/browser.js';
import { captureSlides } from '../../src/export/capture.js';
import { openSlides } from '../../src/export/page.js';
import { createRenderer, type SlidePage } from '../../src/render/slide-page.js';
import { plan } from '../helpers.js';

const project = join(import.meta.dirname, '..', '..');
const SCALE = 1.5;
let atScale: Browser;
let atOne: Browser;
let slidePage: SlidePage;
let count: number;

beforeAll(async () => {
  const { markdown, deck } = plan(
    readFileSync(join(project, 'recaps', 'event-4.md'), 'utf8'),
    'recaps/event-4.md',
  );
  const page = createRenderer()(
    markdown,
    await loadTheme(join(project, 'themes', 'aws.css')),
    deck.meta.lang,
  );
  slidePage = page;
  count = page.slides.length;
  [atScale, atOne] = await Promise.all([launchBrowser({ deviceScale: SCALE }), launchBrowser()]);
});
afterAll(async () => Promise.all([atScale?.close(), atOne?.close()]));

async function pictures(browser: Browser, fromFrames: number, cover = false): Promise<jpeg.UintArrRet[]> {
  const tab = await openSlides(browser, slidePage.html, slidePage.size);
  // A tab opened later goes in front of the slides, whose page then draws no frames.
  const other = cover ? await browser.newPage() : undefined;
  try {
    const taken = await captureSlides(tab, count, SCALE);
    expect(taken.fromFrames).toBe(fromFrames);
    return taken.pictures.map((data) => jpeg.decode(Buffer.from(data, 'base64'), { useTArray: true }));
  } finally {
    await Promise.all([tab.close(), other?.close()]);
  }
}

/** Mean absolute difference per colour channel, 0-255. */
function difference(a: jpeg.UintArrRet, b: jpeg.UintArrRet): number {
  let sum = 0;
  for (let i = 0; i < a.data.length; i += 4)
    sum +=
      Math.abs(a.data[i]! - b.data[i]!) +
      Math.abs(a.data[i + 1]! - b.data[i + 1]!) +
      Math.abs(a.data[i + 2]! - b.data[i + 2]!);
  return sum / ((a.data.length / 4) * 3);
}

describe('slide pictures for the PPTX', () => {
  it('are the same full-HD pictures of each slide, in order, whichever way they are taken', async () => {
    // All but the first (a screenshot: see capture.ts) are frames.
    const framed = await pictures(atScale, count - 1);
    const shot = await pictures(atOne, 0);
    expect(framed).toHaveLength(count);
    expect(shot).toHaveLength(count);
    for (const picture of [...framed, ...shot]) expect([picture.width, picture.height]).toEqual([1920, 1080]);
    framed.forEach((picture, i) => {
      const distances = shot.map((other) => difference(picture, other));
      // Each frame is closest to the screenshot of its own slide, and nearly identical to it:
      // the two are drawn at 1.5x in two ways, so glyph edges differ a little (up to about 3
      // on a slide full of text), while two different slides differ by 8 or more.
      expect(distances.indexOf(Math.min(...distances)), `slide ${i + 1}`).toBe(i);
      expect(distances[i], `slide ${i + 1}`).toBeLessThan(4);
    });
  }, 60_000);

  it('are still frames when another tab was opened in front of the slides', async () => {
    const framed = await pictures(atScale, count - 1, true);
    expect(framed).toHaveLength(count);
  }, 60_000);
});
