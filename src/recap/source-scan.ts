// Refuses a hostile recap from its text, before remark parses it: the parse of 50,000 headings
// alone took 8 s and 1.37 GB, and of a list 5,000 levels deep 20 s. A guard over the lines, not a
// Markdown parser: it counts lines that open a heading (outside fenced code, under any list or
// quote markers) and refuses past the same limit as the tree's check (size.ts), at the same line;
// and it bounds how deep a line's markers and indentation can nest, and their sum over the lines
// (remark's work grows with depth times lines). What it cannot see the tree's checks still catch.
import { RecapError } from '../errors.js';
import { MAX_NESTING } from './depth.js';
import { MAX_HEADINGS, tooMany } from './size.js';

/** Levels of lists and quotes one line may open or continue; past 50 the tree is flattened. */
export const MAX_SOURCE_DEPTH = 200;
/** Levels summed over the lines: about 3 s of remark at most; a real recap needs a few thousand. */
export const MAX_DEPTH_WORK = 200_000;

/** Container markers in front of a line's own text: quotes, bullets, ordered items. */
const PREFIX = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))*[ \t]*/;
const MARKER = /[-*+>]|\d{1,9}[.)]/g;
const FENCE = /^(`{3,}|~{3,})/;
const ATX = /^#{1,6}(?:[ \t]|$)/;
/** A setext underline: a heading when it follows a line of text. */
const UNDERLINE = /^(?:=+|-+)[ \t]*$/;

export function scanSource(body: string, file: string): void {
  let headings = 0;
  let fence: string | undefined;
  let previousText = false;
  let start = 0;
  let work = 0;
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
    const depth = nesting(prefix);
    work += depth;
    if (depth > MAX_SOURCE_DEPTH || work > MAX_DEPTH_WORK) throw tooDeep(depth, file, line);
    const heading: boolean = ATX.test(rest) || (previousText && UNDERLINE.test(rest));
    if (heading && ++headings > MAX_HEADINGS) throw tooMany('headings', file, line, prefix.length + 1);
    previousText = !heading && rest.trim() !== '';
  }
}

/** Levels a line's prefix can nest: one per marker, one per two columns of indentation left over. */
function nesting(prefix: string): number {
  const markers = prefix.match(MARKER) ?? [];
  const columns = prefix.replace(/\t/g, '    ').length - markers.join('').length;
  return markers.length + Math.floor(Math.max(0, columns - markers.length) / 2);
}

function tooDeep(depth: number, file: string, line: number): RecapError {
  const why =
    depth > MAX_SOURCE_DEPTH
      ? `nests lists or quotes ${depth.toLocaleString('en')} levels deep here`
      : 'nests lists or quotes too deeply for its length ' +
        `(levels summed over its lines pass ${MAX_DEPTH_WORK.toLocaleString('en')})`;
  return new RecapError(
    `the recap ${why}; recap-deck reads up to ${MAX_SOURCE_DEPTH} levels ` +
      `and flattens past ${MAX_NESTING}: nest less`,
    { location: { file, line, column: 1 } },
  );
}
