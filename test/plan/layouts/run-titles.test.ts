// Pages of a section's parts over several slides are titled alike: by the parts each holds.
import { describe, expect, it } from 'vitest';
import type { Slide } from '../../../src/model/deck.js';
import type { Regrouped } from '../../../src/plan/layouts/card-runs.js';
import { titledByParts } from '../../../src/plan/layouts/run-titles.js';
import type { TitledSection } from '../../../src/plan/titles/outline-titles.js';

const origin = { line: 1, column: 1 };
const slide = (layout: Slide['layout'], title: string): Slide => ({
  layout,
  title,
  blocks: [],
  notes: [],
  origin,
});
const part = (title: string): TitledSection => ({
  title,
  heading: title,
  origin,
  blocks: [],
  children: [],
  notes: [],
});
const parts = ['Mindset', 'Skills', 'Career'].map(part);
const join = (names: string[]) => names.join(' and ');
const regrouped = (slides: Slide[], covers: number[][]): Regrouped => ({ slides, covers, cost: 2 });

describe('titledByParts', () => {
  it('titles a first page of several parts by them where a later slide is titled by its own', () => {
    const run = regrouped([slide('cards', 'Key Takeaways'), slide('content', 'Career')], [[0, 1], [2]]);
    const titled = titledByParts(run, parts, 'Key Takeaways', join);
    expect(titled.slides.map((s) => s.title)).toEqual(['Mindset and Skills', 'Career']);
  });

  it('keeps the section title on a part shown on one slide', () => {
    const run = regrouped([slide('cards', 'Key Takeaways')], [[0, 1, 2]]);
    expect(titledByParts(run, parts, 'Key Takeaways', join).slides[0]!.title).toBe('Key Takeaways');
  });

  it('keeps it where a later page has the section title too, or the parts cannot be joined', () => {
    const twins = regrouped(
      [slide('cards', 'Key Takeaways'), slide('cards', 'Key Takeaways')],
      [[0, 1], [2]],
    );
    expect(titledByParts(twins, parts, 'Key Takeaways', join).slides[0]!.title).toBe('Key Takeaways');
    const run = regrouped([slide('cards', 'Key Takeaways'), slide('content', 'Career')], [[0, 1], [2]]);
    expect(titledByParts(run, parts, 'Key Takeaways', () => undefined).slides[0]!.title).toBe(
      'Key Takeaways',
    );
  });

  it('leaves a first slide of one part, or one that is not cards, as it is', () => {
    const lone = regrouped([slide('content', 'Mindset'), slide('cards', 'Skills and Career')], [[0], [1, 2]]);
    expect(titledByParts(lone, parts, 'Key Takeaways', join)).toBe(lone);
  });

  it('keeps it where the parts are named alike elsewhere (told apart by the section name)', () => {
    const shared = ['Key Takeaways: Speakers', 'Key Takeaways: Goals', 'Career'].map(part);
    const run = regrouped([slide('cards', 'Key Takeaways'), slide('content', 'Career')], [[0, 1], [2]]);
    expect(titledByParts(run, shared, 'Key Takeaways', join).slides[0]!.title).toBe('Key Takeaways');
  });
});
