// Parses a recap body into an mdast tree (remark + GFM) and applies the recap-specific
// passes in order: Hugo shortcodes, raw HTML, unsafe links, standalone images as figures,
// then empty blocks dropped.
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Warnings } from '../errors.js';
import { liftFigures } from './figures.js';
import { convertHtml, dropRawHtml } from './html.js';
import { dropUnsafeLinks } from './links.js';
import { pruneEmpty } from './prune.js';
import { applyShortcodes } from './shortcode-blocks.js';
import { markShortcodes } from './shortcode-markers.js';

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

export function parseRecap(body: string, warnings: Warnings): Root {
  let tree = parser.parse(body) as Root;
  if (body.includes('{{<') || body.includes('{{%')) {
    tree = parser.parse(markShortcodes(body, codeRanges(tree))) as Root;
    applyShortcodes(tree, warnings);
  }
  convertHtml(tree, warnings);
  // Whatever raw HTML is left (markers of dropped shortcodes, comments) never reaches Marp.
  dropRawHtml(tree);
  dropUnsafeLinks(tree, warnings);
  liftFigures(tree);
  pruneEmpty(tree);
  return tree;
}

/** Offsets of code spans and blocks, where `{{<` is just text. */
function codeRanges(tree: Root): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  visit(tree, (node) => {
    if ((node.type === 'code' || node.type === 'inlineCode') && node.position) {
      ranges.push({ start: node.position.start.offset ?? 0, end: node.position.end.offset ?? 0 });
    }
  });
  return ranges;
}
