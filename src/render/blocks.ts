// Serialises a slide's blocks to Marp Markdown with mdast-util-to-markdown, adding the
// HTML our layouts need: figures (embedded image or a tidy placeholder), callouts, and
// speaker cards. Recap text is always escaped by the serialiser, never pasted raw.
import type { Image, Link, List, RootContent, Table, Text } from 'mdast';
import { defaultHandlers, toMarkdown, type Handle, type Options } from 'mdast-util-to-markdown';
import { toString } from 'mdast-util-to-string';
import { map } from 'unist-util-map';
import type { Labels } from '../i18n/labels.js';
import type { Asset, Layout } from '../model/deck.js';
import type { Callout, Figure, Flow, FlowChain, FlowStep } from '../model/nodes.js';
import { MARKDOWN_STYLE } from '../model/markdown-style.js';
import { isOpenableLink } from '../model/url-policy.js';
import { escapeHtml } from './escape.js';
import { breakInCell } from './table-cell.js';
import { keepDashesWithWords } from './keep-together.js';

export interface RenderContext {
  assets: ReadonlyMap<string, Asset>;
  labels: Labels;
  layout: Layout;
}

export function renderBlocks(blocks: RootContent[], context: RenderContext): string {
  return blocks.map((block) => renderBlock(block, context)).join('\n\n');
}

function renderBlock(block: RootContent, context: RenderContext): string {
  if (block.type === 'list' && context.layout === 'speakers') return speakerCards(block, context);
  if (block.type === 'list' && context.layout === 'cards') return cards(block, context);
  if (block.type === 'list' && context.layout === 'stats') return stats(block, context);
  if (block.type === 'list' && context.layout === 'steps')
    return toMarkdown(loose(block), options(context)).trim();
  if (block.type === 'table') return tableBox(block, toMarkdown(block, options(context)).trim());
  return toMarkdown(block as Parameters<typeof toMarkdown>[0], options(context)).trim();
}

/** A step drawn as a box beside its number holds its text in one paragraph, so words, bold
 * and code stay one run of text (inline pieces of a flex box would stand as columns). */
function loose(list: List): List {
  return { ...list, spread: true, children: list.children.map((item) => ({ ...item, spread: true })) };
}

/** A table in a box that tells the theme its column widths (the planner's), and whether its
 * header row is empty (key/value tables are drawn without the dark bar). */
function tableBox(table: Table, markdown: string): string {
  const headless = table.children[0]?.children.every((cell) => toString(cell).trim() === '');
  const columns = table.data?.columns ?? [];
  if (!headless && columns.length === 0) return markdown;
  const widths = columns.map((share, c) => `--col-${c + 1}: ${(share * 100).toFixed(2)}%;`).join(' ');
  const classes = [headless && 'headless', columns.length > 0 && 'cols'].filter(Boolean).join(' ');
  return `<div class="${classes}"${widths ? ` style="${widths}"` : ''}>\n\n${markdown}\n\n</div>`;
}

function options(context: RenderContext): Options {
  const figure: Handle = (node: Figure) => figureHtml(node, context);
  const callout: Handle = (node: Callout, _parent, state, info) => {
    const body = state.containerFlow(node as unknown as Parameters<typeof state.containerFlow>[0], info);
    return `<div class="callout callout-${node.kind}">\n\n${body}\n\n</div>`;
  };
  const image: Handle = (node: Image) => inlineImage(node, context);
  const link: Handle = (node: Link, parent, state, info) => {
    // A link into the recap's own website leads nowhere from a deck: its text stays.
    if (!isOpenableLink(node.url)) return state.containerPhrasing(node, info);
    // A bare address (shortened by the planner) may break after each slash.
    if (node.data?.bare) node = { ...node, children: breakable(toString(node)) };
    return defaultHandlers.link(node, parent, state, info);
  };
  // Process flows: a row of step boxes, or step chips inside a sentence (slides/flows.ts).
  const flow: Handle = (node: Flow) => `<div class="flow">${steps(node.children, 'div')}</div>`;
  const flowChain: Handle = (node: FlowChain) => `<span class="chain">${steps(node.children, 'span')}</span>`;
  return {
    ...MARKDOWN_STYLE,
    fences: true,
    handlers: { figure, callout, image, link, break: breakInCell, flow, flowChain } as Options['handlers'],
  };
}

function steps(children: FlowStep[], tag: 'div' | 'span'): string {
  return (
    children
      .map((step) => `<${tag} class="step">${escapeHtml(toString(step))}</${tag}>`)
      // Chips in a sentence may wrap after each arrow (the steps themselves never do).
      .join(tag === 'span' ? '<span class="arrow">→</span><wbr>' : '<span class="arrow">→</span>')
  );
}

/** The text of a link with a line-break chance after each slash. */
function breakable(text: string): Link['children'] {
  return text.split(/(?<=\/)/).flatMap((part, i) =>
    i === 0
      ? [{ type: 'text' as const, value: part }]
      : [
          { type: 'html' as const, value: '<wbr>' },
          { type: 'text' as const, value: part },
        ],
  );
}

function figureHtml(node: Figure, context: RenderContext): string {
  const asset = context.assets.get(node.url);
  const caption = node.caption ? `<figcaption>${escapeHtml(node.caption)}</figcaption>` : '';
  if (asset?.ok)
    return (
      '<figure class="picture">' +
      `<img src="${escapeHtml(asset.dataUri)}" alt="${escapeHtml(node.alt)}">` +
      `${caption}</figure>`
    );
  const label = node.alt || node.caption || '';
  return (
    '<figure class="picture missing"><div class="placeholder">' +
    `<span class="alt">${escapeHtml(label)}</span>` +
    `<span class="why">${escapeHtml(context.labels.imageMissing)}</span>` +
    `</div>${caption}</figure>`
  );
}

function inlineImage(node: Image, context: RenderContext): string {
  const asset = context.assets.get(node.url);
  if (asset?.ok)
    return `<img class="inline" src="${escapeHtml(asset.dataUri)}" alt="${escapeHtml(node.alt ?? '')}">`;
  return `<span class="image-missing">${escapeHtml(node.alt || context.labels.imageMissing)}</span>`;
}

/** Each person as a card (avatar, name, role); a line that names no one spans the grid. */
function speakerCards(list: List, context: RenderContext): string {
  const plain = { ...context, layout: 'content' as const };
  return list.children
    .map((item) => {
      const person = item.data?.person;
      if (!person)
        return `- <span class="other">${renderBlocks(item.children, plain).replace(/\n+/g, ' ')}</span>`;
      const role = person.role ? `<span class="role">${escapeHtml(person.role)}</span>` : '';
      return (
        `- <span class="avatar">${escapeHtml(person.initials)}</span>` +
        `<span class="name">${escapeHtml(person.name)}</span>${role}`
      );
    })
    .join('\n');
}

/** Each item as a tile: its figure large, its words under it (slides/stats.ts). */
function stats(list: List, context: RenderContext): string {
  const plain = { ...context, layout: 'content' as const };
  const tiles = list.children.map((item) => {
    const [figure, ...label] = item.children;
    const number = figure ? toString(figure) : '';
    return (
      `<div class="stat">\n\n<p class="figure">${escapeHtml(number)}</p>\n\n` +
      `${renderBlocks(label, plain)}\n\n</div>`
    );
  });
  return `<div class="tiles tiles-${list.children.length}">\n\n${tiles.join('\n\n')}\n\n</div>`;
}

/** A card's title whose dashes between phrases end a line, never start one (keep-together.ts). */
function dashesKept(node: RootContent): RootContent {
  return map(node, (child) =>
    child.type === 'text' ? { ...child, value: keepDashesWithWords((child as Text).value) } : child,
  ) as RootContent;
}

/** Each item as a card: its first line the card's title, the rest its body. */
function cards(list: List, context: RenderContext): string {
  const plain = { ...context, layout: 'content' as const };
  const items = list.children.map((item) => {
    const [head, ...body] = item.children;
    // The title as Markdown, not raw HTML, so its emoji are drawn as everywhere else.
    const title = head ? renderBlocks([dashesKept(head)], plain) : '';
    // Title and body in boxes of their own, so that the theme lines up the bodies of a row.
    const text = renderBlocks(body, plain);
    const box = (name: string, inner: string) => `<div class="${name}">\n\n${inner}\n\n</div>`;
    return box('card', `${box('card-title', title)}\n\n${box('card-body', text)}`);
  });
  const columns = list.data?.columns ? ` cols-${list.data.columns}` : '';
  return `<div class="cards cards-${list.children.length}${columns}">\n\n${items.join('\n\n')}\n\n</div>`;
}
