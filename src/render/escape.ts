// Escaping for the languages the renderer writes: HTML text and attributes, Markdown
// text, and YAML strings in the Marp front matter.
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

/** Plain text as Markdown that renders back to exactly that text (no emphasis, links, HTML). */
export function markdownText(text: string): string {
  return toMarkdown({ type: 'paragraph', children: [{ type: 'text', value: text }] }).trim();
}
