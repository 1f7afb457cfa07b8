import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { parseMarkdown } from '../../src/recap/parse.js';
import { unescapeQuotes } from '../../src/recap/string-escapes.js';

describe('string escapes', () => {
  it('reads a backslash before a quote in running text as a string escape, and leaves code as written', () => {
    const tree = parseMarkdown('The essential \\\\"cookbook\\\\" of Bedrock, `say \\\\"hi\\\\"`.\n');
    expect(toString(tree)).toContain('\\"cookbook\\"');
    unescapeQuotes(tree);
    expect(toString(tree)).toBe('The essential "cookbook" of Bedrock, say \\\\"hi\\\\".');
  });
});
