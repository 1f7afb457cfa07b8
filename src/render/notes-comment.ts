// Writes speaker notes as the HTML comment Marp collects for a slide. Marp reads a
// comment that parses as YAML with directive keys (`class: x`) as a directive, and ends
// a comment at the first `-->`: both are defused here without changing a visible word.
import type { RootContent } from 'mdast';
import { writeNotes } from '../notes/write-notes.js';

const WORD_JOINER = '\u2060';
const DIRECTIVE_LINE = /^[ \t]*["']?_?[A-Za-z$][\w$-]*["']?[ \t]*:.*$/gm;
// Well-known tool comments Marp hides, and YAML flow mappings (`{class: x}`).
const MAGIC = /^(prettier-ignore|markdownlint-|lint (disable|enable|ignore)|[{[])/;

export function noteComment(notes: RootContent[]): string {
  const content = noteText(notes);
  return content ? `<!--\n${content}\n-->` : '';
}

/** The exact text Marp will report for this slide's comment. */
export function noteText(notes: RootContent[]): string {
  let text = writeNotes(notes, 'markdown')
    .replace(/--+>/g, (run) => run.split('').join(WORD_JOINER))
    .replace(/<!--/g, `<!${WORD_JOINER}--`)
    .trim();
  // Only ASCII keys can be directives; a colon after one is followed by a word joiner.
  text = text.replace(DIRECTIVE_LINE, (line) => line.replace(/:(?=[ \t]|$)/, `:${WORD_JOINER}`));
  if (MAGIC.test(text)) text = WORD_JOINER + text;
  return text;
}
