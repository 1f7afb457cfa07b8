// Test support: a planned recap's HTML deck as the build renders it (theme, presenter data),
// written to a temporary file and opened in a new tab, for tests that read what Chromium draws.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { loadTheme } from '../../src/assets/theme.js';
import { renderHtml } from '../../src/export/html.js';
import type { Deck } from '../../src/model/deck.js';
import { exportInfo } from '../../src/pipeline/export-info.js';

const project = join(import.meta.dirname, '..', '..');

/** The deck in a new tab, loaded; `file` is the HTML file it was written to. */
export async function openPlanned(
  browser: Browser,
  { deck, markdown }: { deck: Deck; markdown: string },
  name: string,
): Promise<{ page: Page; file: string }> {
  const theme = await loadTheme(join(project, 'themes', 'aws.css'));
  const file = join(mkdtempSync(join(tmpdir(), `recap-deck-${name}-`)), `${name}.html`);
  writeFileSync(file, await renderHtml(markdown, theme, exportInfo(deck).html));
  const page = await browser.newPage();
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, file };
}
