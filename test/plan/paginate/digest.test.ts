// A part that would run to three slides or more is cut to its key points on one or two, the
// rest kept whole in the notes; steps, programmes and labs keep every point.
import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import type { Slide } from '../../../src/model/deck.js';
import { plan } from '../../helpers.js';

const facts = ['S3 Express One Zone', 'Graviton4 chips', '99.99% availability', 'Aurora Limitless', '5 TB'];
const bullet = (i: number, mark: string) =>
  `${mark} Point ${i} of the talk says something ${i % 3 === 0 ? `about ${facts[i % facts.length]} and its cost` : 'general'}`;
const recap = (mark: string, extra = '') =>
  [
    '# Event',
    '',
    '## Keynote',
    '',
    Array.from({ length: 36 }, (_, i) => bullet(i + 1, mark)).join('\n'),
    extra,
  ].join('\n');
const keynote = (slides: Slide[]) => slides.filter((s) => s.title === 'Keynote');
const notes = (slides: Slide[]) => slides.flatMap((s) => s.notes.map((n) => toString(n))).join('\n');
const shownText = (slides: Slide[]) =>
  slides.map((s) => s.blocks.map((b) => toString(b)).join('\n')).join('\n');

describe('digest', () => {
  it('cuts a long talk to its key points, keeping every point in the notes', () => {
    const { deck } = plan(recap('-'));
    const shown = keynote(deck.slides);
    expect(shown.length).toBeLessThanOrEqual(2);
    const onSlides = shownText(shown);
    // Points with facts are kept before general ones, and every point is still said.
    expect(onSlides).toContain('S3 Express One Zone');
    expect(onSlides).not.toContain('Point 35 of the talk says something general');
    const said = `${onSlides}\n${notes(deck.slides)}`;
    for (let i = 1; i <= 36; i += 1) expect(said).toContain(`Point ${i} of the talk`);
  });

  it('keeps every step of a numbered list, a programme and a lab', () => {
    const timed = ['# Event', '', '## Keynote', '']
      .concat(
        Array.from(
          { length: 36 },
          (_, i) => `- ${8 + Math.floor(i / 4)}:${(i % 4) * 15 || '00'} Session ${i} opens`,
        ),
      )
      .join('\n');
    for (const [text, point] of [
      [recap('1.'), 'Point'],
      [timed, 'Session'],
      [recap('-', '\n```sh\naws s3 ls\n```\n'), 'Point'],
    ] as const) {
      const onSlides = shownText(keynote(plan(text).deck.slides));
      for (let i = 1; i <= 35; i += 1) expect(onSlides).toContain(`${point} ${i} `);
    }
  });
});
