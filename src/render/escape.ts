// Escaping for the languages the renderer writes: HTML text and attributes, Markdown
// text, and YAML strings and comments in the Marp front matter.
import { toMarkdown } from 'mdast-util-to-markdown';

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
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters escaped
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** Plain text as Markdown that renders back to exactly that text (no emphasis, links, HTML). */
export function markdownText(text: string): string {
  return toMarkdown({ type: 'paragraph', children: [{ type: 'text', value: text }] }).trim();
}
