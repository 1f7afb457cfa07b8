// Raw HTML in a recap (`<br>`, `<b>`, `<img>`, `<p align>`, `<ul>` in a table cell,
// entities) is parsed as HTML, cleaned by an allowlist and turned into ordinary Markdown
// nodes. Comments go (the site hides them too). Nothing raw reaches the slides.
import type { Root as HastRoot } from 'hast';
import { raw } from 'hast-util-raw';
import { toMdast } from 'hast-util-to-mdast';
import type { Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { phrasing as isPhrasing } from 'mdast-util-phrasing';
import { htmlTagNames } from 'html-tag-names';
import { toHast } from 'mdast-util-to-hast';
import type { Position } from 'unist';
import { remove } from 'unist-util-remove';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { sanitizeHtml } from './html-sanitize.js';
import { linesOf } from './phrasing.js';

const COMMENT = /^\s*<!--[\s\S]*?-->\s*$/;

export function convertHtml(tree: Root, page: Record<string, unknown>, warnings: VFile): void {
  // "DX<inAction> Talk#7": angle brackets around a word no HTML element is named are the
  // author's text, not a tag (a browser would swallow them).
  visit(tree, 'html', (node, index, parent) => {
    if (!parent || index === undefined || parent.type === 'root' || !isUnknownTag(node.value)) return;
    parent.children[index] = {
      type: 'text',
      value: node.value,
      ...(node.position ? { position: node.position } : {}),
    };
  });
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    if (node.type === 'html') {
      if (COMMENT.test(node.value)) {
        // `<!--more-->` marks where the site's summary ends: no content.
        if (/^\s*<!--\s*more\s*-->\s*$/i.test(node.value))
          warnings.message(
            '<!--more--> is site-generator syntax, not content; dropped',
            node.position?.start,
          );
        return undefined;
      }
      const blocks = convertBlock(node, page, warnings);
      parent.children.splice(index, 1, ...(blocks as never[]));
      return [SKIP, index + blocks.length];
    }
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return undefined;
    if (!hasHtml(node)) return SKIP;
    const blocks = toBlocks(node.children, page, warnings, node.position);
    if (node.type === 'paragraph') {
      const wrapped = wrapPhrasing(blocks, node.position);
      parent.children.splice(index, 1, ...(wrapped as never[]));
      return [SKIP, index + wrapped.length];
    }
    // A heading or a cell keeps one line per block: `<br>` and `<li>` become line breaks.
    node.children = linesOf(blocks);
    return SKIP;
  });
  // Comments and whatever else stayed raw never reach Marp (a comment there is a directive).
  remove(tree, { cascade: false }, (node) => node.type === 'html');
}

const KNOWN = new Set(htmlTagNames);

/** `<inAction>`, `</Foo>`: one tag whose name is no HTML element's. */
function isUnknownTag(value: string): boolean {
  const name = /^<\/?([A-Za-z][\w-]*)[^<>]*>$/u.exec(value.trim())?.[1];
  return name !== undefined && !KNOWN.has(name.toLowerCase());
}

function hasHtml(node: Parent): boolean {
  let found = false;
  visit(node, 'html', () => {
    found = true;
  });
  return found;
}

function convertBlock(node: RootContent, page: Record<string, unknown>, warnings: VFile): RootContent[] {
  const blocks = toMdastBlocks({ type: 'root', children: [node] } as Root, page, warnings, node.position);
  const wrapped = wrapPhrasing(blocks, node.position);
  if (node.position) for (const child of wrapped) stampPosition(child, node.position);
  return wrapped;
}

function toBlocks(
  children: PhrasingContent[],
  page: Record<string, unknown>,
  warnings: VFile,
  position: Position | undefined,
): RootContent[] {
  const paragraph = { type: 'paragraph', children } as RootContent;
  const blocks = toMdastBlocks({ type: 'root', children: [paragraph] } as Root, page, warnings, position);
  if (position) for (const block of blocks) stampPosition(block, position);
  return blocks;
}

function toMdastBlocks(
  tree: Root,
  page: Record<string, unknown>,
  warnings: VFile,
  position: Position | undefined,
): RootContent[] {
  const hast = raw(toHast(tree, { allowDangerousHtml: true }) as HastRoot) as HastRoot;
  const clean = sanitizeHtml(hast, page, warnings, position?.start);
  // A <figcaption> stays marked as its picture's caption (figures.ts joins them).
  const converted = toMdast(clean, {
    handlers: {
      figcaption: (state, node) => {
        const caption = { type: 'paragraph', children: state.all(node), data: { figcaption: true } } as never;
        state.patch(node, caption);
        return caption;
      },
    },
  }) as Root;
  remove(converted, { cascade: false }, (node) => node.type === 'html');
  return converted.children;
}

/** Inline-only HTML converts to bare phrasing nodes; in a block context they need a paragraph. */
function wrapPhrasing(nodes: RootContent[], position: Position | undefined): RootContent[] {
  const out: RootContent[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (!isPhrasing(node)) out.push(node);
    else if (last?.type === 'paragraph' && (last.data as { wrapped?: boolean } | undefined)?.wrapped)
      last.children.push(node);
    else out.push({ type: 'paragraph', children: [node], data: { wrapped: true } as never });
  }
  for (const node of out) if (!node.position && position) node.position = position;
  return out;
}

/** Converted nodes have no positions; they inherit their source block's so warnings can point at it. */
function stampPosition(node: RootContent, position: Position): void {
  visit(node, (child) => {
    if (!child.position) child.position = position;
  });
}
