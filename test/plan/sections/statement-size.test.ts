// Prose alone on a slide is set in a statement's larger type only while it stays a glance.
import { describe, expect, it } from 'vitest';
import { walled } from '../../../src/plan/sections/section-slides.js';
import { est, plan } from '../../helpers.js';

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

describe('walled', () => {
  const page = (text: string) => ({
    display: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value: text }] }],
    original: [],
    height: 0,
    cutsLeadIn: false,
  });

  it("counts a list slide's paragraph in the larger type it would be set in", () => {
    // Seven lines at the usual size, more at the larger one: a wall there, as in prose.
    const text = sentence.repeat(6);
    expect(est.textLines(text, est.metrics.text.body, est.layoutWidth('content'))).toBeLessThanOrEqual(7);
    expect(walled(page(text), 'content', est)).toBe(true);
    expect(walled(page(sentence), 'content', est)).toBe(false);
    expect(walled(page(text), 'prose', est)).toBe(true);
  });
});
