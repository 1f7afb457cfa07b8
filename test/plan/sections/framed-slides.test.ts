// A section's slides framed for the talk: a short intro is said under its first sub-section's
// title where it fits, not on a slide of its own with a menu of what follows.
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { plan, subSections, withPart } from '../../helpers.js';

const bullets = (topic: string) =>
  Array.from(
    { length: 5 },
    (_, i) => `- ${topic} point ${i}: what the speakers showed about running agents on AWS in production.`,
  ).join('\n');
const recap = (intro: string) =>
  withPart('Sessions', [intro, '', ...subSections(['Agents', 'Data'], (t) => [bullets(t)])]);

describe('framed slides', () => {
  it('say a short intro under the first sub-section title, with no slide of its own', () => {
    const slides = plan(recap('The day had two sessions, both hands-on.')).deck.slides;
    expect(slides.map((s) => s.title)).not.toContain('Sessions');
    expect(slides.find((s) => s.title === 'Agents')?.subtitle).toEqual([
      'The day had two sessions, both hands-on.',
    ]);
  });

  it('keep an intro that leads into every sub-section on its own slide, listing them', () => {
    const slides = plan(recap('The day had two sessions:')).deck.slides;
    expect(slides.map((s) => s.title)).toContain('Sessions');
    expect(slides.find((s) => s.title === 'Agents')?.subtitle).toBeUndefined();
  });

  it('give a longer intro’s opening sentence to the first sub-section, the whole to the speaker', () => {
    const long = [
      'The day had two sessions, both hands-on.',
      'Each one began with a short talk by an architect from the local office about the service it covered.',
      'Then the room split into teams of four, who built the same thing with the console and with code.',
    ].join(' ');
    const slides = plan(recap(long)).deck.slides;
    expect(slides.map((s) => s.title)).not.toContain('Sessions');
    const first = slides.find((s) => s.title === 'Agents')!;
    expect(first.subtitle).toEqual(['The day had two sessions, both hands-on.']);
    expect(JSON.stringify(first.notes)).toContain('teams of four');
  });

  it('set a longer intro’s opening sentence above the cards its thin sub-sections became', () => {
    const long = [
      'Four themes came back in every talk of the day.',
      'The speakers returned to them again and again, each from the angle of the team they lead at work.',
      'What follows is how I would sum each theme up for our own team, in a line or two at most.',
      'The details, the examples and the names of the services are in the recap and in the notes.',
    ].join(' ');
    const points = (t: string) =>
      [1, 2, 3].map((n) => `- ${t} ${n}: teams that tried it saw fewer hand-offs and shorter queues.`);
    const lines = [long, '', ...subSections(['Mindset', 'Skills'], points)];
    const cards = plan(withPart('Takeaways', lines)).deck.slides.find((s) => s.layout === 'cards')!;
    expect(cards.blocks[0]).toMatchObject({ type: 'paragraph' });
    expect(JSON.stringify(cards.blocks[0])).toContain('Four themes came back in every talk of the day.');
    expect(JSON.stringify(cards.blocks[0])).not.toContain('The speakers returned');
    expect(JSON.stringify(cards.notes)).toContain('The speakers returned');
  });

  it('leave room for an intro on the first slide of cards it would otherwise stand alone before', () => {
    const intro =
      'Joining the community day opened my eyes to how teams run AI in the cloud every day. ' +
      'The talks mixed live demos with stories from production, and the rooms stayed full all morning.';
    const themes = [
      'Learning from expert speakers',
      'Hands-on technical experience',
      'Modern tools in practice',
      'Networking and exchange',
      'Lessons for the team',
    ];
    const point = (t: string, k: number) =>
      `- ${t} point ${k}: speakers shared real stories of running agents and.`;
    const parts = themes.map((t) => `### ${t}\n\n${point(t, 0)}\n${point(t, 1)}\n`).join('\n');
    const { deck } = plan(
      `# Day\n\n## Goals\n\n- Learn.\n\n## Event experience\n\n${intro}\n\n${parts}\n## Next\n\n- More.\n`,
    );
    const slides = deck.slides.filter((s) => s.title === 'Event experience');
    // No slide of the intro alone: the first slide of cards opens with its opening sentence.
    expect(slides.every((s) => s.layout === 'cards')).toBe(true);
    const first = [...(slides[0]!.subtitle ?? []), ...slides[0]!.blocks.map((b) => toString(b))].join(' ');
    expect(first).toContain('Joining the community day');
  });
});
