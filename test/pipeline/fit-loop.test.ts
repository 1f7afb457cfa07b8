import { describe, expect, it } from 'vitest';
import type { SlideFit } from '../../src/export/fit.js';
import type { Deck, Slide } from '../../src/model/deck.js';
import { growUnderfilled, savingGrowth, shrinkOverflowing } from '../../src/pipeline/fit-loop.js';

const slide = (
  section: number,
  part?: { index: number; total: number },
  estimatedPx = 400,
  budgetPx = 500,
): Slide => ({
  layout: 'content',
  title: 't',
  blocks: [],
  notes: [],
  origin: { line: 1, column: 1 },
  section,
  estimatedPx,
  budgetPx,
  ...(part ? { part } : {}),
});
const fitOf = (index: number, overflowPx: number, bodyPx = 300): SlideFit => ({
  index,
  fits: overflowPx === 0,
  overflowPx,
  bodyFontPx: 26,
  anyFontPx: 20,
  bodyPx,
});
const deckOf = (slides: Slide[]) => ({ slides }) as unknown as Deck;

describe('the fit loop', () => {
  it('shrinks a section once, by its worst overflowing slide, however many overflow', () => {
    const deck = deckOf([slide(10), slide(10), slide(10), slide(20)]);
    const next = shrinkOverflowing(deck, [fitOf(0, 20), fitOf(1, 20), fitOf(2, 50), fitOf(3, 0)], new Map())!;
    expect(next.get(10)).toBeCloseTo(0.86, 5);
    expect(next.has(20)).toBe(false);
    expect(
      shrinkOverflowing(deck, [fitOf(0, 0), fitOf(1, 0), fitOf(2, 0), fitOf(3, 0)], new Map()),
    ).toBeUndefined();
  });

  it('gives a split section more room when the browser shows it would fit on fewer slides', () => {
    const deck = deckOf([slide(10, { index: 1, total: 2 }, 450), slide(10, { index: 2, total: 2 }, 150)]);
    const next = growUnderfilled(deck, [fitOf(0, 0, 300), fitOf(1, 0, 100)], new Map())!;
    expect(next.get(10)).toBeCloseTo((600 / 400) * 0.97, 5);
    // Measured content that needs both slides, even set closer, gets nothing more.
    expect(growUnderfilled(deck, [fitOf(0, 0, 480), fitOf(1, 0, 200)], new Map())).toBeUndefined();
  });

  it('gives room too where the section would fit on one slide fewer only set closer', () => {
    // 520 px measured against 500 of room: a little over, as closer lines take back.
    const deck = deckOf([slide(10, { index: 1, total: 2 }, 420), slide(10, { index: 2, total: 2 }, 160)]);
    const next = growUnderfilled(deck, [fitOf(0, 0, 380), fitOf(1, 0, 140)], new Map())!;
    expect(next.get(10)).toBeCloseTo((580 / 520) * 0.97, 5);
  });

  it('takes back only a little room from a section it gave room to, when it runs a little over', () => {
    const deck = deckOf([slide(10), slide(20)]);
    const fits = [fitOf(0, 5), fitOf(1, 5)];
    const next = shrinkOverflowing(deck, fits, new Map([[10, 1.03]]), new Set([10]))!;
    // The widened section gives back 5 px and a margin; the other shrinks by the usual step.
    expect(next.get(10)).toBeCloseTo(1.03 * (1 - 5 / 500 - 0.02), 5);
    expect(next.get(20)).toBeCloseTo(0.92, 5);
  });

  it('undoes growth that saved no slide, and keeps growth that did', () => {
    const two = (section: number) => [
      slide(section, { index: 1, total: 2 }),
      slide(section, { index: 2, total: 2 }),
    ];
    const before = deckOf([...two(10), ...two(20), slide(30)]);
    // Section 10 now fits one slide; section 20 still takes two, its break moved.
    const after = deckOf([slide(10), ...two(20), slide(30)]);
    const grown = new Map([
      [10, 1.3],
      [20, 1.2],
      [30, 0.9],
    ]);
    const kept = savingGrowth(before, after, new Map([[30, 0.9]]), grown)!;
    expect([...kept]).toEqual([
      [10, 1.3],
      [30, 0.9],
    ]);
    const saving = new Map([[10, 1.3]]);
    expect(savingGrowth(before, after, new Map(), saving)).toBeUndefined();
  });
});
