// Reads a printed handout back as pictures: how much of each page's printable area (between
// the header and footer margins) is blank under its lowest inked row.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HANDOUT_PAGE } from '../../src/render/handout-style.js';

/** Greys darker than this are ink. */
const INK = 235;

export function blankShares(pdf: string): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'recap-deck-handout-pages-'));
  const run = spawnSync('pdftoppm', ['-gray', '-r', '40', pdf, join(dir, 'p')], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pdftoppm failed: ${run.stderr}`);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.pgm'))
    .sort()
    .map((f) => blankShare(readFileSync(join(dir, f))));
}

/** A binary PGM (P5): the share of the printable rows below the lowest one with ink. */
function blankShare(pgm: Buffer): number {
  const [magic, size, max] = header(pgm);
  if (magic !== 'P5' || max !== '255') throw new Error('not an 8-bit PGM');
  const [width, height] = size.split(' ').map(Number) as [number, number];
  const pixels = pgm.subarray(pgm.length - width * height);
  const top = Math.ceil((height * HANDOUT_PAGE.top) / HANDOUT_PAGE.height);
  const bottom = Math.floor((height * (HANDOUT_PAGE.height - HANDOUT_PAGE.bottom)) / HANDOUT_PAGE.height);
  let lowest = top;
  for (let y = top; y < bottom; y += 1) {
    const row = pixels.subarray(y * width, (y + 1) * width);
    if (row.some((grey) => grey < INK)) lowest = y + 1;
  }
  return (bottom - lowest) / (bottom - top);
}

/** "P5", "W H", "255" from a PGM header (no comments: pdftoppm writes none). */
function header(pgm: Buffer): [string, string, string] {
  const fields = pgm.subarray(0, 40).toString('latin1').split(/\s+/);
  return [fields[0]!, `${fields[1]} ${fields[2]}`, fields[3]!];
}
