// Parses a recap body into an mdast tree (remark + GFM + site-generator syntax) and applies
// the recap-specific passes in order: site syntax, Hugo shortcodes, raw HTML, table cells,
// indents, checkboxes, unsafe links, standalone images as figures, notes to the author,
// wrapped lines joined, then empty blocks dropped.
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { markAuthorNotes } from './author-notes.js';
import { markPageLeftovers } from './page-leftovers.js';
import { drawCheckboxes } from './checkboxes.js';
import { liftFigures } from './figures.js';
import { franklinDefs } from './franklin.js';
import { liftIndents } from './indents.js';
import { convertHtml } from './html.js';
import { splitHtmlTails } from './html-tail.js';
import { dropUnsafeLinks } from './links.js';
import { pruneEmpty } from './prune.js';
import { applyShortcodes } from './shortcode-blocks.js';
import { remarkSiteSyntax } from './site-syntax.js';
import { dropSiteSyntax } from './site-syntax-drop.js';
import { tidyTables } from './table-cells.js';
import { joinWrappedLines } from './wrapped-lines.js';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkSiteSyntax).freeze();

/** The tree as the Markdown grammar reads it, before any recap pass. */
export function parseMarkdown(body: string): Root {
  return parser.parse(body) as Root;
}

export interface ParsedRecap {
  tree: Root;
  /** Page variables the body itself sets (Franklin's `@def` lines). */
  defs: Record<string, unknown>;
}

export function parseRecap(body: string, warnings: VFile, page: Record<string, unknown> = {}): ParsedRecap {
  const tree = parseMarkdown(body);
  const defs = franklinDefs(tree);
  splitHtmlTails(tree, parseMarkdown);
  dropSiteSyntax(tree, { ...defs, ...page }, warnings);
  applyShortcodes(tree, warnings);
  convertHtml(tree, page, warnings);
  tidyTables(tree, warnings);
  liftIndents(tree);
  drawCheckboxes(tree);
  dropUnsafeLinks(tree, warnings);
  liftFigures(tree);
  markAuthorNotes(tree, warnings);
  joinWrappedLines(tree);
  markPageLeftovers(tree, warnings);
  pruneEmpty(tree);
  return { tree, defs };
}
