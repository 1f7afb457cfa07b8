// Time budgets, pinned: the speaking pace per language, the time to look at tables,
// pictures and code, the floor per slide, and the scaling to the recap's `duration`.
import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { type DeckMeta, type Slide, say } from '../../src/model/deck.js';
import { planTiming, slideSeconds } from '../../src/plan/timing.js';
import { VFile } from 'vfile';
import { readRecap } from '../../src/recap/read.js';
import { est } from '../helpers.js';
import { toDeck } from '../../src/plan/to-deck.js';
import { plainNotes } from '../../src/notes/write-notes.js';

const wordsOf = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

function slide(notes: RootContent[], blocks: RootContent[] = []): Slide {
  return { layout: 'content', title: 'T', blocks, notes, origin: { line: 1, column: 1 } };
}

const table = (rows: number): RootContent => ({
  type: 'table',
  children: Array.from({ length: rows }, () => ({
    type: 'tableRow' as const,
    children: [{ type: 'tableCell' as const, children: [{ type: 'text' as const, value: 'x' }] }],
  })),
});

describe('slideSeconds', () => {
  it('reads English notes at 130 words a minute and Vietnamese at 160', () => {
    expect(slideSeconds(slide([say(wordsOf(130))]), 'en')).toBe(60);
    expect(slideSeconds(slide([say(wordsOf(260))]), 'en')).toBe(120);
    expect(slideSeconds(slide([say(wordsOf(160))]), 'vi')).toBe(60);
    expect(slideSeconds(slide([say(wordsOf(80))]), 'vi')).toBe(30);
  });

  it('gives every slide at least 12 seconds', () => {
    expect(slideSeconds(slide([]), 'en')).toBe(12);
    expect(slideSeconds(slide([say(wordsOf(13))]), 'en')).toBe(12);
  });

  it('adds time to look: 8 s a picture, 4 s a table row, 3 s a line of code', () => {
    const notes = [say(wordsOf(130))];
    const figure = { type: 'figure', url: 'x.png', alt: 'x' } as RootContent;
    expect(slideSeconds(slide(notes, [figure]), 'en')).toBe(68);
    // The header row is read with the first row.
    expect(slideSeconds(slide(notes, [table(6)]), 'en')).toBe(80);
    expect(slideSeconds(slide(notes, [{ type: 'code', value: 'a\nb\nc' }]), 'en')).toBe(69);
  });
});

describe('planTiming', () => {
  const meta = (durationMinutes?: number): DeckMeta => ({
    lang: 'en',
    title: 'T',
    footer: 'T',
    ...(durationMinutes ? { durationMinutes } : {}),
  });
  const slides = [slide([say(wordsOf(130))]), slide([say(wordsOf(65))]), slide([])];

  it('sums the estimates when the recap gives no duration', () => {
    expect(planTiming({ slides, meta: meta() })).toEqual({
      perSlide: [60, 30, 12],
      totalSeconds: 102,
      fromDuration: false,
    });
  });

  it("scales every slide to the recap's duration, keeping their proportions", () => {
    const timing = planTiming({ slides, meta: meta(17) });
    expect(timing.fromDuration).toBe(true);
    expect(timing.perSlide).toEqual([600, 300, 120]);
    expect(timing.totalSeconds).toBe(1020);
  });

  it('is the same whether the notes are for a speaker or plain, and the cue says it', () => {
    const text = [
      '# T',
      '## One',
      '- **CI/CD** with CodePipeline, a point of some words',
      '## Two',
      '- Learn CodePipeline',
    ].join('\n\n');
    const recap = readRecap(text, new VFile({ path: 'recaps/t.md' }));
    const deckOf = (notes: 'speaker' | 'plain') =>
      toDeck({ recap, assets: new Map(), est, source: 'recaps/t.md', name: 't', notes });
    const speaker = deckOf('speaker');
    expect(speaker.timing).toEqual(deckOf('plain').timing);
    speaker.slides.forEach((s, i) => {
      expect(plainNotes(s.notes)).toContain(`≈ ${speaker.timing.perSlide[i]} seconds`);
    });
  });
});
