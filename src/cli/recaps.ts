// Turns what the command line names into a recap file: a plain name of a recap in recaps/,
// or the path of an existing .md file anywhere (its deck is named after the file).
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
  if (/[/\\]/.test(name) && name.endsWith('.md') && (await isFile(name))) {
    const bare = basename(name).slice(0, -3);
    if (isPlainName(bare)) return { name: bare, path: name };
  }
  const bare = name.endsWith('.md') ? name.slice(0, -3) : name;
  if (!isPlainName(bare)) {
    throw new RecapError(
      `"${name}" is not a recap: give the name of a file in ${recapsDir}/ (e.g. event-4) or the path of a .md file`,
      { exitCode: 2 },
    );
  }
  const path = join(recapsDir, `${bare}.md`);
  if (!(await isFile(path))) {
    const known = await listRecaps(recapsDir);
    const list =
      known.length > 0
        ? `recaps that exist: ${known.join(', ')}`
        : `there are no recaps in ${recapsDir}/ yet`;
    throw new RecapError(`no recap named "${bare}" in ${recapsDir}/; ${list}`, { exitCode: 2 });
  }
  return { name: bare, path };
}

/** A name that is safe as a file name in the output folder: no folders, no escapes. */
function isPlainName(bare: string): boolean {
  return !(
    bare === '' ||
    bare !== basename(bare) ||
    bare.includes('/') ||
    bare.includes('\\') ||
    bare.startsWith('.') ||
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
    /[\0-\x1f]/.test(bare)
  );
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}
