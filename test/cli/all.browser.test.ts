// `npm run deck -- --all`: one browser for the whole run, every deck built, and an index
// page that works from disk, ordered by weight then date, and made again alike by --index-only.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jpeg from 'jpeg-js';
import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/export/browser.js';

const project = join(import.meta.dirname, '..', '..');

describe('deck --all', () => {
  it('builds every recap with one browser launch and writes a working index', () => {
    const work = mkdtempSync(join(tmpdir(), 'recap-deck-all-'));
    const recaps = join(work, 'recaps');
    const out = join(work, 'decks');
    spawnSync('mkdir', ['-p', recaps]);
    for (const file of [
      '21-study-group-sharing-short-table-vi.md',
      '23-events-index-notice-links-en.md',
      '29-workshop-start-notice-very-short-mixed.md',
    ]) {
      copyFileSync(join(project, 'test', 'corpus', file), join(recaps, file));
    }
    // A browser that writes a line each time it is started.
    const log = join(work, 'launches.log');
    const wrapper = join(work, 'chrome');
    writeFileSync(wrapper, `#!/bin/sh\necho launch >> "${log}"\nexec "${findBrowser()}" "$@"\n`);
    chmodSync(wrapper, 0o755);
    const run = spawnSync(
      process.execPath,
      ['scripts/run.mjs', 'deck', '--all', '--recaps', recaps, '--out', out],
      { cwd: project, encoding: 'utf8', env: { ...process.env, CHROME_PATH: wrapper } },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(log, 'utf8').trim().split('\n')).toEqual(['launch']);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(run.stdout).toContain('index.html: 3 decks listed');
    const hrefs = [...index.matchAll(/href="([^"]+)"/g)].map((m) => decodeURI(m[1]!));
    expect(hrefs.length).toBe(15); // per deck: the picture and four files
    for (const href of hrefs) expect(existsSync(join(out, href)), href).toBe(true);
    // weight 1 (2026-05-09 before the undated one), then weight 4
    const order = [...index.matchAll(/<h2>([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(order).toEqual([
      'AWS Study Group Technical Sharing',
      'Bắt đầu workshop',
      'AWS Events Participated During Internship',
    ]);
    // Each deck's title slide as a small picture, sharp at twice the index's 320x180.
    const thumbnails = [...index.matchAll(/<img src="data:image\/jpeg;base64,([^"]+)"/g)].map((m) =>
      jpeg.decode(Buffer.from(m[1]!, 'base64')),
    );
    expect(thumbnails.map((t) => [t.width, t.height])).toEqual([
      [480, 270],
      [480, 270],
      [480, 270],
    ]);
    // Written again from the folder alone (the records beside the decks), it is the same page.
    const again = spawnSync(process.execPath, ['scripts/run.mjs', 'deck', '--index-only', '--out', out], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, CHROME_PATH: wrapper },
    });
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain('index.html: 3 decks listed');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(index);
    expect(readFileSync(log, 'utf8').trim().split('\n'), 'the index needs no browser').toEqual(['launch']);
  });
});
