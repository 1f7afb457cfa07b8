// The editable PPTX of a small scene, unzipped and read as XML, without a browser: slide
// numbers are fields in the layout's placeholders, body text shrinks on overflow, tables
// mark their header row, shapes have readable names and decoration is marked as such.
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Box, Paragraph, SceneItem, SceneSlide, TextItem } from '../../src/export/dom-scene.js';
import { buildEditablePptx } from '../../src/export/pptx-editable.js';

const grey = { hex: '5F6B7A', alpha: 1 };
// A family with no @fontsource package: nothing to embed, so the test stays quick.
const paragraph = (text: string, align: Paragraph['align'] = 'l'): Paragraph => ({
  runs: [
    {
      text,
      font: 'Test Sans',
      weight: 400,
      italic: false,
      sizePx: 24,
      colour: grey,
      underline: false,
      spacingPx: 0,
    },
  ],
  align,
  lineHeightPx: 32,
  spaceBeforePx: 0,
  marginPx: 0,
  indentPx: 0,
  level: 0,
});
const text = (role: TextItem['role'], words: string, box: Box, more: Partial<TextItem> = {}): TextItem => ({
  kind: 'text',
  role,
  box,
  paragraphs: [paragraph(words)],
  insets: [0, 0, 0, 0],
  anchor: 't',
  wrap: role === 'title' || role === 'body',
  ...more,
});
const card = {
  radiusPx: 14,
  ellipse: false,
  fill: { kind: 'solid' as const, colour: { hex: 'F2F3F3', alpha: 1 } },
};
const cell = (words: string) => ({
  paragraphs: [paragraph(words)],
  insets: [8, 8, 8, 8] as [number, number, number, number],
  anchor: 't' as const,
  borders: [],
  colspan: 1,
  rowspan: 1,
});
const table = (header: boolean): SceneItem => ({
  kind: 'table',
  box: { x: 72, y: 400, w: 600, h: 96 },
  columnsPx: [300, 300],
  rows: [
    { heightPx: 48, cells: [cell('Time'), cell('Talk')] },
    { heightPx: 48, cells: [cell('9:00'), cell('Keynote')] },
  ],
  header,
});
const footing = (page: number): SceneItem[] => [
  text('footer', 'Cloud Day', { x: 72, y: 674, w: 1110, h: 21 }),
  text('number', `${page} / 3`, { x: 1223 - (page === 3 ? 50 : 43), y: 675, w: page === 3 ? 50 : 43, h: 22 }),
];

const scene: SceneSlide[] = [
  {
    background: { hex: '232F3E', alpha: 1 },
    items: [
      {
        kind: 'shape',
        box: { x: 760, y: 0, w: 520, h: 520 },
        style: { radiusPx: 0, ellipse: false, fill: { kind: 'radial', centre: { x: 1, y: 0 }, stops: [] } },
      },
      text('title', 'Cloud Day', { x: 96, y: 300, w: 1000, h: 60 }),
    ],
  },
  {
    background: { hex: 'FFFFFF', alpha: 1 },
    items: [
      {
        kind: 'shape',
        box: { x: 0, y: 0, w: 10, h: 720 },
        style: { radiusPx: 0, ellipse: false, fill: { kind: 'solid', colour: grey } },
      },
      text('title', 'Agenda', { x: 72, y: 69, w: 1136, h: 50 }),
      text(
        'body',
        'Keynote and demos',
        { x: 72, y: 146, w: 548, h: 90 },
        { shape: card, insets: [68, 10, 16, 10], anchor: 'ctr' },
      ),
      text(
        'body',
        '1',
        { x: 84, y: 160, w: 52, h: 52 },
        { shape: { ...card, ellipse: true }, wrap: false, anchor: 'ctr' },
      ),
      text('body', 'What we learnt, in a paragraph that wraps.', { x: 72, y: 260, w: 1000, h: 64 }),
      table(true),
      ...footing(2),
    ],
  },
  {
    background: { hex: 'FFFFFF', alpha: 1 },
    items: [
      text('title', 'Sessions', { x: 72, y: 69, w: 1136, h: 50 }),
      // Inline code: its words on the light box the page draws behind them.
      text(
        'body',
        'Clone ',
        { x: 72, y: 140, w: 1000, h: 40 },
        {
          paragraphs: [
            {
              ...paragraph('Clone '),
              runs: [
                ...paragraph('Clone ').runs,
                { ...paragraph('amazon-bedrock-samples').runs[0]!, highlight: { hex: 'F2F4F6', alpha: 1 } },
              ],
            },
          ],
        },
      ),
      table(false),
      ...footing(3),
    ],
  },
];

let zip: JSZip;
const part = (path: string) => zip.file(path)!.async('string');
/** The shape (or frame) named `name` on a slide. */
const shape = (xml: string, name: string) =>
  new RegExp(
    `<p:(sp|graphicFrame)>\\s*<p:nv\\w+Pr>\\s*<p:cNvPr id="\\d+" name="${name}"[\\s\\S]*?</p:\\1>`,
  ).exec(xml)?.[0] ?? '';

beforeAll(async () => {
  const info = {
    title: 'Cloud Day',
    langTag: 'en-US',
    slides: scene.map((_, i) => ({ title: `Slide ${i + 1}`, notes: [], altText: '' })),
    size: { width: 1280, height: 720 },
  };
  zip = await JSZip.loadAsync(await buildEditablePptx(scene, info));
});

describe('the footer and the slide number of an editable PPTX', () => {
  it('makes the number a slide-number field in the slide-number placeholder', async () => {
    const number = shape(await part('ppt/slides/slide2.xml'), 'Slide Number');
    expect(number).toContain('<p:ph type="sldNum" sz="quarter" idx="12"/>');
    expect(number).toMatch(
      /<a:fld id="\{[0-9A-F-]{36}\}" type="slidenum"><a:rPr [^>]*>.*?<\/a:rPr><a:t>2<\/a:t><\/a:fld>/,
    );
    expect(number).toContain('<a:t> / 3</a:t>');
    expect(shape(await part('ppt/slides/slide3.xml'), 'Slide Number')).toMatch(/<a:t>3<\/a:t><\/a:fld>/);
  });

  it('keeps the number where the page draws it: its right edge, aligned right', async () => {
    const number = shape(await part('ppt/slides/slide3.xml'), 'Slide Number');
    const [x, cx] = [/<a:off x="(\d+)"/, /<a:ext cx="(\d+)"/].map((re) => Number(re.exec(number)![1]));
    expect(x! + cx!).toBe(1223 * 9525);
    expect(number).toContain('algn="r"');
  });

  it('puts the footer in the footer placeholder, which the layout and the master hold too', async () => {
    expect(shape(await part('ppt/slides/slide2.xml'), 'Footer')).toContain(
      '<p:ph type="ftr" sz="quarter" idx="11"/>',
    );
    const layout = await part('ppt/slideLayouts/slideLayout2.xml');
    expect(layout).toContain('<p:ph type="ftr" sz="quarter" idx="11"/>');
    expect(layout).toMatch(/<p:ph type="sldNum" sz="quarter" idx="12"\/>[\s\S]*type="slidenum"/);
    const master = await part('ppt/slideMasters/slideMaster1.xml');
    expect(master).toContain('<p:ph type="ftr" sz="quarter" idx="3"/>');
    expect(master).toContain('<p:hf hdr="0" dt="0"/>');
    // The cover has neither.
    expect(await part('ppt/slides/slide1.xml')).not.toContain('type="ftr"');
  });
});

describe('the shapes of an editable PPTX', () => {
  it('shrinks body text on overflow and lets it wrap; a label keeps its size on one line', async () => {
    const slide = await part('ppt/slides/slide2.xml');
    for (const name of ['Text 1', 'Card 1'])
      expect(shape(slide, name), name).toMatch(/<a:bodyPr wrap="square"[^>]*><a:normAutofit\/><\/a:bodyPr>/);
    expect(shape(slide, 'Step 1')).toMatch(/<a:bodyPr wrap="none"[^>]*><a:noAutofit\/><\/a:bodyPr>/);
    expect(shape(slide, 'Footer')).toContain('<a:noAutofit/>');
  });

  it('keeps the box behind inline code as the run’s highlight, where the schema puts it', async () => {
    const body = shape(await part('ppt/slides/slide3.xml'), 'Text 1');
    const runs = [...body.matchAll(/<a:r><a:rPr[^>]*>(.*?)<\/a:rPr><a:t>([^<]*)<\/a:t>/g)];
    expect(runs.map((r) => r[2])).toEqual(['Clone ', 'amazon-bedrock-samples']);
    expect(runs[0]![1]).not.toContain('highlight');
    expect(runs[1]![1]).toMatch(
      /^<a:solidFill>.*<\/a:solidFill><a:highlight><a:srgbClr val="F2F4F6"\/?>(<\/a:srgbClr>)?<\/a:highlight><a:latin /,
    );
  });

  it('marks the header row of a table that has one', async () => {
    expect(shape(await part('ppt/slides/slide2.xml'), 'Table 1')).toContain('<a:tblPr firstRow="1"/>');
    expect(shape(await part('ppt/slides/slide3.xml'), 'Table 1')).toContain('<a:tblPr/>');
  });

  it('names every shape as a person would, and no two alike on a slide', async () => {
    const names = (xml: string) => [...xml.matchAll(/<p:cNvPr id="\d+" name="([^"]+)"/g)].map((m) => m[1]);
    expect(names(await part('ppt/slides/slide1.xml'))).toEqual(['Glow 1', 'Title']);
    expect(names(await part('ppt/slides/slide2.xml'))).toEqual([
      'Rule 1',
      'Title',
      'Card 1',
      'Step 1',
      'Text 1',
      'Table 1',
      'Footer',
      'Slide Number',
    ]);
  });

  it('marks decoration decorative, and nothing that holds text', async () => {
    const slide = await part('ppt/slides/slide2.xml');
    const decorative =
      /<adec:decorative xmlns:adec="http:\/\/schemas\.microsoft\.com\/office\/drawing\/2017\/decorative"/;
    expect(shape(slide, 'Rule 1')).toMatch(decorative);
    expect(shape(await part('ppt/slides/slide1.xml'), 'Glow 1')).toMatch(decorative);
    for (const name of ['Title', 'Card 1', 'Step 1', 'Text 1', 'Footer'])
      expect(shape(slide, name), name).not.toMatch(decorative);
  });

  it("sets a rounded card's text where the page does: insets count from the geometry's text rectangle", async () => {
    // A roundRect's text rectangle lies 0.29289 of its corner radius inside its box, in
    // PowerPoint and LibreOffice alike; the page's 68px and 16px are from the box.
    const body = /<a:bodyPr [^>]*>/.exec(shape(await part('ppt/slides/slide2.xml'), 'Card 1'))![0];
    const inset = (side: string) => Number(new RegExp(`${side}Ins="(\\d+)"`).exec(body)![1]) / 9525;
    const corner = 14 * 0.29289;
    expect(inset('l')).toBeCloseTo(68 - corner, 2);
    expect(inset('r')).toBeCloseTo(16 - corner, 2);
    // Centred on its height, it stays centred: as much off the top as off the bottom.
    expect(inset('t')).toBeCloseTo(inset('b'), 2);
  });
});
