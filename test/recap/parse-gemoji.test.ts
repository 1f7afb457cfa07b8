// GitHub emoji shortcodes, as a GitHub or Jekyll page draws them.
import { toString } from 'mdast-util-to-string';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseRecap } from '../../src/recap/parse.js';

const text = (body: string) => toString(parseRecap(body, new VFile({ path: 'r.md' })).tree);

describe('emoji shortcodes', () => {
  it('are the emoji they name, in text only', () => {
    expect(text('#### :heavy_minus_sign: App Mesh (Level 300)')).toBe('➖ App Mesh (Level 300)');
    expect(text('I enjoyed it :smile:')).toBe('I enjoyed it 😄');
    // Code, and words between colons that name no emoji, stay as written.
    expect(text('`:smile:` and arn:aws:bedrock')).toBe(':smile: and arn:aws:bedrock');
  });
});
