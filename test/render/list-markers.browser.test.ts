// List markers as Chromium draws them: an item that is only a quote carries no bullet of its
// own beside the quote's bar, while its sibling items keep theirs.
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/export/browser.js';
import { plan } from '../helpers.js';
import { openPlanned } from './planned-page.js';

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
    const { page } = await openPlanned(browser, plan(recap), 'markers');
    const markers = await page.$$eval('section.content li li', (items) =>
      items.map((li) => getComputedStyle(li, '::before').content),
    );
    expect(markers).toEqual(['none', '""']);
    await page.close();
  });
});
