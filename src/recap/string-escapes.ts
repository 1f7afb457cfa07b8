// Text pasted from a string literal keeps its escapes: `\"cookbook\"` is what a JSON or code
// string holds for "cookbook". A backslash before a quote in running text is such an escape,
// never the author's word, so the quote stands alone (code keeps its text as written).
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

const ESCAPED_QUOTE = /\\(["'])/gu;

export function unescapeQuotes(tree: Root): void {
  visit(tree, 'text', (node) => {
    if (node.value.includes('\\')) node.value = node.value.replace(ESCAPED_QUOTE, '$1');
  });
}
