// An HTML block runs to the next blank line, so Markdown written right under a one-line
// tag (kramdown and Jekyll authors do: `<img …>` then `_caption_`) would stay raw HTML.
// Those lines are parsed as the Markdown their author meant, at their own positions.
import type { Html, Root } from 'mdast';
import type { Point } from 'unist';
import { visit } from 'unist-util-visit';

const VOID_TAG = /^<(?:img|br|hr|input|wbr|source|embed)\b[^>]*>$/i;
const WHOLE_ELEMENT = /^<([a-z][\w-]*)\b[^>]*>.*<\/\1\s*>$/i;
const COMMENT = /^<!--.*-->$/;

export function splitHtmlTails(tree: Root, parse: (markdown: string) => Root): void {
  visit(tree, 'html', (node, index, parent) => {
    if (!parent || index === undefined || !node.position || parent.type === 'paragraph') return undefined;
    const lines = node.value.split('\n');
    let head = 0;
    while (head < lines.length && isWholeTagLine(lines[head]!.trim())) head += 1;
    if (head === 0 || head === lines.length) return undefined;
    const tail = parse(lines.slice(head).join('\n'));
    const start = node.position.start;
    const shift = (point: Point): Point => ({
      line: point.line + start.line + head - 1,
      column: point.column + start.column - 1,
    });
    visit(tail, (child) => {
      if (child.position)
        child.position = { start: shift(child.position.start), end: shift(child.position.end) };
    });
    const top: Html = {
      type: 'html',
      value: lines.slice(0, head).join('\n'),
      position: { start, end: { line: start.line + head - 1, column: lines[head - 1]!.length + 1 } },
    };
    parent.children.splice(index, 1, top, ...(tail.children as never[]));
    return index + 1 + tail.children.length;
  });
}

function isWholeTagLine(line: string): boolean {
  return VOID_TAG.test(line) || WHOLE_ELEMENT.test(line) || COMMENT.test(line);
}
