// Refuses a hostile recap from its text, before remark parses it: the parse of 50,000 headings
// alone took 8 s and 1.37 GB. A guard over the lines, not a Markdown parser: it counts lines that
// open a heading (outside fenced code, under any list or quote markers) and refuses past the same
// limit as the tree's check (size.ts), at the same line. What it cannot see the tree's check
// still catches after the parse.
import { MAX_HEADINGS, tooMany } from './size.js';

/** Container markers in front of a line's own text: quotes, bullets, ordered items. */
const PREFIX = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*[ \t]*/;
const FENCE = /^(`{3,}|~{3,})/;
const ATX = /^#{1,6}(?:[ \t]|$)/;
/** A setext underline: a heading when it follows a line of text. */
const UNDERLINE = /^(?:=+|-+)[ \t]*$/;

export function scanSource(body: string, file: string): void {
  let headings = 0;
  let fence: string | undefined;
  let previousText = false;
  let start = 0;
  for (let line = 1; start <= body.length; line += 1) {
    const newline = body.indexOf('\n', start);
    const end = newline === -1 ? body.length : newline;
    const text = body.slice(start, end);
    start = end + 1;
    const prefix = PREFIX.exec(text)![0];
    const rest = text.slice(prefix.length);
    const opened = FENCE.exec(rest)?.[1];
    if (fence !== undefined) {
      if (
        opened?.[0] === fence[0] &&
        opened.length >= fence.length &&
        !/[^ \t]/.test(rest.slice(opened.length))
      )
        fence = undefined;
      continue;
    }
    if (opened !== undefined) {
      fence = opened;
      previousText = false;
      continue;
    }
    const heading: boolean = ATX.test(rest) || (previousText && UNDERLINE.test(rest));
    if (heading && ++headings > MAX_HEADINGS) throw tooMany('headings', file, line, prefix.length + 1);
    previousText = !heading && rest.trim() !== '';
  }
}
