import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { warningsOf } from '../../src/errors.js';
import { readRecap } from '../../src/recap/read.js';

const outline = (text: string) => {
  const warnings = new VFile({ path: 'x.md' });
  const recap = readRecap(text, warnings);
  const o = recap.outline;
  return {
    title: o.title?.text,
    sections: o.sections.map((s) => [s.title, s.children.map((c) => c.title)]),
    preamble: o.preamble.length,
    titleNotes: o.titleNotes,
    warnings: warningsOf(warnings).map((w) => w.message),
  };
};

describe('buildOutline', () => {
  it('takes the H1 as title and ### as sections with #### sub-sections', () => {
    expect(outline('# T\n\n### A\n\n- a\n\n### B\n\n#### B1\n\nx\n\n#### B2\n\ny\n')).toMatchObject({
      title: 'T',
      sections: [
        ['A', []],
        ['B', ['B1', 'B2']],
      ],
    });
  });

  it('uses a lone ## opening heading as the title when there is no H1', () => {
    expect(outline('## Report\n\n### A\n\nx\n\n### B\n\ny\n')).toMatchObject({
      title: 'Report',
      sections: [
        ['A', []],
        ['B', []],
      ],
    });
  });

  it('uses an empty first ## as title even when other ## sections follow', () => {
    expect(outline('## Báo cáo: "X"\n\n## Mục tiêu\n\nx\n\n## Diễn giả\n\ny\n')).toMatchObject({
      title: 'Báo cáo: "X"',
      sections: [
        ['Mục tiêu', []],
        ['Diễn giả', []],
      ],
    });
  });

  it('has no title heading when sections start at once, and tolerates jumps between levels', () => {
    expect(
      outline('#### Tổng quan\nText\n\n## [Sự kiện 1](./a/)\n\nA\n\n## Sự kiện 2\n\n##### deep\n\nB\n'),
    ).toMatchObject({
      title: undefined,
      sections: [
        ['Tổng quan', []],
        ['Sự kiện 1', []],
        ['Sự kiện 2', ['deep']],
      ],
    });
  });

  it('folds a heading that only wraps sections into the title notes', () => {
    expect(outline('# T\n\n# Learning report\n\n### A\n\nx\n\n### B\n\ny\n')).toMatchObject({
      titleNotes: ['Learning report'],
      sections: [
        ['A', []],
        ['B', []],
      ],
    });
  });

  it('skips empty sections with a warning and keeps their words in notes', () => {
    const o = outline('# T\n\n### A\n\nx\n\n### Hình ảnh\n\n---\n\n### C\n\ny\n');
    expect(o.sections).toEqual([
      ['A', []],
      ['C', []],
    ]);
    expect(o.warnings).toEqual(['section "Hình ảnh" is empty; skipped']);
  });

  it("never makes a slide of the recap's own --- separators", () => {
    expect(outline('# T\n\n---\n\n### A\n\nx\n\n---\n\n---\n\n### B\n\ny\n').sections).toEqual([
      ['A', []],
      ['B', []],
    ]);
  });

  it('falls back to bold lead lines when there are no headings', () => {
    expect(
      outline('Intro.\n\n**First topic:**\nText one.\n\n**Second topic:**\nText two.\n').sections,
    ).toEqual([
      ['First topic', []],
      ['Second topic', []],
    ]);
  });

  it('falls back to one untitled section of paragraphs without headings or lead lines', () => {
    expect(outline('Just a paragraph.\n\nAnother one.\n').sections).toEqual([['', []]]);
  });
});
