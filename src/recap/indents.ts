// Paragraphs indented with `&emsp;` (em spaces, a typographer's first-line indent) lose the
// indent, which means nothing on a slide, and keep the fact as `data.indented`: a group of
// them under a short line is a section (outline-fallback.ts).
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

const INDENT = /^[\u2002\u2003\u00a0\t ]*[\u2002\u2003\u00a0][\u2002\u2003\u00a0\t ]*/;

declare module 'mdast' {
  interface ParagraphData {
    /** The author indented the paragraph's first line with em spaces. */
    indented?: boolean;
    /** The author indented the lines after the first (a short line over its text). */
    indentedBody?: boolean;
  }
}

export function liftIndents(tree: Root): void {
  visit(tree, 'paragraph', (node) => {
    const first = node.children[0];
    if (first?.type === 'text' && INDENT.test(first.value)) {
      node.children[0] = { ...first, value: first.value.replace(INDENT, '') };
      node.data = { ...node.data, indented: true };
    }
    // Indents at the start of later lines go too.
    for (const [i, child] of node.children.entries()) {
      if (child.type !== 'text' || !child.value.includes('\n')) continue;
      if (/\n[\t ]*[\u2002\u2003\u00a0]/.test(child.value)) node.data = { ...node.data, indentedBody: true };
      node.children[i] = { ...child, value: child.value.replace(/\n[\u2002\u2003\u00a0\t ]+/g, '\n') };
    }
  });
}
