// The parts a section's bold labels set apart, with what each says and the lists under it.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { labelGroups } from '../../../src/plan/layouts/label-groups.js';

const groupsOf = (markdown: string) => labelGroups(fromMarkdown(markdown).children);

describe('labelGroups', () => {
  it('reads a label over a list, a label with its words after it, and the lines before them', () => {
    const found = groupsOf(
      [
        'Why it matters.',
        '',
        '**Concepts:**',
        '',
        '- one',
        '- two',
        '',
        '**Demo:** It rolled back a service.',
        '',
        'It took seconds.',
      ].join('\n'),
    )!;
    expect(found.above.map((b) => toString(b))).toEqual(['Why it matters.']);
    expect(
      found.groups.map((g) => [g.label, g.texts.map((t) => toString(t)), g.lists.length, g.sources.length]),
    ).toEqual([
      ['Concepts', [], 1, 2],
      ['Demo', ['It rolled back a service.', 'It took seconds.'], 0, 2],
    ]);
  });

  it('finds no parts in one label, a bold subject, or code among them', () => {
    expect(groupsOf('**Only:** one part.')).toBeUndefined();
    expect(groupsOf('**Bedrock** runs models.\n\n**Lambda** runs code.')).toBeUndefined();
    expect(groupsOf('**A:** x\n\n```\ncode\n```\n\n**B:** y')).toBeUndefined();
  });
});
