// The presenter view of the HTML deck, opened in Chromium at three window sizes: notes
// whole without scrolling, no blank lines between items, the timer and our time budget
// inside the window, and marp-cli's controls and clock in the deck's language.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTheme } from '../../src/assets/theme.js';
import { launchBrowser } from '../../src/export/browser.js';
import { renderHtml } from '../../src/export/html.js';
import { labelsFor } from '../../src/i18n/labels.js';
import { exportInfo } from '../../src/pipeline/export-info.js';
import { plan } from '../helpers.js';

const project = join(import.meta.dirname, '..', '..');
const out = mkdtempSync(join(tmpdir(), 'recap-deck-presenter-'));
let browser: Browser;

async function build(recap: string, name: string): Promise<string> {
  const { deck, markdown } = plan(readFileSync(join(project, recap), 'utf8'), recap);
  const theme = await loadTheme(join(project, 'themes', 'aws.css'));
  const file = join(out, `${name}.html`);
  writeFileSync(file, await renderHtml(markdown, theme, exportInfo(deck).html));
  return pathToFileURL(file).href;
}

async function presenter(url: string, width: number, height: number, slide: number): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  await page.goto(`${url}?view=presenter#${slide}`, { waitUntil: 'load' });
  await page.waitForSelector('.recap-budget span');
  return page;
}

const inside = (page: Page, selector: string) =>
  page.$eval(selector, (el) => {
    const box = el.getBoundingClientRect();
    return (
      box.width > 0 && box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.bottom <= innerHeight
    );
  });

let event4: string;
let english: string;

beforeAll(async () => {
  browser = await launchBrowser();
  event4 = await build('recaps/event-4.md', 'event-4');
  english = await build('test/corpus/33-devops-modern-operations-en.md', 'devops');
});
afterAll(async () => browser?.close());

describe('the presenter view', () => {
  it("shows slide 3's notes of event-4 whole, without scrolling, at 1280x720", async () => {
    const page = await presenter(event4, 1280, 720, 3);
    const note = await page.$eval('.bespoke-marp-note.active', (el) => ({
      index: el.getAttribute('data-index'),
      scroll: el.scrollHeight,
      height: el.clientHeight,
      text: el.textContent ?? '',
      gaps: [...el.querySelectorAll('p + p, li + li')].map(
        (p) => p.getBoundingClientRect().top - p.previousElementSibling!.getBoundingClientRect().bottom,
      ),
    }));
    expect(note.index).toBe('2');
    expect(note.scroll).toBeLessThanOrEqual(note.height);
    expect(note.text).toContain('Liên hệ trong bài');
    expect(note.text).toContain('Tiếp theo: Diễn Giả');
    // No blank line between items: a gap well under a line of text.
    for (const gap of note.gaps) expect(gap).toBeLessThan(14);
    await page.close();
  });

  for (const [width, height] of [
    [1280, 720],
    [1024, 768],
    [800, 600],
  ] as const) {
    it(`keeps the clock, the timer and the time budget inside the window at ${width}x${height}`, async () => {
      const page = await presenter(event4, width, height, 7);
      expect(await inside(page, '.bespoke-marp-presenter-info-time')).toBe(true);
      expect(await inside(page, '.bespoke-marp-presenter-info-timer')).toBe(true);
      expect(await inside(page, '.recap-budget span:first-child')).toBe(true);
      expect(await inside(page, '.recap-budget span:last-child')).toBe(true);
      expect(await inside(page, '.bespoke-marp-presenter-info-page')).toBe(true);
      await page.close();
    });
  }

  it('lets the last line of long notes scroll clear of the text-size buttons at 800x600', async () => {
    const page = await presenter(event4, 800, 600, 3);
    const { last, buttons } = await page.$eval('.bespoke-marp-note.active', (note) => {
      note.scrollTop = note.scrollHeight;
      const sizes = document.querySelector('.bespoke-marp-presenter-note-buttons')!;
      return {
        last: note.lastElementChild!.getBoundingClientRect().bottom,
        buttons: sizes.getBoundingClientRect().top,
      };
    });
    expect(last).toBeLessThanOrEqual(buttons);
    await page.close();
  });

  it('draws the arrows alone at 800x600, their labels kept for screen readers but not painted', async () => {
    const page = await presenter(event4, 800, 600, 2);
    const seen = await page.$$eval(
      '.bespoke-marp-presenter-info-page-prev, .bespoke-marp-presenter-info-page-next',
      (buttons) => buttons.map((b) => ({ label: b.textContent, color: getComputedStyle(b).color })),
    );
    expect(seen).toHaveLength(2);
    for (const { label, color } of seen) {
      expect(label).not.toBe('');
      expect(color).toBe('rgba(0, 0, 0, 0)');
    }
    await page.close();
  });

  it("sets the cover's chapter line aside at 800x600: smaller than what to say, not a line to read out", async () => {
    const page = await presenter(event4, 800, 600, 1);
    const sizes = await page.$eval('.bespoke-marp-note.active', (note) => {
      const size = (el: Element | null) => (el ? parseFloat(getComputedStyle(el).fontSize) : 0);
      return {
        say: size(note.querySelector('p.note-say:not(.note-aside)')),
        aside: size(note.querySelector('p.note-aside')),
      };
    });
    expect(sizes.aside).toBeGreaterThan(0);
    expect(sizes.aside).toBeLessThan(sizes.say);
    await page.close();
  });

  it("speaks the deck's language at 800x600: Vietnamese controls, disabled ones too, and a 24-hour clock", async () => {
    const controls = labelsFor('vi').presenter.controls;
    // (Slide 1: "previous" is disabled when the page loads, and still takes the deck's language.)
    const page = await presenter(event4, 800, 600, 1);
    const seen = await page.evaluate(() => ({
      osc: [...document.querySelectorAll('[data-bespoke-marp-osc]')].map((el) => (el as HTMLElement).title),
      prev: document.querySelector('.bespoke-marp-presenter-info-page-prev')?.getAttribute('title'),
      prevDisabled: (document.querySelector('.bespoke-marp-presenter-info-page-prev') as HTMLButtonElement)
        ?.disabled,
      bigger: document.querySelector('.bespoke-marp-presenter-note-bigger')?.getAttribute('title'),
      clock: document.querySelector('.bespoke-marp-presenter-info-time')?.textContent,
      title: document.title,
    }));
    expect(seen.osc).toEqual(
      expect.arrayContaining([controls.previousSlide, controls.nextSlide, controls.presenterView]),
    );
    expect(seen.prevDisabled).toBe(true);
    expect(seen.prev).toBe(controls.previous);
    expect(seen.bigger).toBe(controls.biggerNotes);
    expect(seen.clock).toMatch(/^\d{2}:\d{2}:\d{2}$/);
    expect(seen.title.startsWith(`[${controls.presenterTitle}]`)).toBe(true);
    await page.close();
  });

  it('keeps the controls in English, with a 12-hour clock, for an English deck', async () => {
    const page = await presenter(english, 1024, 768, 2);
    const seen = await page.evaluate(() => ({
      next: document.querySelector('[data-bespoke-marp-osc=next]')?.getAttribute('title'),
      clock: document.querySelector('.bespoke-marp-presenter-info-time')?.textContent,
    }));
    expect(seen.next).toBe('Next slide');
    expect(seen.clock).toMatch(/^\d{1,2}:\d{2}:\d{2}\s?[AP]M$/);
    await page.close();
  });
});

describe('the slide view', () => {
  it('counts pages in the deck’s language', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 720 });
    await page.goto(`${event4}#4`, { waitUntil: 'load' });
    const counter = await page.$eval('[data-bespoke-marp-osc=page]', (el) => el.textContent);
    expect(counter).toMatch(/^Trang 4 \/ \d+$/);
    await page.close();
  });
});
