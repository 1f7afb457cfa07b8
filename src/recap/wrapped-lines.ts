// A line break the author's editor made, not the author: sites render it as a space, but on
// a slide (Marp keeps line breaks) it would cut a sentence in two, so it becomes one. A break
// is a wrap when the next line starts in lower case (`…that day.\nit is a must-have`), or when
// it ends a long line mid-sentence (hard-wrapped text, its lines near one width) and the next
// line is no label of its own ("Date: …"). Short lines and lines that end a sentence or lead
// into a list keep their break: the author set them apart.
import type { PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/** A hard-wrapped line is at least this long: editors wrap at 70–100 columns. */
const WRAP_WIDTH = 60;
/** Marks that end a line on purpose: a sentence, a lead-in, a clause. */
const ENDS_LINE = /[.!?…:：;]\s*$/u;
/** A line that opens with its own label ("Date: …", "Địa điểm: …"). */
const LABEL_LINE = /^\s*[^\s:：]{1,20}(?:\s[^\s:：]{1,20}){0,2}\s*[:：]/u;

export function joinWrappedLines(tree: Root): void {
  visit(tree, 'paragraph', (paragraph) => {
    joinIn(paragraph);
  });
}

/** The breaks in a paragraph's text, and in its links' and emphasis' text too. */
function joinIn(paragraph: { children: PhrasingContent[] }): void {
  const children = paragraph.children;
  children.forEach((node, i) => {
    if ('children' in node) joinIn(node as { children: PhrasingContent[] });
    if (node.type !== 'text' || !node.value.includes('\n')) return;
    let out = '';
    let rest = node.value;
    // The line so far: the text before this node on the same line. An editor wraps by the
    // source's columns, a link's address included: the first line is as wide as where it ends.
    let line = lineBefore(children, i);
    let width = (node.position?.start.column ?? 1) - 1;
    for (let at = rest.indexOf('\n'); at !== -1; at = rest.indexOf('\n')) {
      const before = line + rest.slice(0, at);
      const after = rest.slice(at + 1) || textAfter(children, i);
      out += rest.slice(0, at) + (isWrap(before, after, width + at) ? ' ' : '\n');
      rest = rest.slice(at + 1);
      line = '';
      width = 0;
    }
    node.value = out + rest;
  });
}

function isWrap(before: string, after: string, columns: number): boolean {
  if (/^\p{Ll}/u.test(after)) return true;
  const line = before.trim();
  const wide = Math.max(line.length, columns) >= WRAP_WIDTH;
  return wide && !ENDS_LINE.test(line) && after.trim() !== '' && !LABEL_LINE.test(after);
}

/** The text on the same line before child `i` (back to the last line break). */
function lineBefore(children: PhrasingContent[], i: number): string {
  let line = '';
  for (let k = i - 1; k >= 0; k -= 1) {
    const child = children[k]!;
    if (child.type === 'break') break;
    const text = toString(child);
    const cut = text.lastIndexOf('\n');
    line = (cut === -1 ? text : text.slice(cut + 1)) + line;
    if (cut !== -1) break;
  }
  return line;
}

/** The text that follows child `i` on its next line. */
function textAfter(children: PhrasingContent[], i: number): string {
  const next = children[i + 1];
  return next && next.type !== 'break' ? toString(next) : '';
}
