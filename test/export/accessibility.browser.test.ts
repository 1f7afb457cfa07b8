// The HTML deck is readable for everyone: axe-core, run in Chromium on every slide of
// event-4 and of a few corpus decks, finds no serious or critical violation (contrast at
// WCAG AA, pictures with alt text, a language, titles).
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/export/browser.js';
import { buildDeck } from '../../src/pipeline/build.js';

const project = join(import.meta.dirname, '..', '..');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const decks = [
  ['event-4', join(project, 'recaps', 'event-4.md')],
  ['09', join(project, 'test', 'corpus', '09-community-day-data-driven-tables-vi.md')],
  ['12', join(project, 'test', 'corpus', '12-vietnam-cloud-day-livestream-en.md')],
  [
    '44',
    join(project, 'test', 'corpus', '44-cloud-mastery-1-genai-numbered-sections-nonstandard-folder-en.md'),
  ],
] as const;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('the HTML deck, checked with axe-core', () => {
  for (const [name, recapPath] of decks) {
    it(`${name}: no serious or critical violation on any slide`, async () => {
      const outDir = mkdtempSync(join(tmpdir(), 'recap-deck-axe-'));
      await buildDeck({
        name,
        recapPath,
        display: recapPath,
        outDir,
        formats: ['html'],
        themePath: join(project, 'themes', 'aws.css'),
        staticDir: join(project, 'static'),
        projectDir: project,
        browser: async () => browser,
      });
      const page = await browser.newPage();
      try {
        await page.setViewport({ width: 1280, height: 720 });
        await page.goto(`file://${join(outDir, `${name}.html`)}`, { waitUntil: 'load' });
        await page.addScriptTag({ content: axeSource });
        const slides = await page.evaluate(() => document.querySelectorAll('svg[data-marpit-svg]').length);
        const found: string[] = [];
        for (let i = 0; i < slides; i += 1) {
          // marp-cli's bespoke template shows one slide at a time: go to each and check it.
          await page.evaluate((n) => {
            location.hash = `#${n}`;
          }, i + 1);
          await new Promise((r) => setTimeout(r, 60));
          const violations = await page.evaluate(async () => {
            const axe = (
              window as unknown as {
                axe: {
                  run: (
                    context: unknown,
                    options: unknown,
                  ) => Promise<{
                    violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
                  }>;
                };
              }
            ).axe;
            const result = await axe.run(document, { resultTypes: ['violations'] });
            return result.violations
              .filter((v) => v.impact === 'serious' || v.impact === 'critical')
              .map(
                (v) =>
                  `${v.id}: ${v.nodes
                    .map((n) => n.target.join(' '))
                    .slice(0, 3)
                    .join(', ')}`,
              );
          });
          for (const v of violations) found.push(`slide ${i + 1} ${v}`);
        }
        expect([...new Set(found)]).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
