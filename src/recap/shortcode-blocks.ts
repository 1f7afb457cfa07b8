// Turns Hugo shortcodes (`siteSyntax` nodes from site-syntax.ts) into tree nodes: paired
// `notice`-like shortcodes wrap their content in a callout (with its title), shortcodes
// with a `src` become figures (lifted out of a heading), and the rest are dropped with a
// warning, keeping the content they wrap and the words of their title or caption.
import type { Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Callout, CalloutKind, Figure } from '../model/nodes.js';
import './author-notes.js';
import { paragraphOf } from './phrasing.js';
import { readShortcode, type Shortcode } from './shortcode-args.js';
import type { SiteSyntax } from './site-syntax.js';
import { isShortcodeSource } from './site-syntax-drop.js';

const CALLOUTS = new Set([
  'notice',
  'alert',
  'callout',
  'admonition',
  'hint',
  'note',
  'tip',
  'info',
  'warning',
  'caution',
  'important',
  'danger',
]);

type Item = RootContent | { type: 'marker'; shortcode: Shortcode; node: SiteSyntax };

export function applyShortcodes(tree: Root, warnings: VFile): void {
  visit(tree, (node) => {
    if (!('children' in node) || !isFlowParent(node)) return;
    const items = (node.children as RootContent[]).flatMap((child) => liftShortcodes(child, warnings));
    node.children = group(items, warnings) as Parent['children'];
  });
  // What is left sits inside a sentence, a cell or a link: its words stay, the rest goes.
  visit(tree, 'siteSyntax', (node, index, parent) => {
    if (!parent || index === undefined || !isShortcodeSource(node.value)) return;
    const shortcode = readShortcode(node.value)!;
    const words = shortcode.literal ?? shortcode.texts.join(' ');
    if (!shortcode.literal && !shortcode.closing)
      warnings.message(
        `Hugo shortcode "${shortcode.name}" is not supported here; dropped`,
        node.position?.start,
      );
    if (words) {
      parent.children[index] = { type: 'text', value: words, position: node.position } as never;
      return undefined;
    }
    // Gone without a trace: no space left at the start of its line.
    const before = parent.children[index - 1];
    const after = parent.children[index + 1];
    if (after?.type === 'text' && (!before || (before.type === 'text' && /\s$/.test(before.value))))
      parent.children[index + 1] = { ...after, value: after.value.replace(/^[ \t]+/, '') };
    parent.children.splice(index, 1);
    return index;
  });
}

function isFlowParent(node: { type: string }): boolean {
  return ['root', 'listItem', 'blockquote', 'callout', 'footnoteDefinition'].includes(node.type);
}

/** Splits a paragraph around block shortcodes so each stands between blocks. */
function liftShortcodes(node: RootContent, warnings: VFile): Item[] {
  if (node.type === 'siteSyntax') {
    const shortcode = readShortcode(node.value);
    return shortcode ? [markerOrLiteral(shortcode, node)] : [node];
  }
  if (node.type === 'heading') return liftFromHeading(node, warnings);
  if (node.type !== 'paragraph' || !node.children.some(isBlockShortcode)) return [node];
  const items: Item[] = [];
  let run: PhrasingContent[] = [];
  const flush = () => {
    const kept = trimRun(run);
    if (kept.length > 0) items.push(paragraphOf(kept));
    run = [];
  };
  for (const child of node.children) {
    if (child.type === 'siteSyntax' && isBlockShortcode(child)) {
      flush();
      items.push(markerOrLiteral(readShortcode(child.value)!, child));
    } else run.push(child);
  }
  flush();
  return items;
}

/** A picture written inside a heading (`## Day 1 {{< figure … >}}`) follows the heading. */
function liftFromHeading(node: Extract<RootContent, { type: 'heading' }>, _warnings: VFile): Item[] {
  const figures: Item[] = [];
  node.children = node.children.filter((child) => {
    if (child.type !== 'siteSyntax') return true;
    const shortcode = readShortcode(child.value);
    if (!shortcode || typeof shortcode.args.src !== 'string') return true;
    figures.push(figureOf(shortcode, child));
    return false;
  });
  return [node, ...figures];
}

function markerOrLiteral(shortcode: Shortcode, node: SiteSyntax): Item {
  if (shortcode.literal === undefined) return { type: 'marker', shortcode, node };
  return paragraphOf([{ type: 'text', value: shortcode.literal, position: node.position }], node);
}

/** Shortcodes that stand as blocks: any shortcode alone in its paragraph, callouts, pictures. */
function isBlockShortcode(child: PhrasingContent): boolean {
  if (child.type !== 'siteSyntax') return false;
  const shortcode = readShortcode(child.value);
  return !!shortcode && (CALLOUTS.has(shortcode.name) || typeof shortcode.args.src === 'string');
}

/** The run without line breaks and spaces at its ends. */
function trimRun(run: PhrasingContent[]): PhrasingContent[] {
  const kept = [...run];
  while (kept[0]?.type === 'break') kept.shift();
  while (kept[kept.length - 1]?.type === 'break') kept.pop();
  const first = kept[0];
  if (first?.type === 'text') kept[0] = { ...first, value: first.value.replace(/^\s+/, '') };
  const last = kept[kept.length - 1];
  if (last?.type === 'text') kept[kept.length - 1] = { ...last, value: last.value.replace(/\s+$/, '') };
  return kept.filter((child) => child.type !== 'text' || child.value !== '');
}

/** Pairs opening and closing shortcodes; what lies between them becomes the callout's content. */
function group(items: Item[], warnings: VFile): RootContent[] {
  const out: RootContent[] = [];
  for (let i = 0; i < items.length; i += 1) {
    const item = items[i]!;
    if (item.type !== 'marker') {
      out.push(item);
      continue;
    }
    const { shortcode, node } = item;
    const at = node.position?.start;
    if (shortcode.closing) continue; // its opening already consumed it, or it closes nothing
    if (typeof shortcode.args.src === 'string') {
      out.push(figureOf(shortcode, node));
      continue;
    }
    const closeAt = shortcode.selfClosing ? -1 : findClose(items, i, shortcode.name);
    const title = titleOf(shortcode, node);
    if (CALLOUTS.has(shortcode.name) && closeAt !== -1) {
      const inner = group(items.slice(i + 1, closeAt), warnings);
      const children = (title ? [title, ...inner] : inner) as Callout['children'];
      out.push(calloutOf(shortcode, children, node, (items[closeAt] as { node: SiteSyntax }).node));
      i = closeAt;
      continue;
    }
    warnings.message(
      `Hugo shortcode "${shortcode.name}" is not supported; ` +
        `dropped${closeAt !== -1 ? ', its content kept' : ''}`,
      at,
    );
    // Its title ("Click to see the details") leads the content it wrapped; a lone video's
    // title is for the speaker.
    if (title) out.push(closeAt === -1 ? { ...title, data: { notesOnly: true } } : title);
  }
  return out;
}

/** The shortcode's own words (title, caption), as a bold line. */
function titleOf(shortcode: Shortcode, node: SiteSyntax): RootContent | undefined {
  const words = shortcode.texts.join(' · ');
  if (!words) return undefined;
  return paragraphOf(
    [{ type: 'strong', children: [{ type: 'text', value: words }], position: node.position }],
    node,
  );
}

function findClose(items: Item[], from: number, name: string): number {
  let depth = 0;
  for (let j = from + 1; j < items.length; j += 1) {
    const item = items[j]!;
    if (item.type !== 'marker' || item.shortcode.name !== name || item.shortcode.selfClosing) continue;
    if (!item.shortcode.closing) depth += 1;
    else if (depth === 0) return j;
    else depth -= 1;
  }
  return -1;
}

function calloutOf(
  shortcode: Shortcode,
  children: Callout['children'],
  open: SiteSyntax,
  close: SiteSyntax,
): Callout {
  const word = (
    shortcode.args.type ??
    shortcode.args.style ??
    shortcode.args['0'] ??
    shortcode.args.theme ??
    shortcode.name
  ).toLowerCase();
  const kind: CalloutKind = /warn|caution|danger|important|error/.test(word)
    ? 'warning'
    : /tip|success/.test(word)
      ? 'tip'
      : /info/.test(word)
        ? 'info'
        : 'note';
  const callout: Callout = { type: 'callout', kind, children };
  const start = open.position?.start;
  const end = close.position?.end;
  if (start && end) callout.position = { start, end };
  return callout;
}

function figureOf(shortcode: Shortcode, node: SiteSyntax): Figure {
  const { src, caption, alt, title } = shortcode.args;
  const figure: Figure = { type: 'figure', url: src!, alt: alt ?? caption ?? title ?? '' };
  const text = caption ?? title;
  if (text) figure.caption = text;
  if (node.position) figure.position = node.position;
  return figure;
}
