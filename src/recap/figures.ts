// Images that stand in a paragraph become figure blocks (with a caption from the image
// title or the short text right after it), so the planner can lay them out as pictures.
import type { Image, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Figure } from '../model/nodes.js';
import { paragraphOf, trimBreaks } from './phrasing.js';

const MAX_CAPTION = 120;

export function liftFigures(tree: Root): void {
  visit(tree, 'paragraph', (node, index, parent) => {
    if (!parent || index === undefined || !containsImage(node.children)) return undefined;
    const blocks = splitParagraph(node.children, node);
    parent.children.splice(index, 1, ...(blocks as never[]));
    return index + blocks.length;
  });
  // An italic line right under a picture is its caption (Jekyll and kramdown authors do this).
  visit(tree, 'figure', (figure: Figure, index, parent) => {
    const next = parent && index !== undefined ? parent.children[index + 1] : undefined;
    const caption = (next?.data as { figcaption?: boolean } | undefined)?.figcaption;
    if (figure.caption || next?.type !== 'paragraph' || (next.children.length !== 1 && !caption))
      return undefined;
    const [only] = next.children;
    const marked = (next.data as { figcaption?: boolean } | undefined)?.figcaption;
    const text = only?.type === 'emphasis' || marked ? toString(next).trim() : '';
    if (!text || text.length > MAX_CAPTION) return undefined;
    figure.caption = text;
    parent!.children.splice(index! + 1, 1);
    return undefined;
  });
}

function containsImage(children: PhrasingContent[]): boolean {
  return children.some(
    (child) =>
      child.type === 'image' || (child.type === 'link' && child.children.some((c) => c.type === 'image')),
  );
}

function splitParagraph(children: PhrasingContent[], paragraph: RootContent): RootContent[] {
  const out: RootContent[] = [];
  let run: PhrasingContent[] = [];
  let figure: Figure | undefined;
  const flushRun = () => {
    const meaningful = run.filter(
      (c) => !(c.type === 'break' || (c.type === 'text' && c.value.trim() === '')),
    );
    const text = toString({ type: 'paragraph', children: meaningful }).trim();
    if (
      figure &&
      !figure.caption &&
      text &&
      text.length <= MAX_CAPTION &&
      !meaningful.some((c) => c.type === 'link')
    )
      figure.caption = text;
    else if (meaningful.length > 0) out.push(paragraphOf(trimBreaks(run), paragraph));
    run = [];
  };
  for (const child of children) {
    const image =
      child.type === 'image'
        ? child
        : child.type === 'link'
          ? (child.children.find((c) => c.type === 'image') as Image | undefined)
          : undefined;
    if (!image) {
      run.push(child);
      continue;
    }
    flushRun();
    figure = { type: 'figure', url: image.url.trim(), alt: image.alt ?? '' };
    if (image.title) figure.caption = image.title;
    figure.position = image.position ?? paragraph.position;
    out.push(figure);
    // Text inside a linked image's link (besides the image) is kept as a caption candidate.
    if (child.type === 'link') run.push(...child.children.filter((c) => c.type !== 'image'));
  }
  flushRun();
  return out;
}
