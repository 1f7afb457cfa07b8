// Raw HTML in a recap (`<br>`, `<b>`, `<img>`, `<p align>`, entities) is parsed as HTML
// and turned into ordinary Markdown nodes; whatever could run script or load from the
// network is dropped with a warning. Nothing raw reaches the slides.
import type { Element, Root as HastRoot } from 'hast';
import type { Parent, PhrasingContent, Root, RootContent } from 'mdast';
import type { Position } from 'unist';
import { raw } from 'hast-util-raw';
import { toMdast } from 'hast-util-to-mdast';
import { phrasing as isPhrasing } from 'mdast-util-phrasing';
import { toHast } from 'mdast-util-to-hast';
import { visit, SKIP } from 'unist-util-visit';
import type { Warnings } from '../errors.js';

const DANGEROUS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'base',
  'meta',
  'link',
  'style',
  'svg',
  'math',
  'template',
  'noscript',
  'audio',
  'video',
  'source',
  'track',
  'portal',
]);

export function convertHtml(tree: Root, warnings: Warnings): void {
  const walk = (parent: Parent): void => {
    const out: RootContent[] = [];
    for (const child of parent.children as RootContent[]) {
      if (needsConversion(child)) out.push(...convertBlock(child, warnings));
      else {
        if ('children' in child) walk(child as Parent);
        out.push(child);
      }
    }
    parent.children = out as Parent['children'];
  };
  walk(tree);
}

function needsConversion(node: RootContent): boolean {
  if (node.type === 'html') return true;
  if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return false;
  let found = false;
  visit(node, 'html', () => {
    found = true;
  });
  return found;
}

function convertBlock(node: RootContent, warnings: Warnings): RootContent[] {
  if (node.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(node.value)) return []; // authors' comments are invisible in Hugo too
  const hast = raw(
    toHast({ type: 'root', children: [node] } as Root, { allowDangerousHtml: true }) as HastRoot,
  ) as HastRoot;
  sanitize(hast, warnings, node.position);
  const converted = toMdast(hast) as Root;
  dropRawHtml(converted);
  const children = converted.children;
  if (node.type === 'heading' || node.type === 'tableCell') {
    node.children = children.flatMap((child) =>
      'children' in child && child.type === 'paragraph' ? child.children : [],
    ) as PhrasingContent[];
    if (node.type === 'heading' && children[0]?.type === 'heading') node.children = children[0].children;
    return [node];
  }
  const blocks = wrapPhrasing(children);
  if (node.position) for (const child of blocks) stampPosition(child, node.position);
  return blocks;
}

/**
 * hast-util-to-mdast keeps HTML comments as raw `html` nodes; a comment on a slide is a
 * Marp directive (`<!-- _backgroundImage: url(...) -->`), so none may survive.
 */
export function dropRawHtml(tree: Parent): void {
  tree.children = (tree.children as RootContent[]).filter(
    (child) => child.type !== 'html',
  ) as Parent['children'];
  for (const child of tree.children) if ('children' in child) dropRawHtml(child as Parent);
}

/** Inline-only HTML converts to bare phrasing nodes; in a block context they need a paragraph. */
function wrapPhrasing(nodes: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (!isPhrasing(node)) out.push(node);
    else if (last?.type === 'paragraph' && (last.data as { wrapped?: boolean } | undefined)?.wrapped)
      last.children.push(node);
    else out.push({ type: 'paragraph', children: [node], data: { wrapped: true } as never });
  }
  return out;
}

/** Converted nodes have no positions; they inherit their source block's so warnings can point at it. */
function stampPosition(node: RootContent, position: Position): void {
  visit(node, (child) => {
    if (!child.position) child.position = position;
  });
}

function sanitize(tree: HastRoot, warnings: Warnings, position: Position | undefined): void {
  const at = position?.start;
  visit(tree, 'element', (node: Element, index, parent) => {
    if (DANGEROUS.has(node.tagName)) {
      warnings.add(`<${node.tagName}> in the recap is not allowed on a slide; dropped`, at);
      if (parent && index !== undefined) parent.children.splice(index, 1);
      return [SKIP, index];
    }
    for (const key of Object.keys(node.properties)) {
      const value = String(node.properties[key] ?? '');
      if (/^on/i.test(key)) {
        warnings.add(`event handler "${key}" on <${node.tagName}> dropped`, at);
        delete node.properties[key];
      } else if (
        /^(href|src|xLinkHref|action|formAction|srcSet|poster|background|data)$/i.test(key) &&
        !isSafeUrl(value, node.tagName === 'img' && key === 'src')
      ) {
        warnings.add(`unsafe URL in <${node.tagName} ${key}> dropped`, at);
        delete node.properties[key];
      } else if (key === 'style') delete node.properties[key]; // inline styles would fight the theme and can load url()s
    }
    return undefined;
  });
}

/** http(s), mailto, in-page and relative URLs; for images also embedded raster data. */
export function isSafeUrl(url: string, image = false): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers ignore these inside a URL scheme
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1];
  if (scheme === undefined) return true;
  if (scheme === 'http' || scheme === 'https' || scheme === 'mailto') return true;
  return image && /^data:image\/(png|jpe?g|gif|webp|avif);/.test(cleaned);
}
