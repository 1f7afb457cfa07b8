// Lists and quotes nested past 50 levels are flattened with a warning, so a hostile recap
// builds instead of overflowing the stack (issue 22, finding 5); the words all stay.
import { describe, expect, it } from 'vitest';
import { MAX_NESTING } from '../../src/recap/depth.js';
import { plan } from '../helpers.js';

const deep = (marker: string, levels: number) => `# Deep\n\n## Part\n\n${marker.repeat(levels)}lone word\n`;

describe('deep nesting', () => {
  it('flattens a list or quote past the limit with one warning, and keeps its words', () => {
    for (const text of [deep('- ', 500), deep('> ', 1000), deep('1. ', 300)]) {
      const { markdown, warnings } = plan(text);
      expect(warnings.map((w) => w.message)).toContain(
        `lists or quotes nested deeper than ${MAX_NESTING} levels are flattened from here on`,
      );
      expect(warnings.find((w) => w.message.includes('nested deeper'))?.location?.line).toBe(5);
      expect(markdown).toContain('lone word');
    }
  });

  it('leaves a nesting within the limit as it is', () => {
    const { warnings } = plan(deep('- ', MAX_NESTING));
    expect(warnings.map((w) => w.message).join('\n')).not.toContain('nested deeper');
  });
});
