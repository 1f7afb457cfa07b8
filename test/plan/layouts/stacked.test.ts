// Reflections too long for cards share slides under sub-headings, whole; a programme's talks
// and numbered parts keep a slide each.
import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { evenGroups } from '../../../src/plan/layouts/stacked.js';
import { plan, subSections, withPart } from '../../helpers.js';

describe('evenGroups', () => {
  it('packs parts in order on the fewest slides, the tallest as short as can be', () => {
    expect(evenGroups([100, 100, 100, 100], 250)).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(evenGroups([200, 100, 100], 250)).toEqual([[0], [1, 2]]);
    // Three at most on a slide, however short.
    expect(evenGroups([10, 10, 10, 10], 500)).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(evenGroups([300, 100], 250)).toBeUndefined();
  });
});

const point = (t: string, n: number) =>
  `- ${t} ${n}: the speakers showed how teams run agents on AWS in production and what it costs.`;
const recap = (parent: string, numbered = false) =>
  withPart(parent, [
    ...subSections(['Speakers', 'Demos'], (t) => [point(t, 1), point(t, 2)], numbered),
    // Code has no place on a card: these parts cannot be cards.
    `### ${numbered ? '3. ' : ''}Tools`,
    '',
    'We tried the command line:',
    '',
    '```sh\naws bedrock list-foundation-models\n```',
    '',
  ]);

describe('stacked reflections', () => {
  it('regroup parts that half fill a slide each on fewer slides, the code part whole', () => {
    const slides = plan(recap('Event Experience')).deck.slides;
    const names = ['Event Experience', 'Speakers', 'Demos', 'Tools'];
    // (A slide of some of the parts is titled by them, the parent above: "Speakers and Demos".)
    const parts = slides.filter((s) => names.includes(s.title) || s.eyebrow === 'Event Experience');
    expect(parts).toHaveLength(2);
    const code = parts.filter((s) => s.blocks.some((b) => b.type === 'code'));
    expect(code).toHaveLength(1);
  });

  it('share a slide under sub-headings where no card can hold them, each whole', () => {
    const slides = plan(
      withPart('Event Experience', [
        ...['Demos', 'Tools'].flatMap((t) => [
          `### ${t}`,
          '',
          `${point(t, 1)}`,
          '',
          '```sh\naws s3 ls\n```',
          '',
        ]),
      ]),
    ).deck.slides;
    const shared = slides.filter((s) => s.blocks.some((b) => b.type === 'heading'));
    expect(shared.map((s) => s.title)).toEqual(['Event Experience']);
    const headings = shared[0]!.blocks.filter((b) => b.type === 'heading').map((b) => toString(b));
    expect(headings).toEqual(['Demos', 'Tools']);
  });

  it('never stack talks, or parts the author numbered, under sub-headings', () => {
    for (const text of [recap('Sessions'), recap('Event Experience', true)]) {
      const slides = plan(text).deck.slides;
      expect(slides.some((s) => s.blocks.some((b) => b.type === 'heading'))).toBe(false);
      expect(slides.map((s) => s.title)).toContain('Tools');
    }
  });
});
