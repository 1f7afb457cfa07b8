// A bold line at the left margin under a list item starts a new part; it is no item's text.
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { endListsAtLabels } from '../../src/recap/lazy-labels.js';

const parsed = (markdown: string): Root => {
  const tree = fromMarkdown(markdown);
  endListsAtLabels(tree);
  return tree;
};

describe('endListsAtLabels', () => {
  it('ends a list at a bold label written at the margin, and lists the items after it apart', () => {
    const tree = parsed(
      '**1. Open Lambda**\n- Pick a language\n**2. Create a function**\n- Name it\n- Pick a role\n',
    );
    expect(tree.children.map((b) => b.type)).toEqual(['paragraph', 'list', 'paragraph', 'list']);
    expect(toString(tree.children[1]!)).toBe('Pick a language');
    expect(toString(tree.children[2]!)).toBe('2. Create a function');
    expect(toString(tree.children[3]!)).toBe('Name itPick a role');
  });

  it('leaves an item whose own text goes on in bold, or a bold line indented under it', () => {
    const inline = parsed('- Pick a language\n  **Node.js** is what we use\n');
    expect(inline.children.map((b) => b.type)).toEqual(['list']);
    const indented = parsed('- Pick a language\n  **2. Create a function**\n');
    expect(indented.children.map((b) => b.type)).toEqual(['list']);
  });
});
