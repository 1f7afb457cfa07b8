// Cards laid out on slides: on one, set closer where that keeps them there, else over as few as
// hold them, set closer where that saves a slide.
import type { List, Paragraph, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { placeCards } from '../../../src/plan/layouts/card-pages.js';
import { aboveCardsHeight, type Card, cardsHeight } from '../../../src/plan/layouts/card-grid.js';
import { asList } from '../../../src/plan/points/lines.js';
import { est } from '../../helpers.js';

const paragraph = (text: string): Paragraph => ({
  type: 'paragraph',
  children: [{ type: 'text', value: text }],
});
const card = (n: number): Card => ({
  title: `Theme ${n}`,
  blocks: [asList([1, 2, 3].map((k) => paragraph(`Point ${k} of theme ${n}, about what the team tried.`)))],
});
const six = [1, 2, 3, 4, 5, 6].map(card);
const sources = six.map((c): RootContent[] => c.blocks);

describe('six cards over two slides of three', () => {
  // (The taller of the two slides of three.)
  const tallest = (type: 'usual' | 'compact') =>
    Math.max(
      cardsHeight(six.slice(0, 3), est, undefined, type),
      cardsHeight(six.slice(3), est, undefined, type),
    );
  const usual = tallest('usual');
  const closer = tallest('compact');

  it('take two slides at the usual spacing where that holds them', () => {
    const made = placeCards([], [six], sources, est, usual)!;
    expect(made.pages.map((p) => p.blocks.length)).toEqual([1, 1]);
    expect(made.compact).toBeUndefined();
  });

  it('are set closer where only that keeps them on two slides, rather than on three', () => {
    expect(closer).toBeLessThan(usual);
    const made = placeCards([], [six], sources, est, (usual + closer) / 2)!;
    expect(made.pages).toHaveLength(2);
    expect(made.compact).toBe(true);
    expect(made.pages.every((p) => p.height <= (usual + closer) / 2)).toBe(true);
  });
});

describe('five cards under a lead-in, over two slides', () => {
  // (Points long enough that three cards a row wrap more than two.)
  const five = [1, 2, 3, 4, 5].map(
    (n): Card => ({
      title: `Theme ${n}`,
      blocks: [
        asList(
          [1, 2].map((k) =>
            paragraph(
              `Point ${k} of theme ${n}: what the team tried in the workshop, and what it changed for them.`,
            ),
          ),
        ),
      ],
    }),
  );
  const lead: RootContent[] = [
    paragraph('The session walked through five themes, one after another, with a demo.'),
  ];
  const top = aboveCardsHeight(lead, est);

  it('put the fewer on the first slide, under the lead-in, where the more would not fit there', () => {
    // Room for the lead-in over two cards, and for three cards alone, not for the lead-in over three.
    const budget = Math.max(top + cardsHeight(five.slice(0, 2), est), cardsHeight(five.slice(2), est));
    expect(top + cardsHeight(five.slice(0, 3), est)).toBeGreaterThan(budget);
    const made = placeCards(
      lead,
      [five],
      five.map((c) => c.blocks),
      est,
      budget,
    )!;
    expect(made.pages.map((p) => p.blocks.length)).toEqual([2, 1]);
    const counts = made.pages.map((p) => (p.blocks[p.blocks.length - 1] as List).children.length);
    expect(counts).toEqual([2, 3]);
  });
});

describe('cards that say less', () => {
  // The same four cards with one point each instead of three.
  const four = six.slice(0, 4);
  const brief = four.map((c, n): Card => ({ ...c, blocks: [paragraph(`Point 1 of theme ${n + 1}.`)] }));
  const full = cardsHeight(four, est, undefined, 'compact');
  const short = cardsHeight(brief, est);
  const halves = Math.max(cardsHeight(four.slice(0, 2), est), cardsHeight(four.slice(2), est));

  it('keep the grid on one slide before the fuller cards go over two', () => {
    // Room for the brief four, or for the full ones two a slide, not for the full four on one.
    const budget = Math.max(short, halves);
    expect(full).toBeGreaterThan(budget);
    const made = placeCards([], [four, brief], [], est, budget)!;
    expect(made.pages).toHaveLength(1);
    expect(JSON.stringify(made.pages[0]!.blocks)).toContain('Point 1 of theme 4.');
    // Without them, the full cards take two slides.
    expect(
      placeCards(
        [],
        [four],
        four.map((c) => c.blocks),
        est,
        budget,
      )!.pages,
    ).toHaveLength(2);
  });

  it('are not chosen where the fuller cards fit one slide', () => {
    const made = placeCards([], [four, brief], [], est, full + 1)!;
    expect(made.pages).toHaveLength(1);
    expect(JSON.stringify(made.pages[0]!.blocks)).not.toContain('Point 1 of theme 4.');
  });
});

describe('the lines above cards', () => {
  const lead: RootContent[] = [
    paragraph(
      'The first session walked through the core parts of networking on AWS, one by one, with a demo.',
    ),
  ];
  const four = six.slice(0, 4);
  const grid = cardsHeight(four, est, undefined, 'compact');
  const top = aboveCardsHeight(lead, est);

  it('are said, not shown, where they alone keep the cards off one slide', () => {
    // Room for the four cards, set closer, but not for the lines above them too.
    const budget = grid + top / 2;
    const made = placeCards(
      lead,
      [four],
      four.map((c) => c.blocks),
      est,
      budget,
    )!;
    expect(made.pages).toHaveLength(1);
    expect(made.pages[0]!.blocks.some((b) => b.type === 'paragraph')).toBe(false);
    // (A slide whose notes are all of the section's words: the lines above among them.)
    expect(made.pages[0]!.original).toEqual([]);
  });

  it('stay above the cards where the cards take as many slides without them', () => {
    const made = placeCards(
      lead,
      [four],
      four.map((c) => c.blocks),
      est,
      grid + top + 1,
    )!;
    expect(made.pages).toHaveLength(1);
    expect(made.pages[0]!.blocks[0]).toEqual(lead[0]);
  });
});
