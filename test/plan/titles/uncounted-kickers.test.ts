// The line above a title names the part; it never counts. What the recap wrote goes to the notes.
import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import type { Slide } from '../../../src/model/deck.js';
import { uncountKickers } from '../../../src/plan/titles/uncounted-kickers.js';

const slide = (title: string, eyebrow?: string, layout: Slide['layout'] = 'content'): Slide => ({
  layout,
  title,
  blocks: [],
  notes: [],
  origin: { line: 1, column: 1 },
  ...(eyebrow ? { eyebrow } : {}),
});
const notes = (s: Slide) => s.notes.map((n) => toString(n));

describe('uncountKickers', () => {
  it('drops counters, outline numbers and labels that only count, keeping the names', () => {
    const out = uncountKickers([
      slide('Deep Response Engine', 'Nội dung chi tiết · 2 / 5'),
      slide('Vào Lambda', '1'),
      slide('Cloud Day Vietnam', 'Sự kiện 1'),
      slide('Keynotes', 'Part 2', 'divider'),
      slide('Prompt Engineering', '3. Nội dung · 3.1'),
    ]);
    expect(out.map((s) => s.eyebrow)).toEqual([
      'Nội dung chi tiết',
      undefined,
      undefined,
      undefined,
      'Nội dung',
    ]);
  });

  it('keeps labels that place a part in time or in a procedure, and the cover’s', () => {
    const out = uncountKickers([
      slide('Week 3', 'Tuần 3', 'title'),
      slide('Hands-on labs', 'Day 2'),
      slide('Create the bucket', 'Bước 4'),
    ]);
    expect(out.map((s) => s.eyebrow)).toEqual(['Tuần 3', 'Day 2', 'Bước 4']);
  });

  it('gives the speaker what the recap wrote, once for a run of slides', () => {
    const out = uncountKickers([
      slide('Cloud Day Vietnam', 'Sự kiện 1'),
      slide('Cloud Day Vietnam', 'Sự kiện 1'),
      slide('Vào Lambda', '1'),
      slide('Other', 'Overview'),
    ]);
    expect(out.map(notes)).toEqual([['Sự kiện 1: Cloud Day Vietnam'], [], ['1. Vào Lambda'], []]);
  });
});
