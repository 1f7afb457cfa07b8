// The deck's fonts inside the PPTX, so it looks the same on a machine without them:
// PowerPoint's embedded fonts (ppt/fonts/*.fntdata, Embedded OpenType, listed in
// presentation.xml's embeddedFontLst). The faces come from the same @fontsource packages as
// the HTML and PDF; their subsets (latin, latin-ext, vietnamese) are merged into one font.
// Merging takes a few hundred milliseconds, so each result is kept in node_modules/.cache
// (keyed by the package's version) for the next build.
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { CACHE_DIR } from '../assets/cache-dir.js';
import { eotOf } from './eot.js';

/** PowerPoint knows four faces per typeface; other weights are typefaces of their own. */
export type Slot = 'regular' | 'bold' | 'italic' | 'boldItalic';

export interface Face {
  /** The typeface PowerPoint sees, e.g. "Be Vietnam Pro SemiBold". */
  typeface: string;
  bold: boolean;
  italic: boolean;
  /** Where the glyphs come from. */
  family: string;
  weight: number;
}

const WEIGHT_NAMES: Record<number, string> = {
  100: 'Thin',
  200: 'ExtraLight',
  300: 'Light',
  500: 'Medium',
  600: 'SemiBold',
  800: 'ExtraBold',
  900: 'Black',
};

const GENERIC: Record<string, string> = {
  'sans-serif': 'Arial',
  serif: 'Times New Roman',
  monospace: 'Courier New',
  'system-ui': 'Arial',
};

/**
 * How a CSS face is named in a PPTX: weights other than 400 and 700 by the name fonts give
 * them ("Be Vietnam Pro SemiBold"), set bold from 600 up so that a client without the font
 * still draws heavy text heavy; the embedded face fills that typeface's bold slot.
 */
export function faceOf(family: string, weight: number, italic: boolean): Face {
  const generic = GENERIC[family.toLowerCase()];
  const rounded = Math.min(900, Math.max(100, Math.round(weight / 100) * 100));
  if (generic) return { typeface: generic, bold: rounded >= 600, italic, family: generic, weight: rounded };
  const named = WEIGHT_NAMES[rounded];
  return {
    typeface: named ? `${family} ${named}` : family,
    bold: rounded >= 600,
    italic,
    family,
    weight: rounded,
  };
}

export function slotOf(face: Face): Slot {
  if (face.bold) return face.italic ? 'boldItalic' : 'bold';
  return face.italic ? 'italic' : 'regular';
}

export interface EmbeddedFace {
  typeface: string;
  slot: Slot;
  /** Embedded OpenType. */
  data: Uint8Array;
}

type FontEditor = { Font: typeof import('fonteditor-core').Font };

/** The faces that a package provides, as EOT; faces with no @fontsource package are left out. */
export async function embedFaces(faces: Face[]): Promise<EmbeddedFace[]> {
  const unique = [...new Map(faces.map((f) => [`${f.typeface}/${slotOf(f)}`, f])).values()];
  const editor = async (): Promise<FontEditor> => ({ Font: (await import('fonteditor-core')).Font });
  const made = await Promise.all(unique.map((face) => embedFace(editor, face).catch(() => undefined)));
  return made.filter((m): m is EmbeddedFace => m !== undefined);
}

async function embedFace(editor: () => Promise<FontEditor>, face: Face): Promise<EmbeddedFace | undefined> {
  const pkg = `@fontsource/${face.family.toLowerCase().replace(/\s+/g, '-')}`;
  let manifest: string;
  try {
    manifest = createRequire(import.meta.url).resolve(`${pkg}/package.json`);
  } catch {
    return undefined;
  }
  const { version } = JSON.parse(await readFile(manifest, 'utf8')) as { version: string };
  const slot = slotOf(face);
  const slant = face.italic ? 'italic' : 'normal';
  const key =
    `${pkg.slice(1).replace('/', '-')}@${version}-${face.weight}-${slant}-` +
    `${face.typeface.replace(/\W+/g, '_')}-${slot}.v2.eot`;
  const cache = join(CACHE_DIR, 'fonts');
  const cached = await readFile(join(cache, key)).catch(() => undefined);
  if (cached) return { typeface: face.typeface, slot, data: new Uint8Array(cached) };
  const data = await mergeFace(await editor(), join(dirname(manifest), 'files'), face);
  if (!data) return undefined;
  await keep(cache, key, data);
  return { typeface: face.typeface, slot, data };
}

/** Stores a result for later builds; a cache that cannot be written is no loss. */
async function keep(dir: string, name: string, data: Uint8Array): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    const temporary = join(dir, `.${name}.${process.pid}`);
    await writeFile(temporary, data);
    await rename(temporary, join(dir, name));
  } catch {
    // read-only install: merged again next time
  }
}

async function mergeFace(editor: FontEditor, root: string, face: Face): Promise<Uint8Array | undefined> {
  const suffix = `-${face.weight}-${face.italic ? 'italic' : 'normal'}.woff`;
  const files = (await readdir(root)).filter((f) => f.endsWith(suffix)).sort();
  if (files.length === 0) return undefined;
  const buffers = await Promise.all(files.map((f) => readFile(join(root, f))));
  const inflate = (data: number[]) => Array.from(inflateSync(Uint8Array.from(data)));
  // Subsets overlap (space, punctuation): each code point is taken from the first that has it.
  const covered = new Set<number>();
  let merged: ReturnType<FontEditor['Font']['create']> | undefined;
  for (const buffer of buffers) {
    const probe = editor.Font.create(buffer, { type: 'woff', inflate }).get();
    const fresh = Object.keys(probe.cmap)
      .map(Number)
      .filter((c) => !covered.has(c));
    if (fresh.length === 0) continue;
    for (const c of fresh) covered.add(c);
    const font = editor.Font.create(buffer, { type: 'woff', inflate, subset: fresh, kerning: true });
    merged = merged ? merged.merge(font, { scale: 1 }) : font;
  }
  if (!merged) return undefined;
  const slot = slotOf(face);
  const style = { regular: 'Regular', bold: 'Bold', italic: 'Italic', boldItalic: 'Bold Italic' }[slot];
  const ttf = merged.get();
  // The name PowerPoint matches against the typeface the text asks for.
  Object.assign(ttf.name, {
    fontFamily: face.typeface,
    fontSubFamily: style,
    fullName: `${face.typeface} ${style}`,
    postScriptName: `${face.typeface}-${style}`.replace(/\s+/g, ''),
  });
  // Its style flags say what its name says: a SemiBold taken as the typeface's "Bold" is flagged
  // bold, not regular (fsSelection bits 0 italic, 5 bold, 6 regular; macStyle bits 0 and 1).
  const { bold, italic } = face;
  const os2 = ttf['OS/2'];
  os2.fsSelection =
    (os2.fsSelection & ~0b1100001) | (italic ? 1 : 0) | (bold ? 32 : 0) | (!bold && !italic ? 64 : 0);
  ttf.head.macStyle = (bold ? 1 : 0) | (italic ? 2 : 0);
  const font = merged.write({ type: 'ttf', toBuffer: true, kerning: true }) as Buffer;
  const version = String(ttf.name.version ?? '');
  return eotOf(new Uint8Array(font), {
    family: face.typeface,
    style,
    version,
    full: `${face.typeface} ${style}`,
  });
}
