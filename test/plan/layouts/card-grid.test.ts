// A card's arrow chain as step chips only where the grid still fits; the browser gets a break
// chance after each arrow, never inside a step.
import type { Paragraph } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { type Card, cardsHeight, chippedWhereFits } from '../../../src/plan/layouts/card-grid.js';
import { renderBlocks } from '../../../src/render/blocks.js';
import { est } from '../../helpers.js';

const line = (text: string) => fromMarkdown(text).children[0] as Paragraph;
const cards: Card[] = [
  { title: 'Incident response', blocks: [line('The lifecycle: **Detect → Analyze → Contain → Recover**.')] },
  { title: 'Encryption', blocks: [line('Keys in KMS, rotated every year.')] },
];

describe('a chain in a card', () => {
  it('is drawn as chips where the grid still fits, and as written where it would not', () => {
    const chipped = chippedWhereFits(cards, () => true);
    expect(JSON.stringify(chipped[0]!.blocks)).toContain('"flowChain"');
    expect(chipped[1]).toEqual(cards[1]);
    expect(chippedWhereFits(cards, () => false)).toBe(cards);
  });

  it('is measured a line taller as chips, which wrap whole', () => {
    const chipped = chippedWhereFits(cards, () => true);
    expect(cardsHeight(chipped, est)).toBeGreaterThan(cardsHeight(cards, est));
  });

  it('wraps after its arrows only', () => {
    const chipped = chippedWhereFits(cards, () => true);
    const html = renderBlocks(chipped[0]!.blocks, { layout: 'content' } as Parameters<
      typeof renderBlocks
    >[1]);
    expect(html).toContain('<span class="arrow">→</span><wbr><span class="step">Analyze</span>');
  });
});
