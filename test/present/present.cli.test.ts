// `npm run present`: serves the deck with live reload, rebuilds on save, reports a broken
// recap on the page and keeps running; a busy port moves to the next free one.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const project = join(import.meta.dirname, '..', '..');
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGTERM');
});

function waitFor(child: ChildProcess, pattern: RegExp, timeoutMs = 20_000): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => reject(new Error(`timed out waiting for ${pattern}; output:\n${seen}`)),
      timeoutMs,
    );
    const on = (chunk: Buffer) => {
      seen += chunk.toString();
      const match = seen.match(pattern);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    };
    child.stdout!.on('data', on);
    child.stderr!.on('data', on);
  });
}

async function events(url: string, count: number): Promise<string[]> {
  const response = await fetch(url);
  const reader = response.body!.getReader();
  const seen: string[] = [];
  let text = '';
  while (seen.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    text += new TextDecoder().decode(value);
    const blocks = text.split('\n\n');
    text = blocks.pop()!;
    for (const block of blocks) {
      const event = /^event: (\w+)\ndata: (.*)$/m.exec(block);
      if (event) seen.push(`${event[1]} ${event[2]}`);
    }
  }
  await reader.cancel();
  return seen;
}

describe('npm run present', () => {
  it('serves, reloads on save, shows a broken recap, and keeps running', async () => {
    const work = mkdtempSync(join(tmpdir(), 'recap-deck-present-'));
    mkdirSync(join(work, 'recaps'));
    const recap = join(work, 'recaps', 'talk.md');
    copyFileSync(join(project, 'recaps', 'event-4.md'), recap);
    // Hold the port it asks for, so it has to take the next one.
    const blocker = createServer().listen(0, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    const busy = (blocker.address() as { port: number }).port;
    const child = spawn(
      process.execPath,
      [
        'scripts/run.mjs',
        'present',
        'talk',
        '--recaps',
        join(work, 'recaps'),
        '--out',
        join(work, 'decks'),
        '--port',
        String(busy),
      ],
      { cwd: project },
    );
    children.push(child);
    const [, url] = (await waitFor(child, /at (http:\/\/127\.0\.0\.1:\d+\/)/)) as RegExpMatchArray &
      [string, string];
    expect(url).not.toContain(`:${busy}/`);
    blocker.close();

    const page = await (await fetch(url)).text();
    expect(page).toContain('bespoke-marp-note');
    expect(page).toContain("new EventSource('/__events')");
    expect(readFileSync(join(work, 'decks', 'talk.html'), 'utf8')).not.toContain('EventSource');

    const stream = events(`${url}__events`, 2);
    await new Promise((r) => setTimeout(r, 300));
    writeFileSync(
      recap,
      readFileSync(recap, 'utf8').replace('### Trải Nghiệm Cá Nhân', '### Trải Nghiệm Cá Nhân Mới'),
    );
    await waitFor(child, /built in/);
    writeFileSync(recap, '');
    const seen = await stream;
    expect(seen[0]).toBe('reload {}');
    expect(seen[1]).toMatch(/^failed .*talk\.md:1:1: the recap is empty/);
    expect(readFileSync(join(work, 'decks', 'talk.html'), 'utf8')).toContain('Trải Nghiệm Cá Nhân Mới');
    expect((await fetch(url)).status).toBe(200);
  }, 60_000);
});
