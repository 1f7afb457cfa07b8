// An HTML block runs to the next blank line (a comment, to its `-->`), so Markdown written
// right under a one-line tag (kramdown and Jekyll authors do: `<img …>` then `_caption_`),
// or after a comment closes, would stay raw HTML. It is parsed as the Markdown its author
// meant, at its own positions. So is a Hugo shortcode on a line of its own inside the block
// (`<p …>` then `{{% /notice %}}`): Hugo reads it, whatever HTML is around it.
import type { Html, Root } from 'mdast';
import type { Point } from 'unist';
import { visit } from 'unist-util-visit';

const VOID_TAG = /^<(?:img|br|hr|input|wbr|source|embed)\b[^>]*>$/i;
const WHOLE_ELEMENT = /^<([a-z][\w-]*)\b[^>]*>.*<\/\1\s*>$/i;
const COMMENT = /^<!--.*-->$/;
/** `{{< name … >}}` or `{{% name … %}}` alone on its line. */
const SHORTCODE_LINE = /^\s*\{\{(?:<.*>|%.*%)\}\}\s*$/;
/** HTML blocks that run until their closing mark (CommonMark's kinds 3 to 5), that mark. */
const UNCLOSED: [string, string][] = [
  ['<?', '?>'],
  ['<![CDATA[', ']]>'],
  ['<!', '>'],
];
/** Blocks whose content is not Markdown's business: comments, scripts and styles. */
const OPAQUE = /^<(?:!--|script\b|style\b)/i;

export function splitHtmlTails(tree: Root, parse: (markdown: string) => Root): void {
  visit(tree, 'html', (node, index, parent) => {
    if (!parent || index === undefined || !node.position || parent.type === 'paragraph') return undefined;
    const cut = headLength(node.value);
    if (cut === undefined || node.value.slice(cut).trim() === '') return undefined;
    const head = node.value.slice(0, cut);
    const tail = parse(node.value.slice(cut));
    // The tail may hold HTML blocks of its own, with Markdown or shortcodes under them.
    splitHtmlTails(tail, parse);
    // Where the tail starts: its first line may begin mid-line (after a comment's `-->`).
    const start = node.position.start;
    const headLines = head.split('\n');
    const cutLine = start.line + headLines.length - 1;
    const cutColumn = (headLines.length === 1 ? start.column : 1) + headLines[headLines.length - 1]!.length;
    const shift = (point: Point): Point =>
      point.line === 1
        ? { line: cutLine, column: point.column + cutColumn - 1 }
        : { line: point.line + cutLine - 1, column: point.column + start.column - 1 };
    visit(tail, (child) => {
      if (child.position)
        child.position = { start: shift(child.position.start), end: shift(child.position.end) };
    });
    const top: Html = {
      type: 'html',
      value: head,
      position: { start, end: { line: cutLine, column: cutColumn } },
    };
    parent.children.splice(index, 1, top, ...(tail.children as never[]));
    return index + 1 + tail.children.length;
  });
}

/** Length of the block's head that is HTML: whole tag lines, or a comment up to its end. */
function headLength(value: string): number | undefined {
  if (value.startsWith('<!--')) {
    const end = value.indexOf('-->', 4);
    return end === -1 ? undefined : end + 3;
  }
  const lines = value.split('\n');
  // A processing instruction or declaration never closed ran to the end of its container:
  // it was text, and the lines under it are Markdown.
  if (lines.length > 1 && UNCLOSED.some(([open, close]) => value.startsWith(open) && !value.includes(close)))
    return lines[0]!.length;
  let head = 0;
  while (head < lines.length && isWholeTagLine(lines[head]!.trim())) head += 1;
  const shortcode = OPAQUE.test(value)
    ? -1
    : lines.findIndex((line, i) => i > 0 && SHORTCODE_LINE.test(line));
  if (shortcode > 0 && (head === 0 || shortcode < head)) head = shortcode;
  return head === 0 ? undefined : lines.slice(0, head).join('\n').length;
}

function isWholeTagLine(line: string): boolean {
  return VOID_TAG.test(line) || WHOLE_ELEMENT.test(line) || COMMENT.test(line);
}
