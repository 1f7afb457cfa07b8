// Writes outputs atomically: a temporary file beside the target, then a rename, so an
// interrupted build leaves the previous good file in place, never a truncated one. A folder
// that cannot be written is an expected failure, said in one line.
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { printable, RecapError } from '../errors.js';

/** What the file system's refusals mean for someone choosing an output folder. */
const WHY: Record<string, string> = {
  EEXIST: 'a file is in the way where a folder is needed',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'a folder is in the way',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENAMETOOLONG: 'the path is too long',
  ENOENT: 'a folder cannot be made there',
};

export function temporaryPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
}

export async function writeAtomic(target: string, data: string | Uint8Array): Promise<number> {
  await makeFolders(dirname(target)).catch((error) => {
    throw outputError(target, error);
  });
  const temporary = temporaryPath(target);
  try {
    await writeFile(temporary, data);
    await rename(temporary, target);
  } catch (error) {
    // (Removing it may fail the same way writing it did: the write's error is the one to say.)
    await rm(temporary, { force: true }).catch(() => undefined);
    throw outputError(target, error);
  }
  return typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
}

/** The folder and the missing ones above it, made one at a time: Node's recursive mkdir retries
 * for ever where a folder can never be made (under /proc), so a wrong --out would hang. */
async function makeFolders(folder: string): Promise<void> {
  const missing: string[] = [];
  let at = folder;
  let found = await stat(at).catch(() => undefined);
  while (!found && dirname(at) !== at) {
    missing.unshift(at);
    at = dirname(at);
    found = await stat(at).catch(() => undefined);
  }
  // A file where a folder is needed, or above one, said as the recursive mkdir says it.
  if (found && !found.isDirectory()) {
    const code = missing.length === 0 ? 'EEXIST' : 'ENOTDIR';
    throw Object.assign(new Error(`${code}: mkdir '${folder}'`), { code });
  }
  for (const dir of missing)
    await mkdir(dir).catch((error: NodeJS.ErrnoException) => {
      // (Another build may have made it meanwhile.)
      if (error.code !== 'EEXIST') throw error;
    });
}

/** A refusal of the file system as one line naming the output (`cannot write decks/x.html: …`). */
export function outputError(target: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === undefined || !(code in WHY)) return error;
  return new RecapError(`cannot write ${printable(target)}: ${WHY[code]} (${code})`, { cause: error });
}
