// An output folder that cannot be written is one line naming the file and the reason, never a
// stack (issue 22, finding 10); a write that works replaces the file whole.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecapError } from '../../src/errors.js';
import { outputError, writeAtomic } from '../../src/export/write.js';

const folder = () => mkdtempSync(join(tmpdir(), 'recap-deck-write-'));

async function refusal(target: string): Promise<string> {
  const error = await writeAtomic(target, 'deck').then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RecapError);
  return (error as RecapError).format();
}

describe('writeAtomic', () => {
  it('writes the file whole', async () => {
    const dir = folder();
    await writeAtomic(join(dir, 'out', 'x.html'), 'deck');
    expect(readFileSync(join(dir, 'out', 'x.html'), 'utf8')).toBe('deck');
  });

  it('says in one line why the output folder cannot take the file', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'file'), 'not a folder');
    mkdirSync(join(dir, 'x.html'));
    expect(await refusal(join(dir, 'file', 'x.html'))).toBe(
      `cannot write ${join(dir, 'file', 'x.html')}: a file is in the way where a folder is needed (EEXIST)`,
    );
    expect(await refusal(join(dir, 'file', 'sub', 'x.html'))).toMatch(
      /: a part of the path is a file.* \(ENOTDIR\)$/,
    );
    expect(await refusal(join(dir, 'x.html'))).toMatch(/x\.html: a folder is in the way \(EISDIR\)$/);
  });

  // Node's recursive mkdir retries for ever under /proc, where no folder can be made.
  it.skipIf(!existsSync('/proc/self'))('gives up at once where no folder can be made', async () => {
    expect(await refusal('/proc/recap-deck/decks/x.html')).toMatch(
      /: a folder cannot be made there \(ENOENT\)$/,
    );
  });

  it.skipIf(process.getuid?.() === 0)('says so when the folder is read-only', async () => {
    const dir = folder();
    chmodSync(dir, 0o500);
    expect(await refusal(join(dir, 'x.html'))).toMatch(/: permission denied \(EACCES\)$/);
  });

  it('turns a refusal by code into one line, and leaves other errors as they are', () => {
    const denied = Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES' });
    expect((outputError('decks/x.pdf', denied) as RecapError).format()).toBe(
      'cannot write decks/x.pdf: permission denied (EACCES)',
    );
    const bug = new TypeError('not a file system error');
    expect(outputError('decks/x.pdf', bug)).toBe(bug);
  });
});
