// Sibling parts that each leave their slide part empty share slides two or three as cards, in
// order; a part no card holds (a quote, code) keeps its own slide in its place.
import { describe, expect, it } from 'vitest';
import type { List, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { VFile } from 'vfile';
import { forReaders } from '../../../src/model/deck.js';
import { cardsHeight } from '../../../src/plan/layouts/card-grid.js';
import { asList } from '../../../src/plan/points/lines.js';
import { toDeck } from '../../../src/plan/to-deck.js';
import { readRecap } from '../../../src/recap/read.js';
import { est, plan, subSections, withPart } from '../../helpers.js';

const point = (topic: string, n: number) =>
  `- ${topic} ${n}: teams that tried it in the workshop saw fewer hand-offs and shorter queues.`;
const themes = ['Mindset', 'Skills', 'Career', 'Community'];
const paragraph = (text: string): Paragraph => ({
  type: 'paragraph',
  children: [{ type: 'text', value: text }],
});
const cardTitles = (slide: { blocks: unknown[] }) =>
  (slide.blocks.find((b) => (b as List).type === 'list') as List).children.map((item) =>
    toString(item.children[0]!),
  );

describe('card runs', () => {
  it('set four themes of takeaways that each half fill a slide two a slide, in order', () => {
    const lines = subSections(themes, (t) => [1, 2, 3].map((n) => point(t, n)));
    const slides = plan(withPart('Key Takeaways', lines)).deck.slides;
    const cards = slides.filter((s) => s.layout === 'cards');
    // Each page is titled by the themes it holds, the first too (pages titled two ways read as
    // two kinds of slide), the part above them, with no counter.
    expect(cards.map((s) => s.title)).toEqual(['Mindset and Skills', 'Career and Community']);
    expect(cards.map((s) => s.eyebrow)).toEqual(['Key Takeaways', 'Key Takeaways']);
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

describe('cards a little too tall for a slide', () => {
  // Three themes of four points each, the points a few words longer or shorter: wherever the
  // three cards stand too tall at the usual spacing but fit set closer (card-grid.ts), they share
  // one slide, set closer, rather than leave one theme apart in another layout.
  const three = themes.slice(0, 3);
  const words = 'teams that tried it in the workshop saw fewer hand-offs and shorter queues'.split(' ');
  const pointOf = (t: string, n: number, w: number) => `${t} ${n}: ${words.slice(0, w).join(' ')}.`;
  const points = (t: string, w: number) => [1, 2, 3, 4].map((n) => pointOf(t, n, w));
  const recap = (w: number, part = 'Key Takeaways') =>
    withPart(
      part,
      subSections(three, (t) => points(t, w).map((p) => `- ${p}`)),
    );
  const closer = words
    .map((_, w) => w + 1)
    .filter((w) => {
      const cards = three.map((t) => ({ title: t, blocks: [asList(points(t, w).map(paragraph))] }));
      const room = est.metrics.body.height;
      return cardsHeight(cards, est) > room && cardsHeight(cards, est, 3, 'compact') <= room;
    });

  it('are set closer on one slide, all three side by side', () => {
    expect(closer.length).toBeGreaterThan(0);
    for (const w of closer) {
      const slides = plan(recap(w)).deck.slides.filter((s) => s.layout === 'cards');
      expect(slides).toHaveLength(1);
      expect(slides[0]!.compact).toBe(true);
      expect(cardTitles(slides[0]!)).toEqual(three);
    }
  });

  it('stand apart again where the browser finds the closer slide still too tall', () => {
    // (Parts of the workshop, not the author's reflections, which would rather show each card's
    // first points on one slide: summaries.ts.)
    const text = recap(closer[0]!, 'Workshop tracks');
    const line = plan(text).deck.slides.find((s) => s.layout === 'cards')?.section;
    expect(line).toBeDefined();
    const recapOf = readRecap(text, new VFile());
    const scales = new Map([[line!, 0.8]]);
    const shrunk = toDeck({ recap: recapOf, assets: new Map(), est, source: 'x.md', name: 'x', scales });
    const cards = shrunk.slides.filter((s) => s.layout === 'cards');
    expect(cards.length).toBeGreaterThan(1);
    expect(cards.some((s) => three.every((t) => cardTitles(s).includes(t)))).toBe(false);
  });
});

describe('an intro before parts that fill a slide of cards', () => {
  it('is never left alone on a slide: it leads the parts, or the speaker says it', () => {
    const intro = 'Attending the recap at the office was a turning point in my internship.';
    const words = 'teams that tried it in the workshop saw fewer hand-offs and shorter queues'.split(' ');
    for (let w = 4; w <= words.length; w += 1) {
      const lines = subSections(themes.slice(0, 3), (t) =>
        [1, 2, 3, 4].map((n) => `- ${t} ${n}: ${words.slice(0, w).join(' ')}.`),
      );
      const slides = plan(withPart('Key Takeaways', [intro, '', ...lines])).deck.slides;
      const alone = slides.filter((s) => s.blocks.length === 1 && toString(s.blocks[0]!) === intro);
      expect(alone, `points of ${w} words`).toEqual([]);
      // Above the cards, under a title, or said in the notes: never lost, for the handout's
      // reader too (notes the slide shows are left out of the handout: said, they are not).
      const said = slides.some((s) =>
        [...s.blocks, ...forReaders(s.notes)].some(
          (b) => toString(b).includes(intro) || s.subtitle?.includes(intro),
        ),
      );
      expect(said, `points of ${w} words`).toBe(true);
    }
  });
});

describe('the author’s reflections too long for one slide of cards', () => {
  // Four themes of three points each, the points a few words longer or shorter: wherever the four
  // cards hold on one slide only by each showing its first two points, the author's reflections
  // do (the rest is said), while a workshop's parts keep every point over more slides.
  const words = 'teams that tried it in the workshop saw fewer hand-offs and shorter queues'.split(' ');
  const pointOf = (t: string, n: number, w: number) => `${t} ${n}: ${words.slice(0, w).join(' ')}.`;
  const points = (t: string, w: number, count = 3) =>
    Array.from({ length: count }, (_, i) => pointOf(t, i + 1, w));
  const recap = (w: number, part: string) =>
    withPart(
      part,
      subSections(themes, (t) => points(t, w).map((p) => `- ${p}`)),
    );
  const grid = (w: number, count: number, type?: 'compact') =>
    cardsHeight(
      themes.map((t) => ({ title: t, blocks: [asList(points(t, w, count).map(paragraph))] })),
      est,
      2,
      type,
    );
  const room = est.metrics.body.height;
  const firstTwo = words
    .map((_, w) => w + 1)
    .filter((w) => grid(w, 3, 'compact') > room && grid(w, 2) <= room);

  it('show each card’s first points on one slide, the rest in the notes', () => {
    expect(firstTwo.length).toBeGreaterThan(0);
    for (const w of firstTwo) {
      const slides = plan(recap(w, 'Những gì học được')).deck.slides;
      const cards = slides.filter((s) => s.layout === 'cards');
      expect(cards).toHaveLength(1);
      expect(cardTitles(cards[0]!)).toEqual(themes);
      const shown = toString({ type: 'root', children: cards[0]!.blocks });
      const notes = toString({ type: 'root', children: cards[0]!.notes });
      for (const t of themes) {
        expect(shown).toContain(pointOf(t, 2, w));
        expect(shown).not.toContain(pointOf(t, 3, w));
        expect(notes).toContain(pointOf(t, 3, w));
      }
    }
  });

  it('keep every point where they are a workshop’s parts', () => {
    for (const w of firstTwo) {
      const slides = plan(recap(w, 'Workshop tracks')).deck.slides;
      const shown = slides.map((s) => toString({ type: 'root', children: s.blocks })).join('\n');
      for (const t of themes) expect(shown).toContain(pointOf(t, 3, w));
    }
  });
});

describe('the author’s reflections with a structure of their own', () => {
  const words = 'teams that tried it in the workshop saw fewer hand-offs and shorter queues'.split(' ');
  const pointOf = (t: string, n: number, w: number) => `${t} ${n}: ${words.slice(0, w).join(' ')}.`;

  it('never lose a label over its items, or a closing quote, to a card’s first items', () => {
    for (let w = 4; w <= words.length; w += 2) {
      const lines = subSections(themes, (t) =>
        t === 'Skills'
          ? ['**Amazon SageMaker:**', '', ...[1, 2, 3].map((n) => `- ${pointOf(t, n, w)}`)]
          : t === 'Career'
            ? [...[1, 2, 3].map((n) => `- ${pointOf(t, n, w)}`), '', '> The day changed how I see my career.']
            : [1, 2, 3].map((n) => `- ${pointOf(t, n, w)}`),
      );
      const slides = plan(withPart('Những gì học được', lines)).deck.slides;
      for (const slide of slides) {
        const shown = toString({ type: 'root', children: slide.blocks });
        // Where a slide shows the label or the quote, it shows the part whole.
        if (shown.includes('Amazon SageMaker')) expect(shown).toContain(pointOf('Skills', 3, w));
        if (shown.includes('changed how I see')) expect(shown).toContain(pointOf('Career', 3, w));
      }
    }
  });
});

describe('an intro that leads into the parts', () => {
  it('is never alone on a slide before cards of its own part', () => {
    const intro = 'Tham dự sự kiện mang lại nhiều trải nghiệm. Các trải nghiệm chính bao gồm:';
    const words = 'teams that tried it in the workshop saw fewer hand-offs and shorter queues'.split(' ');
    for (let w = 4; w <= words.length; w += 1) {
      const lines = subSections(themes, (t) =>
        [1, 2, 3].map((n) => `- ${t} ${n}: ${words.slice(0, w).join(' ')}.`),
      );
      const slides = plan(withPart('Trải nghiệm sự kiện', [intro, '', ...lines])).deck.slides;
      const alone = slides.findIndex(
        (s) => s.blocks.length === 1 && toString(s.blocks[0]!).includes('bao gồm') && s.layout !== 'cards',
      );
      if (alone !== -1) expect(slides[alone + 1]?.layout).not.toBe('cards');
    }
  });
});
