// Task marks as readers expect them: GFM task items (`- [x] done`) and `[x]` / `[ ]` written
// at the start of a line (in a paragraph or a table cell) become ✅ and ⬜, since Marp shows
// `[x]` as typed. Both are emoji, drawn from the bundled Twemoji like every emoji (neither
// the theme's fonts nor Noto Sans Symbols have ☑ and ☐; they fell back to a system font).
import type { ListItem, PhrasingContent, Root } from 'mdast';
import { visit } from 'unist-util-visit';

const MARK = /^(\s*(?:[•–·]\s)?)\[([ xX✓✔])\]\s+/;

export function drawCheckboxes(tree: Root): void {
  visit(tree, 'listItem', (item: ListItem) => {
    if (typeof item.checked !== 'boolean') return;
    const first = item.children[0];
    const box: PhrasingContent = { type: 'text', value: item.checked ? '✅ ' : '⬜ ' };
    if (first?.type === 'paragraph') first.children.unshift(box);
    else item.children.unshift({ type: 'paragraph', children: [box] });
    item.checked = null;
  });
  visit(tree, (node) => {
    if (node.type !== 'paragraph' && node.type !== 'tableCell') return;
    // At the start of the block and after each line break.
    node.children.forEach((child, i) => {
      const previous = node.children[i - 1];
      if (child.type !== 'text') return;
      const lineStart = i === 0 || previous?.type === 'break';
      const value = child.value
        .split('\n')
        .map((line, j) =>
          j > 0 || lineStart ? line.replace(MARK, (_, lead, mark) => `${lead}${box(mark)} `) : line,
        )
        .join('\n');
      if (value !== child.value) node.children[i] = { ...child, value };
    });
  });
}

function box(mark: string): string {
  return mark === ' ' ? '⬜' : '✅';
}
