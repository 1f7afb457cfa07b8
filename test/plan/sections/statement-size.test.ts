// Prose alone on a slide is set in a statement's larger type only while it stays a glance.
import { describe, expect, it } from 'vitest';
import { plan } from '../../helpers.js';

const sentence = 'The day showed how far agents on AWS have come and what our team can try with them. ';
const slideOf = (text: string) =>
  plan(`# Cloud Day\n\n## Intro\n\nWhy we came.\n\n## My day\n\n${text}\n`).deck.slides.find(
    (s) => s.title === 'My day',
  )!;

describe('a paragraph alone on its slide', () => {
  it('is set larger when short, at the usual size when the larger type would make it a wall', () => {
    expect(slideOf(sentence.repeat(2)).roomy).toBe(true);
    const long = slideOf(sentence.repeat(5));
    expect(long.layout).toBe('prose');
    expect(long.roomy ?? false).toBe(false);
  });
});
