// Every real recap in test/corpus builds, and every slide of it fits when measured in
// Chromium (one browser for the whole run).
import { readdirSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/export/browser.js';
import { buildDeck } from '../../src/pipeline/build.js';

const project = join(import.meta.dirname, '..', '..');
const corpus = join(project, 'test', 'corpus');
const files = readdirSync(corpus).filter((f) => f.endsWith('.md') && f !== 'README.md');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('real recaps fit when measured', () => {
  for (const file of files) {
    it(file, async () => {
      const report = await buildDeck({
        name: file.replace(/\.md$/, ''),
        recapPath: join(corpus, file),
        display: `test/corpus/${file}`,
        outDir: mkdtempSync(join(tmpdir(), 'recap-deck-corpus-')),
        formats: ['html', 'pdf', 'pptx'],
        themePath: join(project, 'themes', 'aws.css'),
        staticDir: join(project, 'static'),
        projectDir: project,
        checkOnly: true,
        browser: async () => browser,
      });
      expect(report.fits).toHaveLength(report.deck.slides.length);
      const over = report
        .fits!.filter((f) => !f.fits)
        .map(
          (f) =>
            `slide ${f.index + 1} "${report.deck.slides[f.index]!.title}" +${f.overflowPx}px ${f.culprit ?? ''}`,
        );
      expect(over).toEqual([]);
      // Split rather than shrink: body text stays at 24 px or more, everything else at 20 px or more.
      for (const fit of report.fits!) {
        if (fit.bodyFontPx > 0)
          expect(fit.bodyFontPx, `slide ${fit.index + 1} body text`).toBeGreaterThanOrEqual(24);
        if (fit.anyFontPx > 0)
          expect(fit.anyFontPx, `slide ${fit.index + 1} smallest text`).toBeGreaterThanOrEqual(20);
      }
    });
  }
});
