// The one place speaker notes are written out: as Markdown (the Marp comment), as HTML
// (presenter view, handout: emphasis kept, any HTML in them shown as text, each block
// classed by its part) and as plain text (PPTX notes, PDF comments, word counts).
import type { List, Root, RootContent } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import { type Options, toMarkdown } from 'mdast-util-to-markdown';
import { isNotesOnly, noteMarks, notePart } from '../model/deck.js';
import type { Callout, Figure } from '../model/nodes.js';
import { blockText } from '../model/text.js';
import { MARKDOWN_STYLE } from '../model/markdown-style.js';

export type NotesFormat = 'markdown' | 'html' | 'text';

export function writeNotes(notes: RootContent[], format: NotesFormat): string {
  if (format === 'html') return toHtml(toHast({ type: 'root', children: notes.map(classed) } as Root));
  const write = format === 'markdown' ? markdownOf : textOf;
  return notes
    .map((note, i) => {
      const text = write(note);
      if (i === 0) return text;
      // Lines of one list-like part (links, terms) follow each other without a gap.
      const part = notePart(note);
      const together = (part === 'links' || part === 'terms') && notePart(notes[i - 1]!) === part;
      return `${together && format === 'text' ? '\n' : '\n\n'}${text}`;
    })
    .join('')
    .trim();
}

/** A block with its part as a class, for the presenter view's and handout's styles. A block for
 * the speaker alone (the site's chapter line, a missing picture's line) is set aside
 * (`note-aside`): the speaker reads it, but not aloud. */
function classed(note: RootContent): RootContent {
  const marks = noteMarks(note);
  const className = [
    `note-${notePart(note)}`,
    ...(marks.label ? ['note-label'] : []),
    ...(isNotesOnly(note) ? ['note-aside'] : []),
  ];
  return { ...note, data: { ...note.data, hProperties: { className } } } as RootContent;
}

function markdownOf(node: RootContent): string {
  return toMarkdown(node as Parameters<typeof toMarkdown>[0], {
    ...MARKDOWN_STYLE,
    handlers: {
      // A line break in the recap is a new line in the notes, not Markdown's "\".
      break: () => '\n',
      // Pictures and callouts inside a list: the notes say their words.
      figure: (figure: Figure, _parent, state) =>
        state.safe(figure.caption ?? figure.alt, { before: '', after: '' }),
      callout: (callout: Callout, _parent, state, info) =>
        state.containerFlow(callout as unknown as Parameters<typeof state.containerFlow>[0], info),
    } as Options['handlers'],
  }).trim();
}

function textOf(node: RootContent): string {
  return node.type === 'list' ? listText(node, 0) : blockText(node);
}

/** A list as indented bullet lines, one per item, nested items under their parent. */
function listText(list: List, depth: number): string {
  return list.children
    .map((item) =>
      item.children
        .map((child) =>
          child.type === 'list'
            ? listText(child, depth + 1)
            : `${'  '.repeat(depth)}• ${blockText(child).replace(/\s+/g, ' ').trim()}`,
        )
        .join('\n'),
    )
    .join('\n');
}

/** Notes as plain text (PPTX and PDF notes, word counts). */
export function plainNotes(notes: RootContent[]): string {
  return writeNotes(notes, 'text');
}
