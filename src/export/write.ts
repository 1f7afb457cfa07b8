// Writes outputs atomically: a temporary file beside the target, then a rename, so an
// interrupted build leaves the previous good file in place, never a truncated one.
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export function temporaryPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
}

export async function writeAtomic(target: string, data: string | Uint8Array): Promise<number> {
  await mkdir(dirname(target), { recursive: true });
  const temporary = temporaryPath(target);
  try {
    await writeFile(temporary, data);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
}
