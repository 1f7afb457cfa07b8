// Sibling parts that each leave their slide part empty share slides two or three as cards, in
// order; a part no card holds (a quote, code) keeps its own slide in its place.
import { describe, expect, it } from 'vitest';
import type { List } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { plan, subSections, withPart } from '../../helpers.js';

const point = (topic: string, n: number) =>
  `- ${topic} ${n}: teams that tried it in the workshop saw fewer hand-offs and shorter queues.`;
const themes = ['Mindset', 'Skills', 'Career', 'Community'];
const cardTitles = (slide: { blocks: unknown[] }) =>
  (slide.blocks.find((b) => (b as List).type === 'list') as List).children.map((item) =>
    toString(item.children[0]!),
  );

describe('card runs', () => {
  it('set four themes of takeaways that each half fill a slide two a slide, in order', () => {
    const lines = subSections(themes, (t) => [1, 2, 3].map((n) => point(t, n)));
    const slides = plan(withPart('Key Takeaways', lines)).deck.slides;
    const cards = slides.filter((s) => s.layout === 'cards');
    // The page that opens the part is titled by it; a later one by the themes it holds, the part
    // above them, with no counter.
    expect(cards.map((s) => s.title)).toEqual(['Key Takeaways', 'Career and Community']);
    expect(cards[1]!.eyebrow).toBe('Key Takeaways');
    expect(cards.some((s) => s.part)).toBe(false);
    expect(cards.flatMap(cardTitles)).toEqual(themes);
    expect(slides.some((s) => themes.includes(s.title))).toBe(false);
  });

  it('keep a part that only a slide of its own can show in its place', () => {
    const lines = [
      ...subSections(themes.slice(0, 2), (t) => [1, 2, 3].map((n) => point(t, n))),
      '### Closing words',
      '',
      '> The day changed how our team thinks about agents, and we will run a pilot next month.',
      '',
      ...subSections(themes.slice(2), (t) => [1, 2, 3].map((n) => point(t, n))),
    ];
    const slides = plan(withPart('Key Takeaways', lines)).deck.slides;
    const order = slides.map((s) => (s.layout === 'cards' ? cardTitles(s).join('+') : s.title));
    const quote = order.indexOf('Closing words');
    expect(quote).toBeGreaterThan(-1);
    expect(order[quote - 1]).toBe('Mindset+Skills');
    expect(order[quote + 1]).toBe('Career+Community');
  });
});

describe('an intro over card runs', () => {
  it('sits above the first slide of cards, not alone on a slide of the same title', () => {
    const lines = [
      'The day left us four themes.',
      '',
      ...subSections(themes, (t) => [1, 2, 3].map((n) => point(t, n))),
    ];
    const slides = plan(withPart('Key Takeaways', lines)).deck.slides.filter(
      (s) => s.title === 'Key Takeaways' || s.eyebrow === 'Key Takeaways',
    );
    expect(slides.map((s) => s.layout)).toEqual(['cards', 'cards']);
    expect(toString(slides[0]!.blocks[0]!)).toBe('The day left us four themes.');
  });
});

describe('a short part with sub-items', () => {
  it('is a card shown whole, sub-items and all, beside the parts next to it', () => {
    const parts = ['Detection', 'Encryption', 'Logging', 'Response'];
    const lines = subSections(parts, (t) => [
      `- ${t} was shown with examples from the hands-on part of the workshop:`,
      '  - in the console of a shared account',
      '  - from the command line in CloudShell',
      '  - in the logs the team reads',
      `- ${t} matters most in production accounts with many teams.`,
      `- ${t} is what the team will try first next sprint.`,
    ]);
    const slides = plan(withPart('Key Highlights', lines)).deck.slides;
    const cards = slides.filter((s) => s.layout === 'cards');
    expect(cards.flatMap(cardTitles)).toEqual(parts);
    expect(toString({ type: 'root', children: cards[0]!.blocks })).toContain('from the command line');
  });
});

describe('the slots of a programme', () => {
  it('keep their own slides, each under its time, rather than share cards', () => {
    const slots = [
      '8:30 – 9:00 — Welcome',
      '9:00 – 10:30 — Pipelines',
      '10:45 – 11:30 — Code',
      '11:30 – 12:00 — Q&A',
    ];
    const lines = slots.flatMap((slot) => [
      `### ${slot}`,
      '',
      // (Lines with no label of their own: "Code 1: …" would make each slot's own cards.)
      ...[1, 2, 3].map(
        (n) =>
          `- In ${slot.split(' — ')[1]!} ${n}, teams that tried it in the workshop saw fewer hand-offs and shorter queues.`,
      ),
      '',
    ]);
    const slides = plan(withPart('Agenda in detail', lines)).deck.slides;
    expect(slides.some((s) => s.layout === 'cards')).toBe(false);
    expect(slides.map((s) => s.title)).toEqual(
      expect.arrayContaining(['Welcome', 'Pipelines', 'Code', 'Q&A']),
    );
  });
});
