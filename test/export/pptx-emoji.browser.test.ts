// Emoji in the editable PPTX are drawn as the HTML draws them: Twemoji pictures described by
// their character, each over the room its line of text keeps for it (a heading, a paragraph,
// a list item, a table cell); speaker notes, being text, keep the character.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { validatePptx } from './pptx-validate.js';
import { libreOfficePdf, matchWords, pdfWords, removeWork, type Word } from './pptx-words.js';

const project = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'recap-deck-emoji-'));
const out = join(dir, 'out');
const pptxFile = join(out, 'offsite.pptx');
/** Each emoji of the recap and the word the page sets after it. */
const FOLLOWING: Readonly<Record<string, string[]>> = {
  '✅': ['Launch', 'Done:', 'Shipped'],
  '📅': ['Monday'],
  '📍': ['Venue:'],
  '⏳': ['Waiting'],
};
const EMOJI = /\p{Extended_Pictographic}/u;
const PT_PER_EMU = 1 / 12700;

interface Pic {
  slide: number;
  name: string;
  descr: string;
  decorative: boolean;
  /** Points from the slide's top-left corner, as a PDF page of it measures. */
  box: { x: number; y: number; w: number; h: number };
}

let slides: string[] = [];
let notes: string[] = [];
let pics: Pic[] = [];

beforeAll(async () => {
  mkdirSync(out);
  const recap = join(dir, 'offsite.md');
  writeFileSync(
    recap,
    [
      // A note to the author, as recaps give one: it goes to the speaker notes.
      '{{% notice warning %}}',
      '⚠️ **Note:** The information below is for reference only; do not copy it verbatim.',
      '{{% /notice %}}',
      '',
      '# Team offsite',
      '',
      '## ✅ Launch plan',
      '',
      '📅 Monday we meet in the main hall, and the plan is agreed before lunch.',
      '',
      '- ✅ Done: the migration of the billing service',
      '- 📍 Venue: the third floor of the north building',
      '',
      '## Status',
      '',
      '| Service | State |',
      '| --- | --- |',
      '| Billing | ✅ Shipped on time |',
      '| Search | ⏳ Waiting for review |',
      '',
    ].join('\n'),
  );
  const cli = spawnSync(
    process.execPath,
    ['scripts/run.mjs', 'deck', recap, '--out', out, '--format', 'pdf,pptx', '--quiet'],
    { cwd: project, encoding: 'utf8' },
  );
  expect(cli.status, cli.stderr).toBe(0);
  const zip = await JSZip.loadAsync(readFileSync(pptxFile));
  const ordered = (pattern: RegExp) =>
    zip
      .file(pattern)
      .sort((a, b) => Number(/(\d+)\.xml$/.exec(a.name)![1]) - Number(/(\d+)\.xml$/.exec(b.name)![1]));
  slides = await Promise.all(ordered(/^ppt\/slides\/slide\d+\.xml$/).map((f) => f.async('string')));
  notes = await Promise.all(ordered(/^ppt\/notesSlides\/notesSlide\d+\.xml$/).map((f) => f.async('string')));
  pics = slides.flatMap((xml, i) =>
    [...xml.matchAll(/<p:pic>[\s\S]*?<\/p:pic>/g)].map(([pic]) => {
      const cNvPr = /<p:cNvPr [^>]*>/.exec(pic)![0];
      const off = /<a:off x="(\d+)" y="(\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(pic)!;
      const [x, y, w, h] = off.slice(1).map((v) => Number(v) * PT_PER_EMU) as [
        number,
        number,
        number,
        number,
      ];
      return {
        slide: i + 1,
        name: /name="([^"]*)"/.exec(cNvPr)![1]!,
        descr: /descr="([^"]*)"/.exec(cNvPr)?.[1] ?? '',
        decorative: pic.includes('adec:decorative'),
        box: { x, y, w, h },
      };
    }),
  );
});

const texts = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]!);

describe('emoji in the editable PPTX', () => {
  it('leaves no emoji character in any slide’s text', () => {
    expect(slides.length).toBeGreaterThan(2);
    for (const [i, xml] of slides.entries())
      expect(
        texts(xml).filter((t) => EMOJI.test(t)),
        `slide ${i + 1}`,
      ).toEqual([]);
  });

  it('draws each emoji as a picture named "Emoji n", its character as alt text, not decorative', () => {
    const emoji = pics.filter((p) => p.name.startsWith('Emoji '));
    // The heading's, the paragraph's, the two list items' and the two table cells'.
    expect(emoji.map((p) => p.descr).sort()).toEqual(['⏳', '✅', '✅', '✅', '📅', '📍'].sort());
    for (const p of emoji) {
      expect(p.decorative, p.name).toBe(false);
      expect(p.name, p.descr).toMatch(/^Emoji \d+$/);
    }
    // No emoji is drawn twice, as a picture over a copy of itself.
    const places = emoji.map((p) => `${p.slide} ${Math.round(p.box.x)} ${Math.round(p.box.y)}`);
    expect(new Set(places).size).toBe(places.length);
  });

  it('keeps the character in the speaker notes, which are text', () => {
    expect(notes.some((xml) => texts(xml).some((t) => t.includes('⚠')))).toBe(true);
  });

  it('sets each picture in its line, the words after it where the page sets them (LibreOffice)', async () => {
    const ours = pdfWords(join(out, 'offsite.pdf'));
    const pdf = await libreOfficePdf(pptxFile, { withFonts: true });
    const theirs = pdfWords(pdf);
    removeWork(pdf);
    const emoji = pics.filter((p) => p.name.startsWith('Emoji '));
    expect(emoji).toHaveLength(6);
    for (const pic of emoji) {
      const { x, y, w, h } = pic.box;
      const centre = y + h / 2;
      // The word LibreOffice sets next after the picture, on the picture's line.
      const onLine = (word: Word) => word.y <= centre && centre <= word.y + word.h && word.x >= x + w - 1;
      const next = (words: Word[]) =>
        words.filter(onLine).sort((a, b) => a.x - b.x)[0] ?? {
          text: '(none)',
          x: Infinity,
          y: 0,
          w: 0,
          h: 0,
        };
      const there = next(theirs[pic.slide - 1] ?? []);
      expect(FOLLOWING[pic.descr], `${pic.name} ${pic.descr} on slide ${pic.slide}`).toContain(there.text);
      // The room kept is the picture's and a space: the word starts within 0.6 em of it.
      expect(there.x - (x + w), `${pic.name} ${pic.descr} to ${there.text}`).toBeLessThanOrEqual(0.6 * h);
      // And where our PDF starts it.
      const here = next(ours[pic.slide - 1] ?? []);
      expect(here.text).toBe(there.text);
      expect(Math.abs(there.x - here.x), `${there.text} moved`).toBeLessThanOrEqual(4);
    }
    expect(matchWords(ours, theirs).found).toBeGreaterThanOrEqual(0.999);
  });

  it('validates', async () => {
    expect(await validatePptx(pptxFile)).toEqual([]);
  });
});
