// A line of a paragraph that starts in lower case continues the sentence above it: the
// author's editor wrapped it (`…that day.\nit is a must-have`). Sites render such a break
// as a space; on a slide (Marp keeps line breaks) it would cut the sentence, so it becomes
// one. Lines that start in upper case (a new sentence, a label line) keep their break.
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

const WRAPPED = /\n(?=\p{Ll})/gu;

export function joinWrappedLines(tree: Root): void {
  visit(tree, 'text', (node, _index, parent) => {
    if (parent?.type === 'paragraph' && node.value.includes('\n'))
      node.value = node.value.replace(WRAPPED, ' ');
  });
}
