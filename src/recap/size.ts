// Refuses a recap with more headings or blocks than any talk, right after parsing: later stages
// (marp-core's slide splitting among them) grow faster than the recap, so 50,000 headings would
// run for minutes. Like a recap over 2 MB, it is one line of error asking to split it.
import type { Nodes, Root } from 'mdast';
import { RecapError } from '../errors.js';

/** Ten times the slides a long talk has; `--max-slides` warns long before. */
export const MAX_HEADINGS = 2_000;
/** Paragraphs, list items, table rows and the like. */
export const MAX_BLOCKS = 20_000;

const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'tableRow', 'code', 'html', 'thematicBreak']);

export function checkSize(tree: Root, file: string): void {
  let headings = 0;
  let blocks = 0;
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'heading') headings += 1;
    if (BLOCKS.has(node.type)) blocks += 1;
    const what = headings > MAX_HEADINGS ? 'headings' : blocks > MAX_BLOCKS ? 'blocks' : undefined;
    if (what) {
      const at = node.position?.start ?? { line: 1, column: 1 };
      throw tooMany(what, file, at.line, at.column);
    }
    // Block containers only: a paragraph's words hold no blocks.
    if ('children' in node && !(node.type === 'paragraph' || node.type === 'heading'))
      for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]!);
  }
}

/** The one line of error for a recap past a limit, at the first heading or block past it. */
export function tooMany(what: 'headings' | 'blocks', file: string, line: number, column: number): RecapError {
  const limit =
    what === 'headings'
      ? `${MAX_HEADINGS.toLocaleString('en')} headings`
      : `${MAX_BLOCKS.toLocaleString('en')} blocks (paragraphs, list items, table rows)`;
  return new RecapError(`the recap has more than ${limit}; split it into one recap per event or topic`, {
    location: { file, line, column },
  });
}
