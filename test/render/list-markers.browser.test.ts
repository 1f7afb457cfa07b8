// List markers as Chromium draws them: an item that is only a quote carries no bullet of its
// own beside the quote's bar, while its sibling items keep theirs.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTheme } from '../../src/assets/theme.js';
import { launchBrowser } from '../../src/export/browser.js';
import { renderHtml } from '../../src/export/html.js';
import { exportInfo } from '../../src/pipeline/export-info.js';
import { plan } from '../helpers.js';

const project = join(import.meta.dirname, '..', '..');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('list markers', () => {
  it('leave an item that is only a quote without a bullet, and its siblings with theirs', async () => {
    const recap = [
      '# Summit',
      '',
      '## Talks',
      '',
      '- Two quotes I took with me:',
      '  - > Redshift is not a typical database: it is a data warehouse with an SQL interface.',
      '  - A plain point beside it',
      '',
    ].join('\n');
    const { deck, markdown } = plan(recap);
    const theme = await loadTheme(join(project, 'themes', 'aws.css'));
    const file = join(mkdtempSync(join(tmpdir(), 'recap-deck-markers-')), 'deck.html');
    writeFileSync(file, await renderHtml(markdown, theme, exportInfo(deck).html));
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    const markers = await page.$$eval('section.content li li', (items) =>
      items.map((li) => getComputedStyle(li, '::before').content),
    );
    expect(markers).toEqual(['none', '""']);
    await page.close();
  });
});
