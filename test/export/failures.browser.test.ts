// When the browser is missing, hangs or dies mid-export, or the build itself is killed:
// a clear error in bounded time, the HTML still written, the previous deck intact, and
// no Chromium process or profile left behind. Two builds at once leave valid files.
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/export/browser.js';

const project = join(import.meta.dirname, '..', '..');

function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'recap-deck-fail-'));
  mkdirSync(join(dir, 'recaps'));
  copyFileSync(join(project, 'recaps', 'event-4.md'), join(join(dir, 'recaps'), 'talk.md'));
  const args = (...extra: string[]) => [
    'scripts/run.mjs',
    'deck',
    'talk',
    '--recaps',
    join(dir, 'recaps'),
    '--out',
    join(dir, 'decks'),
    ...extra,
  ];
  const run = (env: Record<string, string> = {}, ...extra: string[]) =>
    spawnSync(process.execPath, args(...extra), {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
  return { dir, args, run, out: (ext: string) => join(dir, 'decks', `talk.${ext}`) };
}

function script(dir: string, name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

/** Chromium processes using a profile of one of these builds (a profile's name carries its build's
 * pid), so builds that other programs on the machine run at the same time do not count. */
function strayChromium(...builds: (number | undefined)[]): string[] {
  const found = spawnSync('pgrep', ['-af', 'recap-deck-chrome-'], { encoding: 'utf8' }).stdout;
  return found
    .split('\n')
    .filter(
      (line) => line.includes('chrom') && builds.some((pid) => line.includes(`recap-deck-chrome-${pid}-`)),
    );
}

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('browser failures', () => {
  it('without a browser: one clear line, exit 1, the HTML written', () => {
    const w = workspace();
    const result = w.run({ CHROME_PATH: '/nonexistent/chrome' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /CHROME_PATH is set to \/nonexistent\/chrome, which does not exist\..*apt-get install chromium/,
    );
    expect(result.stderr).toMatch(/The HTML deck was written/);
    expect(existsSync(w.out('html'))).toBe(true);
    expect(existsSync(w.out('pdf'))).toBe(false);
  });

  it('with a browser that hangs: gives up within the timeout, nothing left running', () => {
    const w = workspace();
    const hang = script(w.dir, 'hang', 'exec sleep 600');
    const started = Date.now();
    const result = w.run({ CHROME_PATH: hang, RECAP_DECK_BROWSER_TIMEOUT: '2000' });
    expect(result.status).toBe(1);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(result.stderr).toMatch(/did not start/);
    expect(existsSync(w.out('html'))).toBe(true);
    expect(spawnSync('pgrep', ['-f', hang]).status).toBe(1);
  });

  it('with a browser killed mid-export: exit 1, the previous PDF and PPTX intact, no stray Chromium', async () => {
    const w = workspace();
    const first = w.run();
    expect(first.status).toBe(0);
    const before = { pdf: readFileSync(w.out('pdf')), pptx: readFileSync(w.out('pptx')) };
    // Chromium that is shot a moment after it starts.
    const killer = script(w.dir, 'killer', `( sleep 0.8; kill -9 $$ ) &\nexec "${findBrowser()}" "$@"`);
    const result = w.run({ CHROME_PATH: killer });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/the browser failed|Target closed|did not start/i);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(readFileSync(w.out('pdf')).equals(before.pdf)).toBe(true);
    expect(readFileSync(w.out('pptx')).equals(before.pptx)).toBe(true);
    await settle(2000);
    expect(strayChromium(first.pid, result.pid)).toEqual([]);
    expect(readdirSync(join(w.dir, 'decks')).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });
});

describe('interrupted and concurrent builds', () => {
  it('a build killed halfway leaves the previous deck as it was, and Chromium goes too', async () => {
    const w = workspace();
    expect(w.run().status).toBe(0);
    const before = Object.fromEntries(
      ['md', 'html', 'pdf', 'pptx', 'handout.pdf', 'deck.json'].map((ext) => [ext, readFileSync(w.out(ext))]),
    );
    const child = spawn(process.execPath, w.args(), { cwd: project, stdio: 'ignore' });
    const exited = new Promise((r) => child.once('exit', r));
    // Halfway: its Chromium is up, so it is measuring or exporting and has written nothing yet.
    while (strayChromium(child.pid).length === 0) {
      expect(child.exitCode, 'the build ended before its browser started').toBeNull();
      await settle(20);
    }
    await settle(400);
    expect(child.exitCode, 'the build ended before it could be killed').toBeNull();
    child.kill('SIGKILL');
    await exited;
    for (const [ext, bytes] of Object.entries(before))
      expect(readFileSync(w.out(ext)).equals(bytes), ext).toBe(true);
    expect(readdirSync(join(w.dir, 'decks')).filter((f) => f.includes('.tmp-'))).toEqual([]);
    await settle(5000);
    expect(strayChromium(child.pid)).toEqual([]);
  });

  it('Ctrl-C ends a build busy in the main thread within a second, and Chromium goes too', async () => {
    // A build whose browser is up while planning holds the main thread (issue 22, finding 6).
    const dir = mkdtempSync(join(tmpdir(), 'recap-deck-sigint-'));
    const busy = join(dir, 'busy.mts');
    writeFileSync(
      busy,
      [
        `import { launchBrowser } from ${JSON.stringify(join(project, 'src', 'export', 'browser.ts'))};`,
        'await launchBrowser();',
        "process.stdout.write('up\\n');",
        'const end = Date.now() + 20_000;',
        'while (Date.now() < end);',
        "process.stdout.write('finished\\n');",
      ].join('\n'),
    );
    const child = spawn(process.execPath, ['--import', 'tsx', busy], { cwd: project, stdio: 'pipe' });
    const exited = new Promise<number>((resolve) => child.once('exit', () => resolve(Date.now())));
    let output = '';
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('up')) resolve();
      }),
    );
    await settle(300);
    const sent = Date.now();
    child.kill('SIGINT');
    expect((await exited) - sent).toBeLessThan(1000);
    expect(output).not.toContain('finished');
    await settle(3000);
    expect(strayChromium(child.pid)).toEqual([]);
  }, 60_000);

  it('two builds of the same deck at once leave valid files', async () => {
    const w = workspace();
    const both = [0, 1].map(
      () =>
        new Promise<number | null>((resolve) => {
          const child = spawn(process.execPath, w.args(), { cwd: project, stdio: 'ignore' });
          child.once('exit', (code) => resolve(code));
        }),
    );
    expect(await Promise.all(both)).toEqual([0, 0]);
    await PDFDocument.load(readFileSync(w.out('pdf')));
    await PDFDocument.load(readFileSync(w.out('handout.pdf')));
    expect(Object.keys((await JSZip.loadAsync(readFileSync(w.out('pptx')))).files)).toContain(
      'ppt/presentation.xml',
    );
    expect(readFileSync(w.out('html'), 'utf8').trimEnd().endsWith('</html>')).toBe(true);
    const record = JSON.parse(readFileSync(w.out('deck.json'), 'utf8'));
    expect(record.files).toEqual(['html', 'pdf', 'handout', 'pptx']);
    expect(record.thumbnail).toMatch(/^data:image\/jpeg;base64,/);
  });
});
