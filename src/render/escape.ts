// Escaping for the languages the renderer writes: HTML text and attributes, Markdown
// text, and YAML strings and comments in the Marp front matter.
import { toMarkdown } from 'mdast-util-to-markdown';
import { printable } from '../errors.js';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A double-quoted YAML scalar (JSON strings are valid YAML). */
export function yamlString(text: string): string {
  return JSON.stringify(text);
}

/**
 * Text for one YAML comment line, such as a file path: a line break or other control character
 * in it (a folder may be named so) is written as an escape, so it cannot start a directive line.
 */
export function yamlCommentText(text: string): string {
  return printable(text);
}

/** Plain text as Markdown that renders back to exactly that text (no emphasis, links, HTML). */
export function markdownText(text: string): string {
  return toMarkdown({ type: 'paragraph', children: [{ type: 'text', value: text }] }).trim();
}
