// A row of a few short cards stands in the middle of the room under the title.
import { describe, expect, it } from 'vitest';
import type { Slide } from '../../../src/model/deck.js';
import { middled } from '../../../src/plan/layouts/middle.js';
import { plan } from '../../helpers.js';

const part = (name: string, line: string) => `### ${name}\n\n${line}\n`;
const deckOf = (parts: string[], lead = '') =>
  plan(`# Cloud Day\n\n## Intro\n\nWhy we came.\n\n## Experience\n\n${lead}${parts.join('\n')}`).deck;
const short = [
  part('Networking', 'Met AWS experts and leaders.'),
  part('Learning', 'Deep insights into GenAI security.'),
  part('Atmosphere', 'Energetic and inspiring.'),
];

describe('a few short cards alone on a slide', () => {
  it('stand in the middle of the room', () => {
    const slide = deckOf(short).slides.find((s) => s.layout === 'cards')!;
    expect(slide.middle).toBe(true);
  });

  it('keep their place under a lead-in, and when they fill the slide', () => {
    const led = deckOf(short, 'Three things stood out for me on the day.\n\n').slides.find(
      (s) => s.layout === 'cards',
    )!;
    expect(led.middle ?? false).toBe(false);
    const long = 'The speakers showed how teams run agents on AWS in production, what it costs them. ';
    const full = deckOf(short.map((p) => p.replace(/\n\n.*\n/, `\n\n${long.repeat(3)}\n`))).slides.find(
      (s) => s.title === 'Experience' && s.layout === 'cards',
    );
    expect(full?.middle ?? false).toBe(false);
  });

  it('stand where their neighbours of the same layout stand, under the title when those are full', () => {
    const long = 'The speakers showed how teams run agents on AWS in production, what it costs them. ';
    const full = short.map((p) => p.replace(/\n\n.*\n/, `\n\n${long.repeat(3)}\n`));
    const recap = `# Cloud Day\n\n## Intro\n\nWhy we came.\n\n## Experience\n\n${short.join('\n')}\n## Takeaways\n\n${full.join('\n')}`;
    const cards = plan(recap).deck.slides.filter((s) => s.layout === 'cards');
    expect(cards.length).toBeGreaterThanOrEqual(2);
    expect(cards.some((s) => s.middle)).toBe(false);
  });
});

describe('a short statement alone on a slide', () => {
  // (Between parts that fill their slides: thin neighbours would share one as cards.)
  const full = (topic: string) =>
    Array.from(
      { length: 7 },
      (_, i) => `- ${topic} ${i + 1}: how the team runs it on AWS and what it costs.`,
    ).join('\n');
  const deck = (text: string) =>
    plan(
      `# Cloud Day\n\n## Intro\n\n${full('Goal')}\n\n## Feedback\n\n${text}\n\n## Close\n\n${full('Lesson')}\n`,
    ).deck;

  it('stands in the middle of the room, at its statement size', () => {
    const slide = deck('We would love your honest feedback on the day: it takes five minutes.').slides.find(
      (s) => s.title === 'Feedback',
    )!;
    expect(slide).toMatchObject({ layout: 'prose', roomy: true, middle: true });
  });

  it('keeps its place under the title when it fills most of the room', () => {
    const long = 'The speakers showed how teams run agents on AWS in production and what it costs them. ';
    const slide = deck(long.repeat(4)).slides.find((s) => s.title === 'Feedback')!;
    expect(slide.layout).toBe('prose');
    expect(slide.middle ?? false).toBe(false);
  });
});

describe('a few people, or cards under the line that follows the title', () => {
  it('stand in the middle of the room too', () => {
    const people = ['**Le Tan Luc** – Solutions Architect, AWS', '**Do Hoang Hieu** – Cloud Engineer, FPT'];
    const speakers = plan(
      `# Cloud Day\n\n## Intro\n\nWhy we came.\n\n## Speakers\n\n${people.map((p) => `- ${p}`).join('\n')}\n`,
    ).deck.slides.find((s) => s.layout === 'speakers')!;
    expect(speakers.middle).toBe(true);
    // Cards under the line a long heading leaves below its title still stand in the middle.
    const cards: Slide = {
      layout: 'cards',
      title: 'DX Talk#7',
      subtitle: ['Reinventing DevSecOps with AWS Generative AI'],
      blocks: [{ type: 'list', ordered: false, spread: false, children: [] }],
      notes: [],
      origin: { line: 1, column: 1 },
      estimatedPx: 250,
      budgetPx: 500,
    };
    expect(middled([cards])[0]!.middle).toBe(true);
    expect(middled([{ ...cards, estimatedPx: 350 }])[0]!.middle ?? false).toBe(false);
  });
});
