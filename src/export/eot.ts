// An Embedded OpenType file around a TrueType font, as the W3C member submission "Embedded
// OpenType (EOT) File Format" lays it out (version 0x00020001, uncompressed): PowerPoint reads the
// family and style it offers from this header, so they are written as the spec says, not guessed.

/** The names the header gives the face: the typeface text asks for, and its style in it. */
export interface EotNames {
  family: string;
  style: string;
  version: string;
  full: string;
}

const VERSION = 0x00020001;
const MAGIC = 0x504c;
/** DEFAULT_CHARSET: the face is not tied to one Windows code page. */
const DEFAULT_CHARSET = 1;

/** The TrueType font `ttf` wrapped in an EOT header whose numbers come from its own tables. */
export function eotOf(ttf: Uint8Array, names: EotNames): Uint8Array {
  const font = new DataView(ttf.buffer, ttf.byteOffset, ttf.byteLength);
  const os2 = tableOffset(font, 'OS/2');
  const head = tableOffset(font, 'head');
  const strings = [names.family, names.style, names.version, names.full].map(utf16le);
  // Fixed fields, then each name after a padding word and its byte count, then the root string.
  const size = 80 + strings.reduce((n, s) => n + 4 + s.length, 0) + 4 + ttf.length;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, size, true);
  view.setUint32(4, ttf.length, true);
  view.setUint32(8, VERSION, true);
  view.setUint32(12, 0, true);
  out.set(ttf.subarray(os2 + 32, os2 + 42), 16);
  view.setUint8(26, DEFAULT_CHARSET);
  // fsSelection bit 0 says italic; the header wants 1 or 0.
  view.setUint8(27, font.getUint16(os2 + 62) & 1);
  view.setUint32(28, font.getUint16(os2 + 4), true);
  view.setUint16(32, font.getUint16(os2 + 8), true);
  view.setUint16(34, MAGIC, true);
  for (let i = 0; i < 4; i += 1) view.setUint32(36 + 4 * i, font.getUint32(os2 + 42 + 4 * i), true);
  const codePages = font.getUint16(os2) >= 1;
  for (let i = 0; i < 2; i += 1)
    view.setUint32(52 + 4 * i, codePages ? font.getUint32(os2 + 78 + 4 * i) : 0, true);
  view.setUint32(60, font.getUint32(head + 8), true);
  // Reserved1–4 (64–79) stay 0.
  let at = 80;
  for (const s of strings) {
    view.setUint16(at + 2, s.length, true);
    out.set(s, at + 4);
    at += 4 + s.length;
  }
  // Padding5 and an empty RootString: the font may be used by any document.
  at += 4;
  out.set(ttf, at);
  return out;
}

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < text.length; i += 1) view.setUint16(2 * i, text.charCodeAt(i), true);
  return out;
}

function tableOffset(font: DataView, tag: string): number {
  const count = font.getUint16(4);
  for (let i = 0; i < count; i += 1) {
    const at = 12 + 16 * i;
    const name = String.fromCharCode(...[0, 1, 2, 3].map((k) => font.getUint8(at + k)));
    if (name === tag) return font.getUint32(at + 8);
  }
  throw new Error(`font has no ${tag} table`);
}
