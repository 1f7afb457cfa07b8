// Writes outputs atomically: a temporary file beside the target, then a rename, so an
// interrupted build leaves the previous good file in place, never a truncated one. A folder
// that cannot be written is an expected failure, said in one line.
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
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
};

export function temporaryPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
}

export async function writeAtomic(target: string, data: string | Uint8Array): Promise<number> {
  await mkdir(dirname(target), { recursive: true }).catch((error) => {
    throw outputError(target, error);
  });
  const temporary = temporaryPath(target);
  try {
    await writeFile(temporary, data);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw outputError(target, error);
  }
  return typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
}

/** A refusal of the file system as one line naming the output (`cannot write decks/x.html: …`). */
export function outputError(target: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === undefined || !(code in WHY)) return error;
  return new RecapError(`cannot write ${printable(target)}: ${WHY[code]} (${code})`, { cause: error });
}
