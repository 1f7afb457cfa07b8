// Turns the shortcode markers left by shortcode-markers.ts into tree nodes: paired
// `notice`-like shortcodes wrap their content in a callout, shortcodes with a `src`
// become figures, and the rest are dropped with a warning (their inner content stays).
import type { Html, Parent, PhrasingContent, RootContent } from 'mdast';
import type { Warnings } from '../errors.js';
import type { Callout, CalloutKind } from '../model/nodes.js';
import { paragraphOf, trimBreaks } from './phrasing.js';
import { readMarker, ZERO_WIDTH_SPACE, type Shortcode } from './shortcode-markers.js';

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

type Item = RootContent | { type: 'marker'; shortcode: Shortcode; node: Html };

export function applyShortcodes(tree: Parent, warnings: Warnings): void {
  const visit = (parent: Parent): void => {
    const items = parent.children.flatMap((child) => liftMarkers(child as RootContent, warnings));
    parent.children = group(items, warnings) as Parent['children'];
    for (const child of parent.children)
      if ('children' in child && child.type !== 'paragraph' && child.type !== 'heading') visit(child);
  };
  visit(tree);
}

/** Splits a paragraph around inline markers so every marker stands between blocks. */
function liftMarkers(node: RootContent, warnings: Warnings): Item[] {
  if (node.type === 'html') {
    const shortcode = readMarker(node.value);
    return shortcode ? [{ type: 'marker', shortcode, node }] : [node];
  }
  if (node.type !== 'paragraph' && node.type !== 'heading') return [node];
  const hasMarker = node.children.some((child) => child.type === 'html' && readMarker(child.value));
  if (!hasMarker) return [node];
  if (node.type === 'heading') {
    node.children = node.children.filter((child) => !(child.type === 'html' && dropInline(child, warnings)));
    return [node];
  }
  const items: Item[] = [];
  let run: PhrasingContent[] = [];
  const flush = () => {
    const kept = trimRun(run);
    if (kept.length > 0) items.push(paragraphOf(kept));
    run = [];
  };
  for (const child of node.children) {
    const shortcode = child.type === 'html' ? readMarker(child.value) : undefined;
    if (shortcode && child.type === 'html' && !isBlockShortcode(shortcode)) {
      // An unknown shortcode inside a sentence goes; the sentence stays whole.
      if (!shortcode.closing)
        warnings.add(`Hugo shortcode "${shortcode.name}" is not supported; dropped`, child.position?.start);
    } else if (shortcode && child.type === 'html') {
      flush();
      items.push({ type: 'marker', shortcode, node: child });
    } else run.push(child);
  }
  flush();
  return items;
}

/** Shortcodes that become blocks of their own: callouts and pictures. */
function isBlockShortcode(shortcode: Shortcode): boolean {
  return CALLOUTS.has(shortcode.name) || typeof shortcode.args.src === 'string';
}

function dropInline(node: Html, warnings: Warnings): boolean {
  const shortcode = readMarker(node.value);
  if (!shortcode) return false;
  warnings.add(`Hugo shortcode "${shortcode.name}" is not supported here; dropped`, node.position?.start);
  return true;
}

function trimRun(run: PhrasingContent[]): PhrasingContent[] {
  const kept = trimBreaks(run);
  const first = kept[0];
  if (first?.type === 'text') first.value = first.value.replace(new RegExp(`^[\\s${ZERO_WIDTH_SPACE}]+`), '');
  const last = kept[kept.length - 1];
  if (last?.type === 'text') last.value = last.value.replace(new RegExp(`[\\s${ZERO_WIDTH_SPACE}]+$`), '');
  return kept.filter((child) => child.type !== 'text' || child.value !== '');
}

/** Pairs opening and closing markers; what lies between them becomes the callout's content. */
function group(items: Item[], warnings: Warnings): RootContent[] {
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
    if (CALLOUTS.has(shortcode.name) && closeAt !== -1) {
      const inner = group(items.slice(i + 1, closeAt), warnings);
      out.push(calloutOf(shortcode, inner as Callout['children'], node, items[closeAt] as { node: Html }));
      i = closeAt;
      continue;
    }
    warnings.add(
      `Hugo shortcode "${shortcode.name}" is not supported; dropped${closeAt !== -1 ? ', its content kept' : ''}`,
      at,
    );
  }
  return out;
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
  open: Html,
  close: { node: Html },
): Callout {
  const word = (
    shortcode.args.type ??
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
  const end = close.node.position?.end;
  if (start && end) callout.position = { start, end };
  return callout;
}

function figureOf(shortcode: Shortcode, node: Html): RootContent {
  const { src, caption, alt, title } = shortcode.args;
  const figure: RootContent = { type: 'figure', url: src!, alt: alt ?? caption ?? title ?? '' };
  const text = caption ?? title;
  if (text) figure.caption = text;
  if (node.position) figure.position = node.position;
  return figure;
}
