// A table split over several slides, as Chromium lays it out: every page keeps the column
// widths the planner chose, so the columns line up from slide to slide.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/export/browser.js';
import { plan } from '../helpers.js';
import { openPlanned } from './planned-page.js';

const project = join(import.meta.dirname, '..', '..');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('a split table', () => {
  it('has the planned column widths on every page (a worklog of thirteen days)', async () => {
    const recap = 'test/corpus/93-worklog-week11-13-row-task-table-align-colons-en.md';
    const drawn = plan(readFileSync(join(project, recap), 'utf8'), recap);
    const { page } = await openPlanned(browser, drawn, 'worklog');
    const planned = drawn.deck.slides
      .flatMap((slide) => slide.blocks)
      .flatMap((block) => (block.type === 'table' ? [block.data?.columns] : []));
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
