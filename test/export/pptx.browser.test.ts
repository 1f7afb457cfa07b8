// The editable PPTX of the user's own recap: unzipped and read (titles in placeholders, the
// slides' words as text, notes in Vietnamese, metadata, size, fonts), and opened in a real
// client (LibreOffice Impress) whose PDF must show our PDF's words where ours draws them.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plan } from '../helpers.js';
import { libreOfficePdf, matchWords, median, pdfWords, removeWork, type Word } from './pptx-words.js';

const project = join(import.meta.dirname, '..', '..');
const out = mkdtempSync(join(tmpdir(), 'recap-deck-pptx-'));
const planned = plan(readFileSync(join(project, 'recaps', 'event-4.md'), 'utf8'), 'recaps/event-4.md');
const count = planned.deck.slides.length;
let zip: JSZip;
const part = (path: string) => zip.file(path)!.async('string');
const texts = (xml: string) =>
  [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) =>
    m[1]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  );

beforeAll(async () => {
  const cli = spawnSync(process.execPath, ['scripts/run.mjs', 'deck', 'event-4', '--out', out, '--quiet'], {
    cwd: project,
    encoding: 'utf8',
  });
  expect(cli.status, cli.stderr).toBe(0);
  zip = await JSZip.loadAsync(readFileSync(join(out, 'event-4.pptx')));
});

describe('the editable PPTX of event-4, unzipped', () => {
  it('is PowerPoint 16:9 exactly, named after the deck, not the tool', async () => {
    expect(await part('ppt/presentation.xml')).toContain('<p:sldSz cx="12192000" cy="6858000"/>');
    const core = await part('docProps/core.xml');
    expect(core).toContain('<dc:title>AWS Cloud Mastery Series #2: DevOps on AWS</dc:title>');
    expect(core).toContain('<dc:language>vi-VN</dc:language>');
    expect(core).toMatch(/<dcterms:created xsi:type="dcterms:W3CDTF">\d{4}-\d\d-\d\dT/);
    for (const file of ['docProps/core.xml', 'docProps/app.xml'])
      expect(await part(file)).not.toMatch(/PptxGenJS/i);
    expect(await part('docProps/app.xml')).toContain('<Application>recap-deck</Application>');
  });

  it("puts every slide's title in its title placeholder", async () => {
    for (const [i, slide] of planned.deck.slides.entries()) {
      const xml = await part(`ppt/slides/slide${i + 1}.xml`);
      const title = /<p:sp>(?:(?!<\/p:sp>).)*?<p:ph type="title"\/>.*?<\/p:sp>/s.exec(xml)?.[0];
      expect(title, `slide ${i + 1}`).toBeDefined();
      expect(texts(title!).join('').normalize('NFC'), `slide ${i + 1}`).toContain(slide.title);
    }
  });

  it("has at least 90% of each PDF page's words as text on its slide, no slide a picture", async () => {
    const pages = pdfWords(join(out, 'event-4.pdf'));
    expect(pages).toHaveLength(count);
    for (const [i, words] of pages.entries()) {
      const xml = await part(`ppt/slides/slide${i + 1}.xml`);
      const slideWords = new Set(texts(xml).join(' ').normalize('NFC').split(/\s+/));
      const found = words.filter((w: Word) => slideWords.has(w.text)).length;
      expect(found / words.length, `slide ${i + 1}`).toBeGreaterThanOrEqual(0.9);
      expect(xml).not.toMatch(/<p:pic>.*<a:ext cx="12192000" cy="6858000"\/>/s);
    }
  });

  it('numbers every slide that shows a number with a slide-number field in its placeholder', async () => {
    let numbered = 0;
    for (let i = 1; i <= count; i += 1) {
      const xml = await part(`ppt/slides/slide${i}.xml`);
      const number = /<p:sp>(?:(?!<\/p:sp>).)*?<p:ph type="sldNum"[^>]*\/>.*?<\/p:sp>/s.exec(xml)?.[0];
      if (!number) continue;
      numbered += 1;
      expect(number, `slide ${i}`).toMatch(
        new RegExp(`type="slidenum"><a:rPr [^>]*>.*?</a:rPr><a:t>${i}</a:t>`),
      );
    }
    expect(numbered).toBeGreaterThan(count / 2);
    expect(await part('ppt/slideLayouts/slideLayout2.xml')).toContain('<p:ph type="sldNum"');
  });

  it('draws lists as bulleted paragraphs and cards as shapes holding their text', async () => {
    const content = planned.deck.slides.findIndex((s) => s.layout === 'content');
    const xml = await part(`ppt/slides/slide${content + 1}.xml`);
    const items = planned.deck.slides[content]!.blocks.find((b) => b.type === 'list');
    expect(items?.type).toBe('list');
    expect(xml.match(/<a:buChar /g)?.length).toBe(items!.type === 'list' ? items!.children.length : 0);
    const speakers = planned.deck.slides.findIndex((s) => s.layout === 'speakers');
    const cards = await part(`ppt/slides/slide${speakers + 1}.xml`);
    // The avatars: ellipses with the speaker's initials in them.
    expect(
      cards.match(/<a:prstGeom prst="ellipse">.*?<\/p:sp>/gs)?.filter((s) => texts(s).join('').trim()),
    ).toHaveLength(3);
  });

  it('keeps every slide its notes, paragraphs and bullets, bold kept, all in Vietnamese', async () => {
    for (let i = 1; i <= count; i += 1) {
      const xml = await part(`ppt/notesSlides/notesSlide${i}.xml`);
      expect(texts(xml).join('').trim().length, `notes ${i}`).toBeGreaterThan(0);
      expect(xml, `notes ${i}`).not.toContain('lang="en-US"');
      expect([...xml.matchAll(/<a:rPr [^>]*>/g)].every((m) => m[0].includes('lang="vi-VN"'))).toBe(true);
    }
    // Notes that carry a bold phrase keep it bold; notes that carry a list keep its bullets
    // (event-4's may have none: pptx-notes.test.ts sets a list's bullets on its own).
    const notesOf = (n: number) => planned.deck.slides[n]!.notes;
    const withBold = planned.deck.slides.findIndex((_, n) =>
      notesOf(n).some((b) => JSON.stringify(b).includes('"strong"')),
    );
    expect(withBold).toBeGreaterThan(-1);
    let bold = '';
    for (const note of notesOf(withBold))
      visit(note, (node) => {
        if (node.type === 'strong' && !bold) bold = toString(node);
      });
    const boldXml = await part(`ppt/notesSlides/notesSlide${withBold + 1}.xml`);
    expect(boldXml).toMatch(new RegExp(`<a:rPr lang="vi-VN" b="1"[^>]*></a:rPr><a:t>${escapeRegExp(bold)}`));
    for (const [n] of planned.deck.slides.entries()) {
      let bullets = 0;
      for (const note of notesOf(n).filter((b) => b.type === 'list'))
        visit(note, (node) => {
          if (node.type === 'listItem') bullets += 1;
        });
      if (bullets === 0) continue;
      const xml = await part(`ppt/notesSlides/notesSlide${n + 1}.xml`);
      expect(xml.match(/<a:buChar char="[^"]+"\/>/g)?.length, `notes ${n + 1}`).toBe(bullets);
    }
  });

  it('embeds the fonts the slides use, as PowerPoint does', async () => {
    const presentation = await part('ppt/presentation.xml');
    expect(presentation).toMatch(
      /<p:embeddedFont><p:font typeface="Be Vietnam Pro"[^>]*\/><p:regular r:id="rId\d+"\/><p:bold/,
    );
    const fonts = zip.file(/^ppt\/fonts\/.+\.fntdata$/);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const font of fonts) {
      const eot = Buffer.from(await font.async('uint8array'));
      expect(eot.readUInt16LE(34), 'EOT magic number').toBe(0x504c);
      expect(eot.readUInt32LE(0)).toBe(eot.length);
    }
    expect(await part('[Content_Types].xml')).toContain(
      'Extension="fntdata" ContentType="application/x-fontdata"',
    );
  });
});

describe('the editable PPTX of event-4 in LibreOffice Impress', () => {
  let ours: Word[][];
  let theirs: Word[][];
  let pdf: string;
  beforeAll(async () => {
    pdf = await libreOfficePdf(join(out, 'event-4.pptx'), { withFonts: true });
    ours = pdfWords(join(out, 'event-4.pdf'));
    theirs = pdfWords(pdf);
  });
  afterAll(() => removeWork(pdf));

  it('prints one page per slide, each with its title', () => {
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(new RegExp(`Pages:\\s+${count}\\n`));
    for (const [i, slide] of planned.deck.slides.entries()) {
      const page = theirs[i]!.map((w) => w.text).join(' ');
      expect(page, `page ${i + 1}`).toContain(slide.title.replace(/\s+/g, ' '));
    }
  });

  it("draws at least 95% of our PDF's words, each close to where ours draws it", () => {
    const match = matchWords(ours, theirs);
    expect(match.found, JSON.stringify(match.missing.slice(0, 20))).toBeGreaterThanOrEqual(0.95);
    // Points on a 960x540pt page: 3.2 as measured (README), 4 as the README promises.
    expect(median(match.displacements)).toBeLessThanOrEqual(4);
  });
});

describe('--pptx pictures', () => {
  it('keeps one full-slide picture per slide, with the notes and metadata', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recap-deck-pictures-'));
    const cli = spawnSync(
      process.execPath,
      [
        'scripts/run.mjs',
        'deck',
        'event-4',
        '--out',
        dir,
        '--format',
        'pptx',
        '--pptx',
        'pictures',
        '--quiet',
      ],
      { cwd: project, encoding: 'utf8' },
    );
    expect(cli.status, cli.stderr).toBe(0);
    expect(cli.stdout).toMatch(/pictures [\d.]+ m?s/);
    const pictures = await JSZip.loadAsync(readFileSync(join(dir, 'event-4.pptx')));
    expect(pictures.file(/^ppt\/media\/.+\.jpe?g$/)).toHaveLength(count);
    const slide = await pictures.file('ppt/slides/slide1.xml')!.async('string');
    expect(slide).toMatch(/<p:pic>.*<a:ext cx="12192000" cy="6858000"\/>/s);
    expect(await pictures.file('ppt/presentation.xml')!.async('string')).toContain('cx="12192000"');
    const notes = await pictures.file('ppt/notesSlides/notesSlide1.xml')!.async('string');
    expect(notes).toContain('lang="vi-VN"');
    expect(notes).not.toContain('lang="en-US"');
  });
});

describe('a table without a header row, and inline code', () => {
  it('gives every column and row of the PPTX table the width and height the page draws, code its box', async () => {
    // Timed lines become a table whose header row is empty and hidden (programme.ts).
    const dir = mkdtempSync(join(tmpdir(), 'recap-deck-headless-'));
    const recap = join(dir, 'day.md');
    const slots = ['8:30 – 9:00', '9:00 – 9:45', '9:45 – 10:30', '10:30 – 11:15'].flatMap((time, i) => [
      `**${time}** | Talk ${i + 1} on building with serverless services`,
      '',
    ]);
    const setUp = [
      '## Set-up',
      '',
      'Each team ran `npm test` before the demo, then shipped it from commit → build → deploy every time.',
      '',
    ];
    writeFileSync(recap, ['# Community Day', '', '## Agenda', '', ...slots, ...setUp].join('\n'));
    const cli = spawnSync(
      process.execPath,
      ['scripts/run.mjs', 'deck', recap, '--out', dir, '--format', 'pptx', '--quiet'],
      { cwd: project, encoding: 'utf8' },
    );
    expect(cli.status, cli.stderr).toBe(0);
    const deck = await JSZip.loadAsync(readFileSync(join(dir, 'day.pptx')));
    const slides = await Promise.all(deck.file(/^ppt\/slides\/slide\d+\.xml$/).map((f) => f.async('string')));
    const tables = slides.filter((xml) => xml.includes('<a:tbl>'));
    expect(tables).toHaveLength(1);
    const widths = [...tables[0]!.matchAll(/<a:gridCol w="(\d+)"/g)].map((m) => Number(m[1]));
    const heights = [...tables[0]!.matchAll(/<a:tr h="(\d+)"/g)].map((m) => Number(m[1]));
    expect(widths.length).toBeGreaterThan(1);
    for (const w of [...widths, ...heights]) expect(w).toBeGreaterThan(0);
    // Its rows are the four slots: the hidden header is no row of the PPTX.
    expect(heights).toHaveLength(4);
    // Inline code keeps the box behind it, as the run's highlight in the page's colour.
    const code = slides.flatMap((xml) => [
      ...xml.matchAll(/<a:rPr[^>]*>(.*?)<\/a:rPr><a:t>npm test<\/a:t>/g),
    ]);
    expect(code).toHaveLength(1);
    expect(code[0]![1]).toMatch(/<a:highlight><a:srgbClr val="[0-9A-F]{6}"/);
    // Step chips keep their tint, and their arrows stand apart from them, as on the page.
    const chip = slides.flatMap((xml) => [...xml.matchAll(/<a:rPr[^>]*>(.*?)<\/a:rPr><a:t>build<\/a:t>/g)]);
    expect(chip).toHaveLength(1);
    expect(chip[0]![1]).toMatch(/<a:highlight><a:srgbClr val="FFF4E5"/);
    expect(slides.join('')).toContain('<a:t> → </a:t>');
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
