import { describe, expect, it } from 'vitest';
import type { Slide } from '../../src/model/deck.js';
import { evenTypeSizes } from '../../src/plan/even-sizes.js';
import { plan } from '../helpers.js';

const slide = (layout: Slide['layout'], roomy?: boolean): Slide => ({
  layout,
  title: layout,
  blocks: [],
  notes: [],
  origin: { line: 1, column: 1 },
  ...(roomy ? { roomy } : {}),
});

describe('type sizes from slide to slide', () => {
  it('sets a run of text slides larger only when every one of them is', () => {
    const sizes = (slides: Slide[]) => evenTypeSizes(slides).map((s) => Boolean(s.roomy));
    expect(sizes([slide('content', true), slide('content'), slide('two-column', true)])).toEqual([
      false,
      false,
      false,
    ]);
    expect(sizes([slide('content', true), slide('content', true)])).toEqual([true, true]);
    // Another layout between them ends the run: each side keeps its own size.
    expect(
      sizes([slide('content', true), slide('cards'), slide('content'), slide('speakers', true)]),
    ).toEqual([true, false, false, true]);
  });

  it('gives a planned deck no size jump between neighbouring text slides', () => {
    // Two short items would be set larger alone; the long list beside them is not.
    const items = (n: number, words: string) =>
      Array.from({ length: n }, (_, i) => `- ${words} ${i} explains what the team built and why`).join('\n');
    // (A lead-in above them, or they would stand in boxes of their own: boxed-points.ts.)
    const short = `The two points:\n\n${items(2, 'Point')}`;
    const { deck } = plan(`# Deck\n\n## Short\n\n${short}\n\n## Long\n\n${items(9, 'Item')}\n`);
    const text = deck.slides.filter((s) => s.layout === 'content' || s.layout === 'two-column');
    expect(text.map((s) => s.title)).toEqual(['Short', 'Long']);
    expect(new Set(text.map((s) => Boolean(s.roomy))).size).toBe(1);
  });
});
