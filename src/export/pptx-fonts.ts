// The deck's fonts inside the PPTX, so it looks the same on a machine without them:
// PowerPoint's embedded fonts (ppt/fonts/*.fntdata, Embedded OpenType, listed in
// presentation.xml's embeddedFontLst). The faces come from the same @fontsource packages as
// the HTML and PDF; their subsets (latin, latin-ext, vietnamese) are merged into one font.
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';

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

/** How a CSS face is named in a PPTX: weights other than 400 and 700 by the name fonts give them. */
export function faceOf(family: string, weight: number, italic: boolean): Face {
  const generic = GENERIC[family.toLowerCase()];
  const rounded = Math.min(900, Math.max(100, Math.round(weight / 100) * 100));
  if (generic) return { typeface: generic, bold: rounded >= 600, italic, family: generic, weight: rounded };
  const named = WEIGHT_NAMES[rounded];
  return {
    typeface: named ? `${family} ${named}` : family,
    bold: rounded === 700,
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
  const { Font } = await import('fonteditor-core');
  const editor: FontEditor = { Font };
  const made = await Promise.all(unique.map((face) => embedFace(editor, face).catch(() => undefined)));
  return made.filter((m): m is EmbeddedFace => m !== undefined);
}

async function embedFace(editor: FontEditor, face: Face): Promise<EmbeddedFace | undefined> {
  const pkg = `@fontsource/${face.family.toLowerCase().replace(/\s+/g, '-')}`;
  let root: string;
  try {
    root = join(dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`)), 'files');
  } catch {
    return undefined;
  }
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
  const name = merged.get().name;
  // The name PowerPoint matches against the typeface the text asks for.
  Object.assign(name, {
    fontFamily: face.typeface,
    fontSubFamily: style,
    fullName: `${face.typeface} ${style}`,
    postScriptName: `${face.typeface}-${style}`.replace(/\s+/g, ''),
  });
  const eot = merged.write({ type: 'eot', toBuffer: true, kerning: true }) as Buffer;
  return { typeface: face.typeface, slot, data: new Uint8Array(eot) };
}
