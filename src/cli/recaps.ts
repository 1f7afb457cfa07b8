// Turns a deck name given on the command line into a recap file in recaps/, refusing
// anything that is not a plain name of an existing recap (no paths, no escapes).
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { RecapError } from '../errors.js';

export async function listRecaps(recapsDir: string): Promise<string[]> {
  try {
    const entries = await readdir(recapsDir, { withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && e.name.endsWith('.md') && !e.name.startsWith('.'))
      .map((e) => e.name.slice(0, -3))
      .sort();
  } catch {
    return [];
  }
}

export async function resolveRecap(name: string, recapsDir: string): Promise<{ name: string; path: string }> {
  const bare = name.endsWith('.md') ? name.slice(0, -3) : name;
  if (
    bare === '' ||
    bare !== basename(bare) ||
    bare.includes('/') ||
    bare.includes('\\') ||
    bare.startsWith('.') ||
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
    /[\0-\x1f]/.test(bare)
  ) {
    throw new RecapError(
      `"${name}" is not a recap name; give the name of a file in ${recapsDir}/ without its folder, e.g. event-4`,
      { exitCode: 2 },
    );
  }
  const path = join(recapsDir, `${bare}.md`);
  const isFile = await stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
  if (!isFile) {
    const known = await listRecaps(recapsDir);
    const list =
      known.length > 0
        ? `recaps that exist: ${known.join(', ')}`
        : `there are no recaps in ${recapsDir}/ yet`;
    throw new RecapError(`no recap named "${bare}" in ${recapsDir}/; ${list}`, { exitCode: 2 });
  }
  return { name: bare, path };
}
