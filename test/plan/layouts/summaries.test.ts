// How far a card sums its part up: key sentences, first items, and for the author's own
// reflections, where each point is labelled, the labels alone.
import { describe, expect, it } from 'vitest';
import type { List } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { forReaders } from '../../../src/model/deck.js';
import { leftOut, summaries } from '../../../src/plan/layouts/summaries.js';
import type { TitledSection } from '../../../src/plan/titles/outline-titles.js';
import { plan, subSections, withPart } from '../../helpers.js';

const origin = { line: 1, column: 1 };
const section = (title: string, markdown: string): TitledSection => ({
  title,
  heading: title,
  origin,
  blocks: fromMarkdown(markdown).children,
  children: [],
  notes: [],
});
const why =
  'a deep understanding that it is not one wall at the edge but checks at every layer, for every ' +
  'request, with no default trust for anyone inside or outside the network.';
const labelled = (labels: string[]) => labels.map((label) => `- **${label}:** ${why}`).join('\n');

describe('a depth of labels', () => {
  it('shows each labelled item by its label, and weighs what it leaves out at half', () => {
    const part = section('On Mindset', labelled(['Zero Trust', 'Shared Responsibility']));
    const [card] = summaries([part], { sentences: 1, labels: true })!;
    expect((card!.blocks[0] as List).children.map((item) => toString(item))).toEqual([
      'Zero Trust',
      'Shared Responsibility',
    ]);
    expect(card!.named).toBe(true);
    const [full] = summaries([part], { sentences: 1 })!;
    expect(leftOut([card!], [part])).toBeCloseTo(leftOut([{ ...card!, named: false }], [part]) / 2);
    expect(leftOut([full!], [part])).toBeLessThan(leftOut([{ ...card!, named: false }], [part]));
  });

  it('is refused where an item has no label', () => {
    const part = section('On Mindset', `${labelled(['Zero Trust'])}\n- Plain point without a label here.`);
    expect(summaries([part], { sentences: 1, labels: true })).toBeUndefined();
  });
});

describe("an author's takeaways of labelled points too long for cards side by side", () => {
  it('stand on one slide of cards by their labels, the explanations in the notes', () => {
    const themes = ['On Mindset', 'On Tools', 'On Response'];
    const labels = ['Zero Trust', 'Shared Model', 'Least Privilege', 'Secrets', 'Playbooks', 'Learning Path'];
    const lines = subSections(themes, (t) => {
      const i = themes.indexOf(t);
      return [labelled(labels.slice(2 * i, 2 * i + 2)), ''];
    });
    const slides = plan(withPart('Key Takeaways', lines)).deck.slides;
    const cards = slides.filter((s) => s.title === 'Key Takeaways' || s.eyebrow === 'Key Takeaways');
    expect(cards.map((s) => s.layout)).toEqual(['cards']);
    const shown = toString({ type: 'root', children: cards[0]!.blocks });
    for (const label of labels) expect(shown).toContain(label);
    expect(shown).not.toContain('default trust');
    expect(toString({ type: 'root', children: forReaders(cards[0]!.notes) })).toContain('default trust');
  });
});
