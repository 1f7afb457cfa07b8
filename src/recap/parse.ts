// Parses a recap body into an mdast tree (remark + GFM + site-generator syntax) and applies
// the recap-specific passes in order: size and nesting bounded, site syntax, Hugo shortcodes,
// raw HTML, table cells, indents, checkboxes, unsafe links, standalone images as figures, notes
// to the author, wrapped lines joined, lost list markers restored, string escapes undone, GitHub
// emoji shortcodes drawn, then empty blocks dropped.
import type { Root } from 'mdast';
import remarkGemoji from 'remark-gemoji';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import { RecapError } from '../errors.js';
import { markAuthorNotes } from './author-notes.js';
import { flattenDeepNesting } from './depth.js';
import { checkSize } from './size.js';
import { scanSource } from './source-scan.js';
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
import { endListsAtLabels } from './lazy-labels.js';
import { restoreLostMarkers } from './lost-markers.js';
import { unescapeQuotes } from './string-escapes.js';

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
  // Refused from the text where the parse itself would run long or take a gigabyte.
  scanSource(body, String(warnings.path));
  const tree = parseNested(body, warnings);
  checkSize(tree, String(warnings.path));
  flattenDeepNesting(tree, warnings);
  const defs = franklinDefs(tree);
  splitHtmlTails(tree, parseMarkdown);
  dropSiteSyntax(tree, { ...defs, ...page }, warnings);
  applyShortcodes(tree, warnings);
  convertHtml(tree, page, warnings);
  // Raw HTML lists nest too (`<ul><li><ul>…`).
  flattenDeepNesting(tree, warnings);
  tidyTables(tree, warnings);
  liftIndents(tree);
  drawCheckboxes(tree);
  dropUnsafeLinks(tree, warnings);
  liftFigures(tree);
  markAuthorNotes(tree, warnings);
  endListsAtLabels(tree);
  joinWrappedLines(tree);
  restoreLostMarkers(tree);
  unescapeQuotes(tree);
  // ":heavy_minus_sign:", ":smile:": the emoji a GitHub or Jekyll page draws for them.
  remarkGemoji()(tree);
  markPageLeftovers(tree, warnings);
  pruneEmpty(tree);
  return { tree, defs };
}

/**
 * The grammar itself recurses once per level: thousands of nested list markers overflow it.
 * That is an expected failure of a hostile recap, said in one line.
 */
function parseNested(body: string, warnings: VFile): Root {
  try {
    return parseMarkdown(body);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new RecapError('the recap nests lists or quotes thousands of levels deep; it cannot be read', {
      location: { file: String(warnings.path), line: 1, column: 1 },
      cause: error,
    });
  }
}
