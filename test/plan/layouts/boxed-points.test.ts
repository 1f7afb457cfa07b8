// A few short points alone on a slide stand each in a box, a dot where a number would be.
import { describe, expect, it } from 'vitest';
import { plan } from '../../helpers.js';

const deckOf = (body: string) => plan(`# Cloud Day\n\n## Goals\n\n${body}\n`).deck;
const goals = (n: number, words = 'Learn how the team') =>
  Array.from({ length: n }, (_, i) => `- ${words} ${i + 1} runs agents on AWS`).join('\n');

describe('a few short points alone on a slide', () => {
  it('stand in boxes, in the larger type where it fits, still a bulleted list', () => {
    const slide = deckOf(goals(3)).slides.find((s) => s.title === 'Goals')!;
    expect(slide.layout).toBe('steps');
    expect(slide.roomy).toBe(true);
    expect(slide.blocks).toHaveLength(1);
    expect(slide.blocks[0]).toMatchObject({ type: 'list', ordered: false });
  });

  it('stay a plain list when there are many, or a line leads into them, or they fill the slide', () => {
    const layout = (body: string) => deckOf(body).slides.find((s) => s.title === 'Goals')!.layout;
    expect(layout(goals(7))).not.toBe('steps');
    expect(layout(`What we came for:\n\n${goals(3)}`)).toBe('content');
    const long = 'Learn, in depth and with the hands-on labs the speakers prepared for us, how the team';
    expect(layout(goals(5, long))).toBe('content');
  });
});

describe('a part beside a sibling part of plain bullets', () => {
  it('keeps the siblings’ look, a plain list', () => {
    // (Nine: up to eight labelled lines stand as a grid of cards, labelled-cards.ts.)
    const many = Array.from(
      { length: 9 },
      (_, i) => `- Lesson ${i + 1}: what the team will change and why it matters`,
    );
    const recap = `# Cloud Day\n\n## Intro\n\nWhy we came, in a line.\n\n## Highlights\n\n### Goals\n\n${goals(3)}\n\n### Lessons\n\n${many.join('\n')}\n`;
    const slides = plan(recap).deck.slides;
    const slide = slides.find((s) => s.title === 'Goals')!;
    expect(slides.find((s) => s.title === 'Lessons')?.layout).toBe('content');
    expect(slide.layout).toBe('content');
  });
});
