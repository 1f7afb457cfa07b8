// Speaker notes as HTML for the presenter view and the handout: their Markdown emphasis
// kept, any HTML in them shown as text (never run).
import type { Root } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

export function notesHtml(notes: string[]): string {
  return notes.map((note) => toHtml(toHast(parser.parse(note) as Root))).join('\n');
}
