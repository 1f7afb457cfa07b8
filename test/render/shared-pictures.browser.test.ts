// The HTML deck that embeds a shared picture once shows it on every slide, in the deck and in
// the presenter's views, as Chromium opens the file from disk (issue 22, finding 7).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeBrowser, launchBrowser } from '../../src/export/browser.js';
import { picturesDeckHtml } from './pictures-deck.js';

const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
// Padded with zero bytes past the length worth sharing; the decoder stops at the PNG's end.
const bytes = Buffer.concat([Buffer.from(PNG, 'base64'), Buffer.alloc(400)]);
const PICTURE = `data:image/png;base64,${bytes.toString('base64')}`;

describe('a shared picture in the HTML deck', () => {
  it('is shown by every <img> that uses it', async () => {
    const html = await picturesDeckHtml(6, PICTURE);
    expect(html.split(PICTURE).length - 1).toBe(1);
    const file = join(mkdtempSync(join(tmpdir(), 'recap-deck-pictures-')), 'x.html');
    writeFileSync(file, html);
    const browser = await launchBrowser();
    try {
      for (const view of ['', '?view=presenter', '?view=next']) {
        const page = await browser.newPage();
        await page.goto(`file://${file}${view}`, { waitUntil: 'load' });
        const shown = await page.$$eval('section img', (imgs) =>
          imgs.map((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0),
        );
        expect(shown, view).toEqual(Array(6).fill(true));
        await page.close();
      }
    } finally {
      await closeBrowser(browser);
    }
  });
});
