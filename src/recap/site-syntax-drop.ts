// Site-generator syntax that is no content (Liquid tags, kramdown attribute lists, Franklin
// `@def` lines, WordPress `[caption …]` tags) leaves the tree with a warning at its line; a
// Liquid tag that stands for a front matter value (`# {{ page.title }}`) becomes that text,
// and one in a picture's or link's URL its path; a link whose address was only a Liquid tag
// keeps its words. Shortcodes stay for later.
import type { Parent, Root, RootContent } from 'mdast';
import { remove } from 'unist-util-remove';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { liquidValue, resolveLiquidUrl } from './liquid.js';
import { WORDPRESS } from './site-syntax.js';

const PHRASING_PARENTS = new Set([
  'paragraph',
  'heading',
  'tableCell',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
]);

export function dropSiteSyntax(tree: Root, page: Record<string, unknown>, warnings: VFile): void {
  // `[embed]https://…[/embed]`: a bare URL runs on into the closing tag; it ends before it.
  visit(tree, 'link', (node, index, parent) => {
    const closing = /^(.*?)\[\/([\w-]+)$/.exec(node.url);
    const next = parent && index !== undefined ? parent.children[index + 1] : undefined;
    if (
      !closing ||
      !WORDPRESS.has(closing[2]!.toLowerCase()) ||
      next?.type !== 'text' ||
      !next.value.startsWith(']')
    )
      return;
    warnings.message(
      `WordPress shortcode "[/${closing[2]}]" is site-generator syntax, not content; dropped`,
      node.position?.end,
    );
    node.url = closing[1]!;
    node.children = [{ type: 'text', value: closing[1]! }];
    next.value = next.value.slice(1);
  });
  // `![x]({{site.baseurl}}/img/x.png)`: the path the picture or link names.
  visit(tree, (node) => {
    if (
      (node.type === 'image' || node.type === 'link' || node.type === 'definition') &&
      node.url.includes('{{')
    )
      node.url = resolveLiquidUrl(node.url, page);
  });
  visit(tree, 'siteSyntax', (node, index, parent) => {
    if (isShortcodeSource(node.value) || !parent || index === undefined) return;
    const value = liquidValue(node.value, page);
    if (value !== undefined && value.trim() !== '') {
      const text = { type: 'text' as const, value, position: node.position };
      (parent as Parent).children[index] = (
        PHRASING_PARENTS.has(parent.type)
          ? text
          : { type: 'paragraph', children: [text], position: node.position }
      ) as RootContent;
      return;
    }
    warnings.message(
      `${describe(node.value)} is site-generator syntax, not content; dropped`,
      node.position?.start,
    );
    unlink(parent as Parent, index);
  });
  remove(
    tree,
    { cascade: false },
    (node) => node.type === 'siteSyntax' && !isShortcodeSource((node as unknown as { value: string }).value),
  );
}

export function isShortcodeSource(value: string): boolean {
  return value.startsWith('{{<') || value.startsWith('{{%');
}

function describe(value: string): string {
  const short = value.length > 40 ? `${value.slice(0, 37)}…` : value;
  if (value.startsWith('{%')) return `Liquid tag "${short}"`;
  if (value.startsWith('{{')) return `template tag "${short}"`;
  if (value.startsWith('@def')) return `Franklin "${short}"`;
  if (value.startsWith('[')) return `WordPress shortcode "${short}"`;
  return `attribute list "${short}"`;
}

/** `[last year]({% link _posts/x.md %})`: a link whose address was only a tag is its words. */
function unlink(parent: Parent, index: number): void {
  const before = parent.children[index - 1];
  const after = parent.children[index + 1];
  if (before?.type !== 'text' || after?.type !== 'text' || !after.value.startsWith(')')) return;
  const open = /\[([^[\]]*)\]\($/u.exec(before.value);
  if (!open) return;
  before.value = before.value.slice(0, open.index) + open[1]!;
  after.value = after.value.slice(1);
}
