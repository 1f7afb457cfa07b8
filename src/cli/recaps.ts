// Turns what the command line names into a recap file: a plain name of a recap in recaps/,
// or the path of an existing .md file anywhere (its deck is named after the file). A recap
// that is a symlink is read only if it resolves inside its own folder.
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { printable, RecapError } from '../errors.js';

export async function listRecaps(recapsDir: string): Promise<string[]> {
  try {
    const entries = await readdir(recapsDir, { withFileTypes: true });
    return (
      entries
        // Links too, so --all refuses one that leads out of the folder as a single name would.
        .filter(
          (e) => (e.isFile() || e.isSymbolicLink()) && e.name.endsWith('.md') && !e.name.startsWith('.'),
        )
        .map((e) => e.name.slice(0, -3))
        .sort()
    );
  } catch {
    return [];
  }
}

export async function resolveRecap(name: string, recapsDir: string): Promise<{ name: string; path: string }> {
  if (/[/\\]/.test(name) && name.endsWith('.md') && (await isFile(name))) {
    const bare = basename(name).slice(0, -3);
    if (isPlainName(bare)) return { name: bare, path: await confined(name, dirname(name)) };
  }
  const bare = name.endsWith('.md') ? name.slice(0, -3) : name;
  if (!isPlainName(bare)) {
    throw new RecapError(
      `"${name}" is not a recap: give the name of a file in ${recapsDir}/ (e.g. event-4) ` +
        'or the path of a .md file',
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
  return { name: bare, path: await confined(path, recapsDir) };
}

/**
 * `path` itself when its real path is inside `folder`. Recaps come from other people's
 * repositories: `recaps/notes.md -> /etc/passwd` must not put that file on the slides.
 */
async function confined(path: string, folder: string): Promise<string> {
  const [real, root] = await Promise.all([realpath(path), realpath(folder)]);
  const inside = relative(root, real);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside))
    throw new RecapError(
      `${printable(path)} is a link to a file outside ${printable(folder)}/; ` +
        'a recap is read only from its folder',
    );
  return path;
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
