// Hostile HTML and Markdown in a recap: the HTML deck, opened in a real browser and
// clicked through, runs none of it and requests nothing from the network.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { closeBrowser, launchBrowser } from '../../src/export/browser.js';

const project = join(import.meta.dirname, '..', '..');

describe('a hostile recap', () => {
  it('builds, warns, and its deck runs nothing and loads nothing', async () => {
    const work = mkdtempSync(join(tmpdir(), 'recap-deck-hostile-'));
    mkdirSync(join(work, 'recaps'));
    copyFileSync(join(project, 'test', 'fixtures-hostile', 'hostile.md'), join(work, 'recaps', 'hostile.md'));
    const run = spawnSync(
      process.execPath,
      [
        'scripts/run.mjs',
        'deck',
        'hostile',
        '--recaps',
        join(work, 'recaps'),
        '--out',
        join(work, 'decks'),
        '--format',
        'html,pdf',
      ],
      { cwd: project, encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/<script> in the recap is not allowed on a slide; dropped/);
    expect(run.stdout).toMatch(/unsafe link URL dropped/);
    const html = readFileSync(join(work, 'decks', 'hostile.html'), 'utf8');
    expect(html).not.toMatch(/evil\.example/);
    // Recap text may mention alert(), escaped; no element of the recap's may carry it.
    expect(html).not.toMatch(/<script[^>]*>[^<]*alert\(/i);

    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const requests: string[] = [];
      const dialogs: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const url = pathToFileURL(join(work, 'decks', 'hostile.html')).href;
      await page.goto(url, { waitUntil: 'networkidle0' });
      // Walk every slide, hover and click everything on it.
      const count = await page.$$eval('section[id]', (s) => s.length);
      for (let i = 0; i < count; i += 1) {
        await page.keyboard.press('ArrowRight');
        for (const element of await page.$$('section *')) await element.hover().catch(() => undefined);
      }
      await page.$$eval('section a, section img, section div', (elements) =>
        elements.forEach((e) => {
          (e as HTMLElement).click();
        }),
      );
      await new Promise((r) => setTimeout(r, 300));
      expect(dialogs).toEqual([]);
      expect(requests.filter((u) => u !== url && !u.startsWith('data:') && !u.startsWith(`${url}#`))).toEqual(
        [],
      );
      const found = await page.evaluate(() => ({
        handlers: [...document.querySelectorAll('section *')]
          .flatMap((e) => [...e.attributes].map((a) => a.name))
          .filter((n) => n.startsWith('on')),
        frames: document.querySelectorAll('iframe, object, embed, frame').length,
        badLinks: [...document.querySelectorAll('a[href]')]
          .map((a) => a.getAttribute('href')!)
          .filter((h) => !/^(https?:|mailto:|#)/.test(h)),
        inlineStyles: [...document.querySelectorAll('section [style]')].map((e) => e.getAttribute('style')),
      }));
      expect(found.handlers).toEqual([]);
      expect(found.frames).toBe(0);
      expect(found.badLinks).toEqual([]);
      expect(found.inlineStyles.filter((s) => s && /url\(/.test(s))).toEqual([]);
    } finally {
      await closeBrowser(browser);
    }
  });
});
