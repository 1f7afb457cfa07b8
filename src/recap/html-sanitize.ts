// Cleans HTML written in a recap with an allowlist (hast-util-sanitize): only the elements
// and attributes that become Markdown survive. What could run script or load from the
// network is reported first, so the author learns what was dropped and where.
import type { Element, Root as HastRoot } from 'hast';
import { type Schema, sanitize } from 'hast-util-sanitize';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { resolveLiquidUrl } from './liquid.js';
import { isSafeUrl } from '../model/url-policy.js';

const URL_KEYS = /^(href|src|xLinkHref|action|formAction|srcSet|poster|background|data|cite)$/i;

/** Elements that run, embed or style things: dropped with their content, and reported. */
const DANGEROUS = [
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'template',
  'noscript',
  'svg',
  'math',
  'audio',
  'video',
  'portal',
  'textarea',
  'select',
  'title',
];
const REPORTED = new Set([...DANGEROUS, 'form', 'base', 'meta', 'link', 'source', 'track']);

const SCHEMA: Schema = {
  tagNames: [
    'a',
    'b',
    'strong',
    'i',
    'em',
    'u',
    's',
    'del',
    'strike',
    'code',
    'kbd',
    'pre',
    'br',
    'hr',
    'p',
    'div',
    'span',
    'center',
    'blockquote',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'ul',
    'ol',
    'li',
    'dl',
    'dt',
    'dd',
    'table',
    'thead',
    'tbody',
    'tfoot',
    'tr',
    'th',
    'td',
    'img',
    'figure',
    'figcaption',
    'sub',
    'sup',
    'mark',
    'small',
  ],
  attributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'title'],
    ol: ['start'],
    td: ['align'],
    th: ['align'],
  },
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https', 'data'] },
  strip: DANGEROUS,
  ancestors: {
    tr: ['table'],
    td: ['table'],
    th: ['table'],
    thead: ['table'],
    tbody: ['table'],
    tfoot: ['table'],
  },
};

export function sanitizeHtml(
  tree: HastRoot,
  page: Record<string, unknown>,
  warnings: VFile,
  at: { line: number; column: number } | undefined,
): HastRoot {
  visit(tree, 'element', (node: Element) => {
    if (REPORTED.has(node.tagName)) {
      warnings.message(`<${node.tagName}> in the recap is not allowed on a slide; dropped`, at);
      return SKIP;
    }
    for (const key of Object.keys(node.properties)) {
      const value = String(node.properties[key] ?? '');
      if (/^on/i.test(key)) warnings.message(`event handler "${key}" on <${node.tagName}> dropped`, at);
      else if (URL_KEYS.test(key)) {
        // Jekyll writes `src="{{ '/img/a.png' | prepend: site.baseurl }}"`.
        const url = resolveLiquidUrl(value, page);
        if (isSafeUrl(url, node.tagName === 'img' && key === 'src')) node.properties[key] = url;
        else {
          warnings.message(`unsafe URL in <${node.tagName} ${key}> dropped`, at);
          delete node.properties[key];
        }
      }
    }
    return undefined;
  });
  return sanitize(tree, SCHEMA) as HastRoot;
}
