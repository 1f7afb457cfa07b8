// An action plan or an agenda split over two slides, as Chromium draws it: the second slide's
// markers go on counting where the first slide's stopped, and each step's words, bold and code
// stay one box of text beside its number.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
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

describe('numbered steps', () => {
  it('go on counting on the slide that continues a plan', async () => {
    const step = (n: number) =>
      `${n}. **Step ${n}:** clone the samples repository, adapt the notebooks to your own documents, ` +
      'deploy the agent behind an API with `cdk deploy` and measure what it answers against known questions.';
    const recap = `# Plan\n\n## Action plan\n\n${[1, 2, 3, 4, 5, 6].map(step).join('\n')}\n`;
    const planned = plan(recap);
    const { deck } = planned;
    const steps = deck.slides.filter((s) => s.layout === 'steps');
    expect(steps.length).toBeGreaterThan(1);
    const { page, file } = await openPlanned(browser, planned, 'plan');
    await page.emulateMediaType('print');
    // The markers are generated content: read the numbers Chromium draws, from its PDF.
    const pdf = join(file, '..', 'plan.pdf');
    await page.pdf({ path: pdf, width: '1280px', height: '720px', printBackground: true });
    const marks = (slide: number) =>
      execFileSync('pdftotext', ['-f', `${slide}`, '-l', `${slide}`, '-layout', pdf, '-'], {
        encoding: 'utf8',
      })
        .split('\n')
        .flatMap((line) => /^\s*(\d)\s/.exec(line)?.[1] ?? []);
    const first = deck.slides.indexOf(steps[0]!) + 1;
    const drawn = [marks(first), marks(first + 1)];
    expect(drawn.flat()).toEqual(['1', '2', '3', '4', '5', '6'].slice(0, drawn.flat().length));
    expect(drawn[1]![0]).not.toBe('1');
    // One paragraph per step: inline pieces of the flex box would otherwise stand as columns.
    const shapes = await page.$$eval('section.steps > ol > li', (items) =>
      items.map((li) => [...li.children].map((child) => child.tagName).join(',')),
    );
    expect(new Set(shapes)).toEqual(new Set(['P']));
  });

  it('go on counting on the slide that continues an agenda', async () => {
    const parts = Array.from({ length: 26 }, (_, i) => `## Part ${i + 1} of the day\n\nWhat happened in it.`);
    const planned = plan(`# Day\n\n${parts.join('\n\n')}\n`);
    const agenda = planned.deck.slides.filter((s) => s.layout === 'agenda');
    expect(agenda.length).toBe(2);
    const { page, file } = await openPlanned(browser, planned, 'agenda');
    await page.emulateMediaType('print');
    const pdf = join(file, '..', 'agenda.pdf');
    await page.pdf({ path: pdf, width: '1280px', height: '720px', printBackground: true });
    const second = planned.deck.slides.indexOf(agenda[1]!) + 1;
    const text = execFileSync('pdftotext', ['-f', `${second}`, '-l', `${second}`, pdf, '-'], {
      encoding: 'utf8',
    });
    const numbers = [...text.matchAll(/^(\d\d)\s*$/gm)].map((m) => Number(m[1])).sort((a, b) => a - b);
    const firstCount = (agenda[0]!.blocks[0] as { children: unknown[] }).children.length;
    // The markers the second slide draws are the items after the first slide's, not 01 again.
    expect(numbers[0]).toBe(firstCount + 1);
    expect(numbers).not.toContain(1);
  });
});
