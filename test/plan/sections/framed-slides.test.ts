// A section's slides framed for the talk: a short intro is said under its first sub-section's
// title where it fits, not on a slide of its own with a menu of what follows.
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
});
