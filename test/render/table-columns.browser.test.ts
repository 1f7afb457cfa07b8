// A table split over several slides, as Chromium lays it out: every page keeps the column
// widths the planner chose, so the columns line up from slide to slide.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

describe('a split table', () => {
  it('has the planned column widths on every page (a worklog of lists in cells)', async () => {
    const recap = 'test/corpus/50-worklog-week1-no-frontmatter-table-emsp-bold-nested-bullets-vi.md';
    const { deck, markdown } = plan(readFileSync(join(project, recap), 'utf8'), recap);
    const theme = await loadTheme(join(project, 'themes', 'aws.css'));
    const file = join(mkdtempSync(join(tmpdir(), 'recap-deck-table-')), 'worklog.html');
    writeFileSync(file, await renderHtml(markdown, theme, exportInfo(deck).html));
    const planned = deck.slides
      .flatMap((slide) => slide.blocks)
      .flatMap((block) => (block.type === 'table' ? [block.data?.columns] : []));
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    const measured = await page.$$eval('section table', (tables) =>
      tables.map((table) => {
        const cells = [...table.querySelectorAll('tr:first-child > th')];
        const width = table.getBoundingClientRect().width;
        return cells.map((cell) => cell.getBoundingClientRect().width / width);
      }),
    );
    expect(planned.length).toBeGreaterThan(1);
    expect(measured).toHaveLength(planned.length);
    for (const [t, shares] of measured.entries()) {
      expect(shares).toHaveLength(planned[t]!.length);
      for (const [c, share] of shares.entries()) expect(share).toBeCloseTo(planned[t]![c]!, 2);
    }
  });
});
