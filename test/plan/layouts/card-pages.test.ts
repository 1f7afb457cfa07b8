// Cards laid out on slides: on one, set closer where that keeps them there, else over as few as
// hold them, set closer where that saves a slide.
import type { Paragraph, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { placeCards } from '../../../src/plan/layouts/card-pages.js';
import { type Card, cardsHeight } from '../../../src/plan/layouts/card-grid.js';
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
    const made = placeCards([], six, sources, est, usual)!;
    expect(made.pages.map((p) => p.blocks.length)).toEqual([1, 1]);
    expect(made.compact).toBeUndefined();
  });

  it('are set closer where only that keeps them on two slides, rather than on three', () => {
    expect(closer).toBeLessThan(usual);
    const made = placeCards([], six, sources, est, (usual + closer) / 2)!;
    expect(made.pages).toHaveLength(2);
    expect(made.compact).toBe(true);
    expect(made.pages.every((p) => p.height <= (usual + closer) / 2)).toBe(true);
  });
});
