// Lists and quotes nested past 50 levels are flattened with a warning, so a hostile recap
// builds instead of overflowing the stack (issue 22, finding 5); the words all stay. Deeper than
// the Markdown grammar reads in time, a recap is refused from its text in one line.
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { RecapError } from '../../src/errors.js';
import { MAX_NESTING } from '../../src/recap/depth.js';
import { readRecap } from '../../src/recap/read.js';
import { MAX_SOURCE_DEPTH } from '../../src/recap/source-scan.js';
import { plan } from '../helpers.js';

const deep = (marker: string, levels: number) => `# Deep\n\n## Part\n\n${marker.repeat(levels)}lone word\n`;

describe('deep nesting', () => {
  it('flattens a list or quote past the limit with one warning, and keeps its words', () => {
    for (const text of [deep('- ', MAX_SOURCE_DEPTH), deep('> ', 150), deep('1. ', 120)]) {
      const { markdown, warnings } = plan(text);
      expect(warnings.map((w) => w.message)).toContain(
        `lists or quotes nested deeper than ${MAX_NESTING} levels are flattened from here on`,
      );
      expect(warnings.find((w) => w.message.includes('nested deeper'))?.location?.line).toBe(5);
      expect(markdown).toContain('lone word');
    }
  });

  it('refuses thousands of levels from the text in one line, before the parse (which took 20 s)', () => {
    const indented = Array.from({ length: 1400 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n');
    const cases: [string, RegExp][] = [
      [deep('- ', 5000), /^recaps\/x\.md:5:1: the recap nests lists or quotes 5,000 levels deep here/],
      [deep('>', 100_000), /^recaps\/x\.md:5:1: the recap nests lists or quotes 100,000 levels deep/],
      [`# Deep\n\n${indented}\n`, /^recaps\/x\.md:203:1: the recap nests lists or quotes 201 levels/],
      [`${deep('- ', 150)}${`${'  '.repeat(150)}- more\n`.repeat(2000)}`, /too deeply for its length/],
    ];
    for (const [text, message] of cases) {
      const started = performance.now();
      let error: unknown;
      try {
        readRecap(text, new VFile({ path: 'recaps/x.md' }));
      } catch (caught) {
        error = caught;
      }
      expect(performance.now() - started).toBeLessThan(1_000);
      expect(error).toBeInstanceOf(RecapError);
      expect((error as RecapError).format()).toMatch(message);
    }
  });

  it('leaves a nesting within the limit as it is', () => {
    const { warnings } = plan(deep('- ', MAX_NESTING));
    expect(warnings.map((w) => w.message).join('\n')).not.toContain('nested deeper');
  });
});
