// A local picture is read within bounds (issue 22, left: picture reads): at most 10 MB whatever
// the file claims, and a read that hangs (a network mount gone away) is given up after a
// deadline, so the build goes on with a warning instead of waiting forever.
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PICTURE_LIMIT_BYTES, readPicture } from '../../src/assets/picture-file.js';

/** The smallest PNG a browser shows: one transparent pixel. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'recap-deck-picture-'));
  writeFileSync(join(dir, 'a.png'), PNG);
  return dir;
}

describe('reading a picture', () => {
  it('reads a picture in its folder', async () => {
    const dir = folder();
    expect(await readPicture('a.png', join(dir, 'a.png'), [dir])).toMatchObject({
      ok: true,
      mime: 'image/png',
    });
  });

  it('gives up a read that hangs, with a reason, once its deadline has passed', async () => {
    const dir = folder();
    const started = performance.now();
    const hung = () => new Promise<Buffer>(() => undefined);
    const read = await readPicture('a.png', join(dir, 'a.png'), [dir], { timeoutMs: 200, readBytes: hung });
    expect(read).toEqual({ ok: false, reason: 'image a.png took longer than 0.2 s to read; not embedded' });
    expect(performance.now() - started).toBeLessThan(2_000);
  }, 5_000);

  it('reads no more than the limit of a file past it', async () => {
    const dir = folder();
    truncateSync(join(dir, 'a.png'), PICTURE_LIMIT_BYTES + 1);
    expect(await readPicture('a.png', join(dir, 'a.png'), [dir])).toEqual({
      ok: false,
      reason: 'image a.png is larger than 10 MB; not embedded',
    });
  });
});
