// Speaker notes as HTML for the presenter view and the handout: their Markdown emphasis
// kept, any HTML in them shown as text (never run).
import type { Root, RootContent } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';

export function notesHtml(notes: RootContent[]): string {
  return toHtml(toHast({ type: 'root', children: notes } as Root));
}
