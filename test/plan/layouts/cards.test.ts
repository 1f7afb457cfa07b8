// Thin sibling sub-sections side by side as cards: two to six of them, each a short list or
// paragraph, under their parent's title.
import { describe, expect, it } from 'vitest';
import type { List } from 'mdast';
import { plan, subSections, withPart } from '../../helpers.js';

const recap = (groups: string[]) =>
  withPart(
    'Takeaways',
    subSections(groups, () => ['- One short point', '- Another short point']),
  );

describe('cards', () => {
  it('set two or more thin sub-sections side by side on one slide', () => {
    for (const groups of [
      ['Technical', 'Career'],
      ['Mindset', 'Technical', 'Career'],
    ]) {
      const slides = plan(recap(groups)).deck.slides;
      const cards = slides.filter((s) => s.layout === 'cards');
      expect(cards, groups.join()).toHaveLength(1);
      expect(cards[0]!.title).toBe('Takeaways');
      expect((cards[0]!.blocks[0] as List).children).toHaveLength(groups.length);
      expect(slides.some((s) => groups.includes(s.title))).toBe(false);
    }
  });

  it('leave a single sub-section on a slide of its own', () => {
    const slides = plan(recap(['Technical'])).deck.slides;
    expect(slides.some((s) => s.layout === 'cards')).toBe(false);
  });
});

describe('cards of parts that each half fill a slide', () => {
  // Two points each, a key sentence and a longer one: each part fills more than half a slide alone.
  const point = (topic: string, n: number) =>
    `- ${topic} ${n} keeps context over long tasks for AWS teams. Teams that tried it in the ` +
    `workshop saw fewer hand-offs, shorter queues and far less repeated work across the release.`;
  const recap = (parent: string, numbered = false) =>
    withPart(
      parent,
      subSections(['Agents', 'Data', 'Compute'], (t) => [point(t, 1), point(t, 2)], numbered),
    );

  it('sum the themes of takeaways up side by side, where each would half fill a slide alone', () => {
    const slides = plan(recap('Key Takeaways')).deck.slides;
    expect(slides.filter((s) => s.layout === 'cards').map((s) => s.title)).toEqual(['Key Takeaways']);
  });

  it('leave the talks of a programme, and parts the author numbered, a slide each', () => {
    for (const text of [recap('Sessions'), recap('Key Takeaways', true)]) {
      const slides = plan(text).deck.slides;
      expect(slides.some((s) => s.layout === 'cards')).toBe(false);
      expect(slides.map((s) => s.title)).toEqual(expect.arrayContaining(['Agents', 'Data', 'Compute']));
    }
  });
});
