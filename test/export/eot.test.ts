// The embedded fonts read back as the W3C "Embedded OpenType (EOT) File Format" submission lays
// them out, field by field, and compared with the TrueType font each one carries.
import { describe, expect, it } from 'vitest';
import { embedFaces, faceOf } from '../../src/export/pptx-fonts.js';

/** The header's fields, read by offset as the specification gives them (version 0x00020001). */
function readEot(eot: Buffer) {
  const names: string[] = [];
  let at = 80;
  for (let i = 0; i < 5; i += 1) {
    expect(eot.readUInt16LE(at), `padding before name ${i}`).toBe(0);
    const size = eot.readUInt16LE(at + 2);
    names.push(eot.subarray(at + 4, at + 4 + size).toString('utf16le'));
    at += 4 + size;
  }
  return {
    eotSize: eot.readUInt32LE(0),
    fontDataSize: eot.readUInt32LE(4),
    version: eot.readUInt32LE(8),
    flags: eot.readUInt32LE(12),
    italic: eot.readUInt8(27),
    weight: eot.readUInt32LE(28),
    fsType: eot.readUInt16LE(32),
    magic: eot.readUInt16LE(34),
    checkSumAdjustment: eot.readUInt32LE(60),
    reserved: [64, 68, 72, 76].map((o) => eot.readUInt32LE(o)),
    family: names[0],
    style: names[1],
    full: names[3],
    root: names[4],
    font: eot.subarray(at),
  };
}

/** A TrueType table's offset, from the font's own table directory (big-endian). */
function table(font: Buffer, tag: string): number {
  for (let i = 0; i < font.readUInt16BE(4); i += 1)
    if (font.toString('latin1', 12 + 16 * i, 16 + 16 * i) === tag) return font.readUInt32BE(20 + 16 * i);
  throw new Error(`no ${tag}`);
}

describe('an embedded face', () => {
  it.each([
    ['Be Vietnam Pro', 600, false, 'Be Vietnam Pro SemiBold', 'Bold'],
    ['Be Vietnam Pro', 400, false, 'Be Vietnam Pro', 'Regular'],
    ['Be Vietnam Pro', 400, true, 'Be Vietnam Pro', 'Italic'],
  ])(
    '%s %i (italic %s) is "%s" "%s", its header matching its font',
    async (family, weight, italic, name, style) => {
      const [face] = await embedFaces([faceOf(family, weight, italic)]);
      const eot = readEot(Buffer.from(face!.data));
      expect(eot.magic).toBe(0x504c);
      expect(eot.version).toBe(0x00020001);
      expect(eot.flags).toBe(0);
      expect(eot.eotSize).toBe(face!.data.length);
      expect(eot.fontDataSize).toBe(eot.font.length);
      expect(eot.reserved).toEqual([0, 0, 0, 0]);
      // Names in UTF-16LE, as the typeface the slides ask for.
      expect([eot.family, eot.style, eot.full, eot.root]).toEqual([name, style, `${name} ${style}`, '']);
      const os2 = table(eot.font, 'OS/2');
      const head = table(eot.font, 'head');
      expect(eot.weight).toBe(eot.font.readUInt16BE(os2 + 4));
      expect(eot.weight).toBe(weight);
      expect(eot.fsType).toBe(eot.font.readUInt16BE(os2 + 8));
      expect(eot.italic).toBe(italic ? 1 : 0);
      expect(eot.checkSumAdjustment).toBe(eot.font.readUInt32BE(head + 8));
      // The font's own style flags say what its style name says.
      const fsSelection = eot.font.readUInt16BE(os2 + 62);
      const macStyle = eot.font.readUInt16BE(head + 44);
      const bold = style === 'Bold';
      expect([(fsSelection >> 5) & 1, fsSelection & 1, (fsSelection >> 6) & 1]).toEqual([
        bold ? 1 : 0,
        italic ? 1 : 0,
        !bold && !italic ? 1 : 0,
      ]);
      expect(macStyle).toBe((bold ? 1 : 0) | (italic ? 2 : 0));
    },
  );
});
