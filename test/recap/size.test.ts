// A recap with more headings or blocks than any talk is refused in one line, fast, where the
// build used to run for minutes (issue 22: 50,000 headings); a long real recap still builds.
// Headings are counted on the text first, so the parse never holds 50,000 of them.
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { RecapError } from '../../src/errors.js';
import { readRecap } from '../../src/recap/read.js';
import { MAX_BLOCKS, MAX_HEADINGS } from '../../src/recap/size.js';

function refusal(text: string): string {
  const started = Date.now();
  try {
    readRecap(text, new VFile({ path: 'recaps/x.md' }));
  } catch (error) {
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(error).toBeInstanceOf(RecapError);
    return (error as RecapError).format();
  }
  throw new Error('the recap was read');
}

describe('the size of a recap', () => {
  it('refuses more headings than the limit, at the first heading past it', () => {
    const parts = Array.from({ length: 50_000 }, (_, i) => `## Heading ${i}\n\nWords ${i}.\n`);
    expect(refusal(`# Many\n\n${parts.join('\n')}`)).toBe(
      `recaps/x.md:${3 + 4 * (MAX_HEADINGS - 1)}:1: the recap has more than 2,000 headings; split it into one recap per event or topic`,
    );
  }, 60_000);

  it('refuses 50,000 headings from the text, before the parse (which took 8 s and 1.37 GB)', () => {
    const parts = Array.from({ length: 50_000 }, (_, i) => `> ## Heading ${i}\n\nWords ${i}.\n`);
    const started = performance.now();
    expect(refusal(`# Many\n\n${parts.join('\n')}`)).toBe(
      `recaps/x.md:${3 + 4 * (MAX_HEADINGS - 1)}:3: the recap has more than 2,000 headings; split it into one recap per event or topic`,
    );
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('counts setext headings, and no heading-like line of fenced code', () => {
    const setext = Array.from({ length: MAX_HEADINGS + 1 }, (_, i) => `Part ${i}\n===\n`).join('\n');
    expect(refusal(setext)).toMatch(/^recaps\/x\.md:\d+:1: the recap has more than 2,000 headings/);
    const comments = Array.from({ length: MAX_HEADINGS + 10 }, (_, i) => `  # step ${i}`).join('\n');
    const code = `# Script\n\n- The script:\n\n  \`\`\`sh\n${comments}\n  \`\`\`\n`;
    expect(readRecap(code, new VFile({ path: 'x.md' })).tree.children.length).toBeGreaterThan(0);
  });

  it('refuses more blocks than the limit', () => {
    const text = `# Many\n\n${Array.from({ length: MAX_BLOCKS + 10 }, (_, i) => `- item ${i}`).join('\n')}\n`;
    expect(refusal(text)).toMatch(
      /^recaps\/x\.md:\d+:\d+: the recap has more than 20,000 blocks \(paragraphs/,
    );
  }, 60_000);

  it('reads a recap within the limits', () => {
    const parts = Array.from({ length: 300 }, (_, i) => `## Heading ${i}\n\nWords ${i}.\n`);
    expect(readRecap(`# Many\n\n${parts.join('\n')}`, new VFile({ path: 'x.md' })).outline).toBeDefined();
  });
});
