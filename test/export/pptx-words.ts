// Test helpers for the editable PPTX: the words a PDF draws and where (pdftotext -bbox),
// a PPTX converted to PDF by LibreOffice, and how far each of our PDF's words moved.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import JSZip from 'jszip';

export interface Word {
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Every page's words with their boxes, in points from the page's top-left corner. */
export function pdfWords(pdf: string): Word[][] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return html
    .split('<page ')
    .slice(1)
    .map((page) =>
      [
        ...page.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
      ].map((m) => ({
        text: decode(m[5]!).normalize('NFC'),
        x: Number(m[1]),
        y: Number(m[2]),
        w: Number(m[3]) - Number(m[1]),
        h: Number(m[4]) - Number(m[2]),
      })),
    );
}

function decode(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

export interface Match {
  /** Share of our words found on the same page of the other PDF. */
  found: number;
  /** How far each found word's centre moved, in points. */
  displacements: number[];
  missing: { page: number; text: string }[];
}

/** Pairs each word of ours with the nearest unused word of the same text on the same page. */
export function matchWords(ours: Word[][], theirs: Word[][]): Match {
  let total = 0;
  const displacements: number[] = [];
  const missing: Match['missing'] = [];
  ours.forEach((page, p) => {
    const pool = new Map<string, Word[]>();
    for (const word of theirs[p] ?? []) pool.set(word.text, [...(pool.get(word.text) ?? []), word]);
    for (const word of page) {
      total += 1;
      const candidates = pool.get(word.text) ?? [];
      const centre = (w: Word) => [w.x + w.w / 2, w.y + w.h / 2] as const;
      const [cx, cy] = centre(word);
      let best = -1;
      let bestDistance = Infinity;
      candidates.forEach((c, i) => {
        const [x, y] = centre(c);
        const d = Math.hypot(x - cx, y - cy);
        if (d < bestDistance) {
          bestDistance = d;
          best = i;
        }
      });
      if (best < 0) {
        missing.push({ page: p + 1, text: word.text });
        continue;
      }
      candidates.splice(best, 1);
      displacements.push(bestDistance);
    }
  });
  return { found: total ? displacements.length / total : 1, displacements, missing };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)]! : 0;
}

/**
 * The PPTX as LibreOffice Impress prints it. LibreOffice (7.x) does not read fonts embedded
 * in a PPTX, so they are taken out of the file and handed to it, as PowerPoint would use them;
 * `withFonts: false` shows the fallback a client without them draws.
 */
export async function libreOfficePdf(pptx: string, options: { withFonts: boolean }): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), 'recap-deck-lo-'));
  const fonts = join(work, 'fonts');
  execFileSync('mkdir', ['-p', fonts]);
  if (options.withFonts) {
    const zip = await JSZip.loadAsync(readFileSync(pptx));
    for (const file of zip.file(/^ppt\/fonts\/.+\.fntdata$/)) {
      const eot = Buffer.from(await file.async('uint8array'));
      // Embedded OpenType: a header, then the font itself (uncompressed).
      const size = eot.readUInt32LE(0);
      const fontSize = eot.readUInt32LE(4);
      writeFileSync(join(fonts, `${basename(file.name, '.fntdata')}.ttf`), eot.subarray(size - fontSize));
    }
  }
  const config = join(work, 'fonts.conf');
  writeFileSync(
    config,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>${fonts}</dir><cachedir>${join(work, 'cache')}</cachedir></fontconfig>`,
  );
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(work, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      work,
      pptx,
    ],
    { env: { ...process.env, FONTCONFIG_FILE: config }, stdio: 'ignore', timeout: 120_000 },
  );
  return join(work, `${basename(pptx, '.pptx')}.pdf`);
}

export function removeWork(pdf: string): void {
  rmSync(join(pdf, '..'), { recursive: true, force: true });
}
