// Marp for VS Code previews decks/<name>.md with the theme file as it is (.vscode/settings.json
// names it). The theme's fonts load there from node_modules, so every line breaks where it
// breaks in the built deck, whose fonts are embedded; without them the preview would differ.
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { Marp } from '@marp-team/marp-core';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTheme } from '../../src/assets/theme.js';
import { closeBrowser, launchBrowser } from '../../src/export/browser.js';
import { plan } from '../helpers.js';

const project = join(import.meta.dirname, '..', '..');
const settings = JSON.parse(readFileSync(join(project, '.vscode', 'settings.json'), 'utf8')) as {
  'markdown.marp.themes': string[];
};

/** The page Marp for VS Code shows: its marp-core options, the theme's CSS in a <style> in the
 * body, and a <base> at the Markdown file, against which relative URLs resolve. */
function previewPage(markdown: string, themeCss: string, base: string): string {
  const marp = new Marp({
    container: { tag: 'div', id: '__marp-vscode' },
    slideContainer: { tag: 'div', 'data-marp-vscode-slide-wrapper': '' },
    inlineSVG: { backdropSelector: false },
    math: false,
    minifyCSS: false,
    script: false,
  });
  marp.themeSet.add(themeCss);
  const { html, css } = marp.render(markdown);
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><base href="${base}"></head><body><style id="__marp-vscode-style">${css}</style>${html}</body></html>`;
}

let root: string;
let server: Server;
let origin: string;
let browser: Browser;
const requested: string[] = [];

beforeAll(async () => {
  // A project as the user has it: decks/ and node_modules/ side by side.
  root = mkdtempSync(join(tmpdir(), 'recap-deck-vscode-'));
  mkdirSync(join(root, 'decks'));
  symlinkSync(join(project, 'node_modules'), join(root, 'node_modules'));
  server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url!, 'http://x').pathname));
    requested.push(path);
    readFile(join(root, path)).then(
      (data) => response.writeHead(200).end(data),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
});
afterAll(async () => {
  await closeBrowser(browser);
  server.close();
});

/** Where each element of each slide sits, once every font the page asked for has loaded. */
async function layout(file: string, html: string): Promise<number[][]> {
  writeFileSync(join(root, 'decks', file), html);
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1280, height: 720 });
    await page.goto(`${origin}/decks/${file}`, { waitUntil: 'networkidle0' });
    await page.evaluate('globalThis.__name = (target) => target');
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return await page.evaluate(() =>
      [...document.querySelectorAll('section')].flatMap((section) => {
        const origin = section.getBoundingClientRect();
        return [...section.querySelectorAll('*')].map((element) => {
          const box = element.getBoundingClientRect();
          return [box.left - origin.left, box.top - origin.top, box.width, box.height].map(Math.round);
        });
      }),
    );
  } finally {
    await page.close();
  }
}

describe('Marp for VS Code with the workspace settings', () => {
  it('lays out decks/<name>.md exactly as the build, with the fonts from node_modules', async () => {
    const [themeFile] = settings['markdown.marp.themes'];
    const raw = readFileSync(join(project, themeFile!), 'utf8');
    const embedded = await loadTheme(join(project, themeFile!));
    const base = `${origin}/decks/event-4.md`;
    const cases = [
      join(project, 'recaps', 'event-4.md'),
      join(project, 'test', 'corpus', '33-devops-modern-operations-en.md'),
    ];
    for (const recap of cases) {
      const { markdown } = plan(readFileSync(recap, 'utf8'), recap);
      requested.length = 0;
      const preview = await layout('preview.html', previewPage(markdown, raw, base));
      const fonts = requested.filter((path) => path.endsWith('.woff2'));
      expect(
        fonts.some((path) => path.startsWith('/node_modules/@fontsource/be-vietnam-pro/')),
        recap,
      ).toBe(true);
      requested.length = 0;
      const built = await layout('built.html', previewPage(markdown, embedded, base));
      expect(requested, 'the built theme asks for no file').toEqual(['/decks/built.html']);
      expect(preview.length).toBeGreaterThan(50);
      expect(preview, recap).toEqual(built);
      // Without its fonts the preview would set the deck in another face: the check can fail.
      const unfonted = raw.replace(/@import url\([^)]*\);/g, '');
      expect(await layout('unfonted.html', previewPage(markdown, unfonted, base))).not.toEqual(built);
    }
  });
});
