// The handout's pages, chosen from measured heights: cards stay in order and whole where they
// can, no page but the last is more than a third blank, a slide keeps the start of its notes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutHandout } from '../../src/render/handout-layout.js';
import type { CardBox, HandoutGeometry, HandoutLayout } from '../../src/render/handout-measures.js';

const GEOMETRY: HandoutGeometry = { page: 975, gap: 26, contTop: 22, halfSlide: 126, shortPiece: 40 };
const SLIDE = 280;
const LINE = 20;

/** A card: a slide above note units of so many lines each (7px apart), a label where `keep`,
 * a block that never splits (a table, code) where `solid`. */
function card(
  units: number[],
  options: { keep?: number[]; solid?: number[]; slideText?: number } = {},
): CardBox {
  let y = SLIDE + 11;
  const boxes = units.map((lines, u) => {
    const top = y;
    y += lines * LINE;
    const box = {
      top,
      bottom: y,
      keep: options.keep?.includes(u) ?? false,
      ...(lines > 1 && !options.solid?.includes(u)
        ? { lines: Array.from({ length: lines - 1 }, (_, j) => top + (j + 1) * LINE) }
        : {}),
    };
    y += 7;
    return box;
  });
  const notes = units.reduce((sum, lines) => sum + lines, 0);
  return {
    height: boxes.at(-1)?.bottom ?? SLIDE,
    units: boxes,
    half: GEOMETRY.halfSlide + (notes ? 11 + notes * LINE * 1.6 : 0),
    halfNotes: notes ? 11 + notes * LINE * 1.6 : 0,
    slideText: options.slideText ?? 400,
  };
}

/** Where each card's slide sits, and the pages each card's notes run over. */
function placement(layout: HandoutLayout): { slides: number[]; parts: Map<number, number[]> } {
  const slides: number[] = [];
  const parts = new Map<number, number[]>();
  layout.pages.forEach((pieces, page) => {
    for (const piece of pieces) {
      const cards = piece.kind === 'row' ? piece.cards : [piece.card];
      for (const c of cards) {
        if (piece.kind !== 'card' || piece.part === 0) slides[c] = page;
        parts.set(c, [...(parts.get(c) ?? []), page]);
        if (piece.kind === 'card') expect(piece.part).toBe((parts.get(c)?.length ?? 1) - 1);
      }
    }
  });
  return { slides, parts };
}

function expectFull(layout: HandoutLayout): void {
  for (const height of layout.heights.slice(0, -1)) {
    expect(height).toBeLessThanOrEqual(GEOMETRY.page);
    expect(1 - height / GEOMETRY.page).toBeLessThanOrEqual(1 / 3);
  }
}

describe('layoutHandout', () => {
  it('fills every page but the last to two thirds or more, cards in order', () => {
    const cards = [3, 9, 2, 14, 6, 1, 11, 4, 8, 5, 12, 3].map((n) => card([2, ...Array(n).fill(1)]));
    const layout = layoutHandout(cards, GEOMETRY);
    expectFull(layout);
    const { slides } = placement(layout);
    expect(slides).toHaveLength(cards.length);
    for (let c = 1; c < cards.length; c += 1) expect(slides[c]!).toBeGreaterThanOrEqual(slides[c - 1]!);
  });

  it('continues long notes on the next pages, the slide with their first lines', () => {
    const long = card(Array(60).fill(2));
    const layout = layoutHandout([card([2, 2]), long, card([3])], GEOMETRY);
    const { slides, parts } = placement(layout);
    expect(parts.get(1)!.length).toBeGreaterThan(2);
    // Parts follow each other page after page, the first on the slide's page.
    expect(parts.get(1)![0]).toBe(slides[1]);
    expect(parts.get(1)).toEqual(parts.get(1)!.map((_, i) => slides[1]! + i));
    expectFull(layout);
  });

  it("never breaks right after a part's label, nor leaves a paragraph's single line", () => {
    const cards = Array.from({ length: 8 }, () =>
      card([3, 1, 5, 4, 1, 6, 2, 7, 1, 9, 4], { keep: [1, 4, 8] }),
    );
    cards.push(card([1, 1], { keep: [0] }));
    const layout = layoutHandout(cards, GEOMETRY);
    expect(layout.cuts.length).toBeGreaterThan(0);
    for (const cut of layout.cuts) {
      const unit = cards[cut.card]!.units[cut.unit]!;
      if (cut.line === undefined) expect(unit.keep).toBe(false);
      else {
        const lines = (unit.lines?.length ?? 0) + 1;
        expect(cut.line).toBeGreaterThanOrEqual(2);
        expect(lines - cut.line).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('sets light slides with short notes two to a row or beside their notes, never a full one', () => {
    const light = (lines: number) => card(lines ? [lines] : [], { slideText: 40 });
    const cards = [light(1), light(0), card([4, 4, 4]), light(3), card([6, 6]), light(0), light(1)];
    const layout = layoutHandout(cards, GEOMETRY);
    const pieces = layout.pages.flat();
    expect(pieces).toContainEqual({ kind: 'row', cards: [0, 1] });
    const compact = pieces.flatMap((p) => (p.kind === 'row' ? p.cards : p.kind === 'side' ? [p.card] : []));
    for (const c of [2, 4]) expect(compact).not.toContain(c);
    expect(compact.length).toBeGreaterThanOrEqual(4);
  });

  it('gives a block taller than a page a page of its own, and goes on', () => {
    const layout = layoutHandout([card([2]), card([80], { solid: [0] }), card([2])], GEOMETRY);
    const { slides, parts } = placement(layout);
    // Every card placed, in order: the tall one alone on its page, the next on the page after.
    expect(slides).toHaveLength(3);
    expect(slides[1]!).toBeGreaterThan(slides[0]!);
    expect(parts.get(1)).toEqual([slides[1]]);
    expect(layout.pages[slides[1]!]).toEqual([{ kind: 'card', card: 1, part: 0 }]);
    expect(slides[2]).toBe(slides[1]! + 1);
    expect(layout.heights.some((h) => h > GEOMETRY.page)).toBe(true);
  });

  it('places every card once, in order, its notes on consecutive pages (generated decks)', () => {
    const units = fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 12 });
    const deck = fc.array(
      fc
        .record({ units, light: fc.boolean(), label: fc.boolean() })
        .map(({ units, light, label }) =>
          card(units, { slideText: light ? 50 : 400, keep: label ? [0] : [] }),
        ),
      { minLength: 1, maxLength: 30 },
    );
    fc.assert(
      fc.property(deck, (cards) => {
        const layout = layoutHandout(cards, GEOMETRY);
        const { slides, parts } = placement(layout);
        expect(slides.filter((s) => s !== undefined)).toHaveLength(cards.length);
        for (let c = 1; c < cards.length; c += 1) expect(slides[c]!).toBeGreaterThanOrEqual(slides[c - 1]!);
        for (const [c, pages] of parts) expect(pages).toEqual(pages.map((_, i) => slides[c]! + i));
        layout.heights.forEach((height, page) => {
          if (height > GEOMETRY.page) expect(layout.pages[page]).toHaveLength(1);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('pages a long deck', () => {
    const cards = Array.from({ length: 200 }, (_, i) => card(Array((i % 9) + 1).fill((i % 4) + 1)));
    const layout = layoutHandout(cards, GEOMETRY);
    expect(placement(layout).slides).toHaveLength(200);
    expectFull(layout);
  });
});
