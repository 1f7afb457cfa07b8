// Runs of inline content cut out of a paragraph (around a picture, a shortcode, a lead
// line): their line breaks trimmed at the ends, and wrapped back into a paragraph that
// keeps its source position.
import type { Paragraph, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Node } from 'unist';

/** The run without the line breaks at its start (and, unless `startOnly`, its end). */
export function trimBreaks(run: PhrasingContent[], startOnly = false): PhrasingContent[] {
  const kept = [...run];
  while (kept[0]?.type === 'break') kept.shift();
  while (!startOnly && kept[kept.length - 1]?.type === 'break') kept.pop();
  return kept;
}

/** A paragraph of `children`, positioned from them (or from `from` when they have none). */
export function paragraphOf(children: PhrasingContent[], from?: Node): Paragraph {
  const start = children[0]?.position?.start ?? from?.position?.start;
  const end = children[children.length - 1]?.position?.end ?? from?.position?.end;
  return start && end
    ? { type: 'paragraph', children, position: { start, end } }
    : { type: 'paragraph', children };
}

/** The text of inline content as it reads: a line break, even inside emphasis, parts the
 * words on either side (as `lineBreak`). */
export function inlineText(children: PhrasingContent[], lineBreak = ' '): string {
  return children
    .map((child) =>
      child.type === 'break'
        ? lineBreak
        : 'children' in child
          ? inlineText(child.children, lineBreak)
          : toString(child),
    )
    .join('');
}
