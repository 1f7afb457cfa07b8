// A few short cards are set at the body size; cards that need the room keep the denser type,
// and neighbouring slides of cards share one size.
import { describe, expect, it } from 'vitest';
import { est, plan, subSections, withPart } from '../../helpers.js';
import { roomyCards } from '../../../src/plan/layouts/roomy-cards.js';
import { evenTypeSizes } from '../../../src/plan/even-sizes.js';

const themes = ['Mindset', 'Skills', 'Career'];
const cardSlides = (recap: string) => plan(recap).deck.slides.filter((s) => s.layout === 'cards');

describe('roomy cards', () => {
  it('set three short cards at the body size', () => {
    const lines = subSections(themes, (t) => [`- ${t} matters more than tools.`]);
    const cards = cardSlides(withPart('Key Takeaways', lines));
    expect(cards).toHaveLength(1);
    expect(cards[0]!.roomy).toBe(true);
  });

  it('keep the card size where the larger type would crowd the slide', () => {
    const point = (t: string, n: number) =>
      `- ${t} ${n}: teams that tried it in the workshop saw fewer hand-offs and shorter queues.`;
    const lines = subSections(themes, (t) => [1, 2, 3].map((n) => point(t, n)));
    const cards = cardSlides(withPart('Key Takeaways', lines));
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.every((s) => !s.roomy)).toBe(true);
  });

  it('set cards larger wherever the larger type still fits the slide, most of it as they fill', () => {
    // Cards growing a point at a time: each grid that fits larger is larger, the fullest of them
    // filling well over four fifths of the room.
    const point = (t: string, n: number) => `- ${t} ${n}: fewer hand-offs.`;
    const grids = [1, 2, 3, 4, 5, 6].flatMap((most) =>
      cardSlides(
        withPart(
          'Key Takeaways',
          subSections(themes, (t) => [...Array(most)].map((_, n) => point(t, n))),
        ),
      ),
    );
    const roomy = grids.filter((s) => s.roomy);
    expect(roomy.length).toBeGreaterThan(0);
    const fill = (s: (typeof grids)[number]) => {
      const larger = roomyCards([{ ...s, roomy: false }], est)[0]!;
      return larger.roomy ? s.estimatedPx! / s.budgetPx! : 0;
    };
    expect(Math.max(...roomy.map(fill))).toBeGreaterThan(0.7);
  });

  it('give neighbouring slides of cards one size: all larger or none', () => {
    const short = cardSlides(
      withPart(
        'A',
        subSections(themes, (t) => [`- ${t} in short.`]),
      ),
    )[0]!;
    const long = cardSlides(
      withPart(
        'B',
        subSections(themes, (t) =>
          [1, 2, 3, 4].map(
            (n) => `- ${t} ${n}: a point long enough to need its own two or three lines here.`,
          ),
        ),
      ),
    )[0]!;
    const unroomy = (s: typeof short) => ({ ...s, roomy: false });
    const both = evenTypeSizes(roomyCards([unroomy(short), unroomy(long)], est));
    expect(both.map((s) => Boolean(s.roomy))).toEqual([false, false]);
    expect(roomyCards([unroomy(short)], est)[0]!.roomy).toBe(true);
  });
});
