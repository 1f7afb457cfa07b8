// Speaker notes as PowerPoint paragraphs, and the DrawingML pieces the editable PPTX is
// made of: read back as XML, without a browser.
import type { RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { faceOf } from '../../src/export/pptx-fonts.js';
import { notesParagraphsXml } from '../../src/export/pptx-notes.js';
import { fillXml } from '../../src/export/pptx-shape-xml.js';
import { escapeXml, paragraphXml } from '../../src/export/pptx-xml.js';

const blocks = (markdown: string) =>
  unified().use(remarkParse).use(remarkGfm).parse(markdown).children as RootContent[];

describe('notes as PowerPoint paragraphs', () => {
  const xml = notesParagraphsXml(
    blocks(
      'Chào **mọi người**, hôm nay *nói về* DevOps.\n\n- Một\n  - Hai\n- [AWS](https://aws.amazon.com)\n\n1. Bước\n2. Bước nữa',
    ),
    'vi-VN',
  );
  const paragraphs = xml.split('</a:p>').filter(Boolean);

  it('keeps paragraphs and list items apart, nested items indented further', () => {
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs[1]).toContain('<a:buChar char="•"/>');
    const margin = (p: string) => Number(/marL="(\d+)"/.exec(p)?.[1]);
    expect(margin(paragraphs[2]!)).toBeGreaterThan(margin(paragraphs[1]!));
    expect(paragraphs[4]).toContain('<a:buAutoNum type="arabicPeriod" startAt="1"/>');
    expect(paragraphs[5]).toContain('startAt="2"');
  });

  it('makes strong text bold and emphasis italic, every run in the given language', () => {
    expect(paragraphs[0]).toMatch(/<a:rPr lang="vi-VN" b="1" dirty="0"><\/a:rPr><a:t>mọi người<\/a:t>/);
    expect(paragraphs[0]).toMatch(/<a:rPr lang="vi-VN" i="1" dirty="0"><\/a:rPr><a:t>nói về<\/a:t>/);
    expect(xml).not.toContain('en-US');
    expect([...xml.matchAll(/<a:(rPr|endParaRPr) [^>]*>/g)].every((m) => m[0].includes('lang="vi-VN"'))).toBe(
      true,
    );
  });

  it('keeps a link readable: its text, then its address', () => {
    expect(paragraphs[3]).toContain('<a:t>AWS</a:t>');
    expect(paragraphs[3]).toContain('<a:t> (https://aws.amazon.com)</a:t>');
  });

  it('writes nothing for empty notes, and escapes what XML cannot hold', () => {
    expect(notesParagraphsXml([], 'en-US')).toBe('');
    expect(notesParagraphsXml(blocks('a < b & "c"'), 'en-US')).toContain(
      '<a:t>a &lt; b &amp; &quot;c&quot;</a:t>',
    );
    expect(escapeXml('tab\there\u0001')).toBe('tab\there');
  });
});

describe('DrawingML pieces', () => {
  it('turns CSS gradient angles into DrawingML ones (to bottom = 90°)', () => {
    const stops = [
      { at: 0, colour: { hex: 'FF9900', alpha: 1 } },
      { at: 1, colour: { hex: 'EC7211', alpha: 0.5 } },
    ];
    expect(fillXml({ kind: 'linear', angle: 180, stops })).toContain('<a:lin ang="5400000"');
    expect(fillXml({ kind: 'linear', angle: 90, stops })).toContain('<a:lin ang="0"');
    expect(fillXml({ kind: 'linear', angle: 180, stops })).toContain('<a:alpha val="50000"/>');
    const radial = fillXml({ kind: 'radial', centre: { x: 1, y: 0 }, stops });
    expect(radial).toContain('<a:fillToRect l="100000" t="0" r="0" b="100000"/>');
  });

  it('sets a paragraph with the page spacing, its bullet and runs in the deck language', () => {
    const run = {
      text: 'Xin chào',
      font: 'Be Vietnam Pro',
      weight: 800,
      italic: false,
      sizePx: 40,
      colour: { hex: '232F3E', alpha: 1 },
      underline: false,
      spacingPx: -0.4,
    };
    const xml = paragraphXml(
      {
        runs: [run],
        align: 'l',
        lineHeightPx: 48,
        spaceBeforePx: 10,
        marginPx: 32,
        indentPx: -32,
        level: 1,
        bullet: { kind: 'char', char: '■', colour: { hex: 'FF9900', alpha: 1 }, sizePct: 68 },
      },
      'vi-VN',
      () => undefined,
    );
    expect(xml).toContain('<a:pPr marL="304800" indent="-304800" lvl="1" algn="l">');
    expect(xml).toContain('<a:lnSpc><a:spcPts val="3600"/></a:lnSpc>');
    expect(xml).toContain('<a:spcBef><a:spcPts val="750"/></a:spcBef>');
    expect(xml).toContain('<a:buChar char="■"/>');
    expect(xml).toMatch(/<a:rPr lang="vi-VN" sz="3000" b="1" i="0" spc="-30" dirty="0">/);
    expect(xml).toContain('<a:latin typeface="Be Vietnam Pro ExtraBold"/>');
  });

  it('names weights the way fonts do, bold from 600 up', () => {
    expect(faceOf('Be Vietnam Pro', 400, false)).toMatchObject({ typeface: 'Be Vietnam Pro', bold: false });
    expect(faceOf('Be Vietnam Pro', 700, true)).toMatchObject({
      typeface: 'Be Vietnam Pro',
      bold: true,
      italic: true,
    });
    expect(faceOf('Be Vietnam Pro', 600, false)).toMatchObject({
      typeface: 'Be Vietnam Pro SemiBold',
      bold: true,
    });
    expect(faceOf('monospace', 400, false).typeface).toBe('Courier New');
  });
});
