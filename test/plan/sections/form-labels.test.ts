// A line that several sibling parts repeat word for word is the form's, not theirs.
import { describe, expect, it } from 'vitest';
import { plan } from '../../helpers.js';

const part = (n: number) =>
  [
    `## Session ${n}: Topic ${n}`,
    '',
    `The session covered area ${n} of the platform in depth.`,
    '',
    '**Results or value achieved:**',
    '',
    `- Learned practice ${n} for teams that run production systems`,
    `- Tried tool ${n} in a hands-on lab with the speakers`,
    '',
  ].join('\n');

describe('form labels', () => {
  it('leave a label every sibling repeats to the notes, and keep one a single part writes', () => {
    const recap = ['# Week of events', '', part(1), part(2), part(3)].join('\n');
    const slides = plan(recap).deck.slides.filter((s) => s.title.startsWith('Topic'));
    expect(slides).toHaveLength(3);
    for (const slide of slides) {
      expect(JSON.stringify(slide.blocks)).not.toContain('Results or value achieved');
      expect(JSON.stringify(slide.notes)).toContain('Results or value achieved');
    }
    const once = ['# Week of events', '', part(1), part(2).replace('Results or value', 'What I'), ''].join(
      '\n',
    );
    const first = plan(once).deck.slides.find((s) => s.title === 'Topic 1')!;
    expect(JSON.stringify(first.blocks)).toContain('Results or value achieved');
  });
});
