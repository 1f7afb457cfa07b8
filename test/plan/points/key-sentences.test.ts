// The sentences of a paragraph that carry its facts: whole, in order, and never a question
// without the answer that follows it.
import type { PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { keySentences } from '../../../src/plan/points/key-sentences.js';

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const strong = (value: string): PhrasingContent => ({ type: 'strong', children: [text(value)] });
const said = (children: PhrasingContent[], limit: number) =>
  toString({
    type: 'paragraph',
    children: keySentences(children, toString({ type: 'paragraph', children }), limit) ?? [],
  });

describe('key sentences', () => {
  const question = strong('What is the Model Context Protocol (MCP)?');
  const answer = text(
    ' MCP is an open standard that lets AI models reach data sources and tools through one interface. ' +
      'Later in the afternoon the teams at the workshop tried it out with Amazon Bedrock agents, each on a ' +
      'small project of their own, and compared notes at the end.',
  );

  it('never choose a question without the answer after it, whatever room they have', () => {
    const asked = [];
    for (let limit = 40; limit <= 300; limit += 10) {
      const chosen = said([question, answer], limit);
      if (!chosen.includes('?')) continue;
      asked.push(limit);
      expect(chosen, `within ${limit}`).toContain('? MCP is an open standard');
    }
    // (Where both fit, the question opens the point, with its answer.)
    expect(asked.length).toBeGreaterThan(0);
  });
});
