// Input end: the glyph advances of the fonts the theme draws with (from the installed
// @fontsource files, read with fontkit), so the planner can wrap text as the browser will.
// Reading the fonts takes a few hundred ms, so the table is cached beside marp-cli's
// template in node_modules/.cache/recap-deck, keyed by the font files it came from.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CACHE_DIR } from './cache-dir.js';

/** A face as text is set in: the body family at a weight and style, or the code family. */
export type FaceKey = 'regular' | 'italic' | 'semibold' | 'bold' | 'boldItalic' | 'heavy' | 'mono';

/** Advance widths in em, by code point, for every face the theme uses. */
export type FontMetrics = Record<FaceKey, Record<number, number>>;

/** The faces the planner measures; each must be one the theme imports (a test holds them together). */
export const FACES: Readonly<Record<FaceKey, { pkg: string; weight: number; style: 'normal' | 'italic' }>> = {
  regular: { pkg: '@fontsource/be-vietnam-pro', weight: 400, style: 'normal' },
  italic: { pkg: '@fontsource/be-vietnam-pro', weight: 400, style: 'italic' },
  semibold: { pkg: '@fontsource/be-vietnam-pro', weight: 600, style: 'normal' },
  bold: { pkg: '@fontsource/be-vietnam-pro', weight: 700, style: 'normal' },
  boldItalic: { pkg: '@fontsource/be-vietnam-pro', weight: 700, style: 'italic' },
  heavy: { pkg: '@fontsource/be-vietnam-pro', weight: 800, style: 'normal' },
  mono: { pkg: '@fontsource/jetbrains-mono', weight: 400, style: 'normal' },
};

export async function loadFontMetrics(): Promise<FontMetrics> {
  const files = await faceFiles();
  const stamps = await Promise.all(
    Object.values(files)
      .flat()
      .map(async (f) => `${f}:${(await stat(f)).size}`),
  );
  const key = createHash('sha256').update(stamps.join('\n')).digest('hex').slice(0, 16);
  const cached = join(CACHE_DIR, `font-advances-${key}.json`);
  const hit = await readFile(cached, 'utf8').then(
    (text) => JSON.parse(text) as FontMetrics,
    () => undefined,
  );
  if (hit) return hit;
  const made = await measureFaces(files);
  // A read-only install still works, just without the cache.
  await mkdir(CACHE_DIR, { recursive: true })
    .then(() => writeFile(`${cached}.${process.pid}`, JSON.stringify(made)))
    .then(() => rename(`${cached}.${process.pid}`, cached))
    .catch(() => undefined);
  return made;
}

/** The subset files (latin, latin-ext, vietnamese, ...) of every face, as WOFF (quick to read). */
async function faceFiles(): Promise<Record<FaceKey, string[]>> {
  const require = createRequire(import.meta.url);
  const entries = await Promise.all(
    (Object.entries(FACES) as [FaceKey, (typeof FACES)[FaceKey]][]).map(async ([key, face]) => {
      const dir = join(dirname(require.resolve(`${face.pkg}/package.json`)), 'files');
      const suffix = `-${face.weight}-${face.style}.woff`;
      const names = (await readdir(dir)).filter((n) => n.endsWith(suffix)).sort();
      return [key, names.map((n) => join(dir, n))] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<FaceKey, string[]>;
}

async function measureFaces(files: Record<FaceKey, string[]>): Promise<FontMetrics> {
  const fontkit = await import('fontkit');
  const table = {} as FontMetrics;
  for (const [key, paths] of Object.entries(files) as [FaceKey, string[]][]) {
    const advances: Record<number, number> = {};
    for (const path of paths) {
      const font = fontkit.create(await readFile(path));
      if (!('characterSet' in font)) continue;
      for (const cp of font.characterSet) {
        if (advances[cp] !== undefined) continue;
        const em = font.glyphForCodePoint(cp).advanceWidth / font.unitsPerEm;
        advances[cp] = Math.round(em * 10_000) / 10_000;
      }
    }
    table[key] = advances;
  }
  return table;
}
