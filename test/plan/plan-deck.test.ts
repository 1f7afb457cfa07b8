// The deck's frame: an agenda only for a deck of three parts or more and ten slides or more;
// a divider before every part only where most parts run to three slides and the deck to sixteen.
import { describe, expect, it } from 'vitest';
import { plan } from '../helpers.js';

const NAMES = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo'];
const item = (topic: string, i: number) =>
  `- In ${topic} part ${i} the team measured how the service behaved under load ` +
  'and what it changed in the design of their platform.';
/** A sub-section of five long points: a slide of its own. */
const topic = (name: string, j: number) =>
  `### ${name} topic ${j}\n\n${Array.from({ length: 5 }, (_, i) => item(`${name} ${j}`, i)).join('\n')}\n`;
/** A part of `slides` sub-sections, a slide each. */
const part = (name: string, slides: number) =>
  `## ${name}\n\n${Array.from({ length: slides }, (_, j) => topic(name, j + 1)).join('\n')}`;
const deckOf = (slides: number[]) =>
  plan(`# Event\n\n${slides.map((n, i) => part(NAMES[i]!, n)).join('\n')}`).deck;
const layouts = (slides: number[]) => deckOf(slides).slides.map((s) => s.layout);
const count = (slides: number[], layout: string) => layouts(slides).filter((l) => l === layout).length;

describe('the parts this file builds', () => {
  it('take a slide per sub-section', () => {
    const slides = deckOf([3, 1]).slides;
    expect(slides.filter((s) => s.title.startsWith('Alpha topic'))).toHaveLength(3);
    expect(slides.filter((s) => s.title.startsWith('Bravo topic'))).toHaveLength(1);
  });
});

describe('an agenda', () => {
  it('opens a deck of three parts or more that runs to ten slides with it and the close', () => {
    // A cover, seven slides, the agenda and the close: ten.
    expect(count([3, 2, 2], 'agenda')).toBe(1);
    expect(count([3, 3, 3], 'agenda')).toBe(1);
  });

  it('is left out with two parts however long, or in a deck of under ten slides', () => {
    expect(count([9, 9], 'agenda')).toBe(0);
    expect(count([2, 2, 2], 'agenda')).toBe(0);
    expect(count([1, 1, 1], 'agenda')).toBe(0);
  });
});

describe('dividers', () => {
  it('open every part where most parts run to three slides or more, in a deck of sixteen or more', () => {
    expect(count([5, 5, 5], 'divider')).toBe(3);
    // Two long parts of four: half of them is most enough.
    expect(count([6, 6, 2, 2], 'divider')).toBe(4);
  });

  it('open none in a shorter deck, where fewer than half the parts are long, or under three parts', () => {
    expect(count([3, 3, 3], 'divider')).toBe(0);
    expect(count([8, 8, 1, 1, 1], 'divider')).toBe(0);
    // Parts of two slides are not long: one long part of four.
    expect(count([2, 2, 2, 9], 'divider')).toBe(0);
    expect(count([9, 9], 'divider')).toBe(0);
  });
});
