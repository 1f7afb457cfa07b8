// The recap's closing words, under a heading that says so, are a pull-quote.
import { describe, expect, it } from 'vitest';
import { findLostWords } from '../../oracle/coverage.js';
import { plan } from '../../helpers.js';

const body = `## Highlights\n\n${Array.from(
  { length: 6 },
  (_, i) => `- Talk ${i + 1} showed how teams run agents on AWS in production, and what it costs them`,
).join('\n')}\n`;
const closing =
  'The day showed how far agents on AWS have come, and what our team can try next quarter with them.';

describe('closing words', () => {
  it('under "Conclusion" or "Tổng kết", a paragraph or two, stand as a quote', () => {
    for (const heading of ['Conclusion', 'Tổng kết']) {
      const { deck, recap } = plan(`# Cloud Day\n\n${body}\n## ${heading}\n\n${closing}\n`);
      const last = deck.slides.find((s) => s.title === heading)!;
      expect(last.layout).toBe('quote');
      expect(last.blocks[0]!.type).toBe('blockquote');
      expect(findLostWords(recap.tree, deck)).toEqual([]);
    }
  });

  it('stay prose under another heading, or when they run to an essay', () => {
    const other = plan(`# Cloud Day\n\n${body}\n## My day\n\n${closing}\n`).deck;
    expect(other.slides.find((s) => s.title === 'My day')!.layout).not.toBe('quote');
    const essay = Array.from({ length: 3 }, () => closing).join('\n\n');
    const long = plan(`# Cloud Day\n\n${body}\n## Conclusion\n\n${essay}\n`).deck;
    expect(long.slides.find((s) => s.title === 'Conclusion')!.layout).not.toBe('quote');
  });
});

describe('the deck’s last words', () => {
  it('stand for the whole talk: no part’s name above them', () => {
    const recap = `# Cloud Day\n\n${body}\n## My experience\n\nWhy it mattered to me.\n\n### Conclusion\n\n> ${closing}\n`;
    const slides = plan(recap).deck.slides;
    const last = slides[slides.length - 2]!;
    expect(last.layout).toBe('quote');
    expect(last.eyebrow).toBeUndefined();
  });
});
