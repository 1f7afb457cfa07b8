// The nothing-lost check, in two steps: every word of the recap's source (front matter,
// markup, site-generator syntax and URLs aside) must reach the parsed tree, and every word
// of the tree must appear on a slide or in that slide's notes, in the source's order
// (within one slide, in any order). Returns the words that went missing, with their line.
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGemoji from 'remark-gemoji';
import { SKIP, visit } from 'unist-util-visit';
import { parseMarkdown } from '../../src/recap/parse.js';
import { readShortcode } from '../../src/recap/shortcode-args.js';
import type { Deck, Slide } from '../../src/model/deck.js';
import '../../src/model/nodes.js';
import { phrasingText, slideText, words } from '../../src/model/text.js';
import { plainNotes } from '../../src/notes/write-notes.js';

export interface LostWord {
  word: string;
  line: number;
  column: number;
  /** From a table cell: the row it is in (a table split by columns shows each row's cells on
   * the slides of its parts, one after the other, so every row starts over at the first). */
  row?: { table: object; index: number; cell: object };
}

/** The recap's words in order, block by block (inline runs joined as they read), with where each block starts. */
export function recapWords(tree: Root): LostWord[] {
  const out: LostWord[] = [];
  visit(tree, (node, _index, parent) => {
    const leaf = node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell';
    const value = leaf
      ? phrasingText(node.children)
      : node.type === 'code'
        ? node.value
        : node.type === 'figure'
          ? (node.caption ?? '')
          : undefined;
    if (value === undefined) return undefined;
    const start = node.position?.start ?? { line: 1, column: 1 };
    const cell = node.type === 'tableCell' && parent ? { row: { ...rowOf(tree, parent), cell: node } } : {};
    for (const word of words(value)) out.push({ word, line: start.line, column: start.column, ...cell });
    return leaf ? SKIP : undefined;
  });
  return out;
}

/** The table a row belongs to, and its place in it. */
function rowOf(tree: Root, row: object): { table: object; index: number } {
  let found = { table: row, index: 0 };
  visit(tree, 'table', (table) => {
    const index = table.children.indexOf(row as (typeof table.children)[number]);
    if (index !== -1) found = { table, index };
  });
  return found;
}

/**
 * The words of the recap's source as the Markdown grammar reads it, before any recap pass:
 * text, code, the text of raw HTML (comments aside) and the words a shortcode's author
 * wrote for readers (its title, caption). Site syntax, URLs and image alt text are no words.
 * Inline runs are joined as they read, like recapWords does.
 */
export function sourceWords(body: string): LostWord[] {
  const out: LostWord[] = [];
  const push = (value: string, line: number, column: number) => {
    for (const word of words(value)) out.push({ word, line, column });
  };
  const tree = parseMarkdown(body);
  // An emoji shortcode (":smile:") is drawn as its emoji, not said as words.
  remarkGemoji()(tree);
  visit(tree, (node) => {
    const start = node.position?.start ?? { line: 1, column: 1 };
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      // A task mark (`[x]` at the start of a line) is drawn as a box, not said as a word.
      push(sourceText(node.children).replace(TASK_MARK, '$1$2'), start.line, start.column);
      return SKIP;
    }
    if (node.type === 'code') push(node.value, start.line, start.column);
    // The text of an HTML block, read as Markdown: it also swallows the lines under its tag.
    else if (node.type === 'html')
      for (const token of sourceWords(htmlText(node.value))) push(token.word, start.line + token.line - 1, 1);
    else if (node.type === 'siteSyntax') push(shortcodeText(node.value), start.line, start.column);
    return undefined;
  });
  return out;
}

/** Inline content as it reads in the source: `<br>` parts words, a picture has none. */
function sourceText(children: PhrasingContent[]): string {
  return children
    .map((child) => {
      if (child.type === 'text' || child.type === 'inlineCode') return child.value;
      if (child.type === 'break') return '\n';
      // A lone block tag inside a line (`<li>`, `</p>`) parts the words on either side.
      if (child.type === 'html') return BLOCK_TAG.test(child.value) ? '\n' : htmlText(child.value);
      if (child.type === 'siteSyntax') return shortcodeText(child.value);
      if (child.type === 'image' || child.type === 'imageReference') return '';
      return 'children' in child ? sourceText(child.children) : '';
    })
    .join('');
}

const TASK_MARK = /(^|\n)(\s*(?:[-+*]\s+)?)\[[xX✓✔]\](?=\s)/g;
const BLOCK_TAG =
  /^<\/?(?:p|div|li|ul|ol|dl|dt|dd|tr|td|th|table|h[1-6]|blockquote|pre|hr|br|figure|figcaption)\b[^>]*>$/i;

function htmlText(html: string): string {
  return toText(fromHtml(html, { fragment: true }));
}

/** A shortcode's words for readers (title, caption); other site syntax has none. A picture's
 * alt text is no words, as for Markdown pictures: only its caption (or title) is. */
function shortcodeText(value: string): string {
  const shortcode = readShortcode(value);
  if (!shortcode) return '';
  const { src, caption, title } = shortcode.args;
  if (src !== undefined) return drawn(caption ?? title ?? '');
  return drawn([shortcode.literal ?? '', ...shortcode.texts].join(' '));
}

/** Text with its emoji shortcodes drawn as emoji, as the parse draws them. */
function drawn(value: string): string {
  const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] };
  remarkGemoji()(tree);
  return toString(tree);
}

/** Source words the parsed tree no longer has (dropped before any slide was planned). */
export function findDroppedWords(recap: { body: string; tree: Root }): LostWord[] {
  const tree = countWords(recapWords(recap.tree).map((token) => token.word));
  return sourceWords(recap.body).filter((token) => !take(tree, token.word));
}

function slideWords(slide: Slide): string[] {
  return words(`${slideText(slide)}\n${plainNotes(slide.notes)}`);
}

export function findLostWords(tree: Root, deck: Deck, titleLine?: number): LostWord[] {
  // Each slide is a bag of words (what it shows and what its notes say); recap words are
  // taken from the bags in order, moving on to a later slide only when the current one
  // has no such word left.
  const bags = deck.slides.map((slide) => countWords(slideWords(slide)));
  // The title slide stands outside the flow: it gathers the H1, the front matter and the
  // lines around the H1, wherever the recap put them.
  const title = deck.slides[0]?.layout === 'title' ? bags[0]! : new Map<string, number>();
  const lost: LostWord[] = [];
  let slide = 0;
  const tokens = inToldOrder(recapWords(tree), deck.partsTold);
  // The H1's words are the title slide's first, even when the H1 comes late in the recap
  // (earlier words must not use up its copies there).
  const onTitle = new Set(tokens.filter((token) => token.line === titleLine && take(title, token.word)));
  // Where each table's first row starts: every row of a table split by columns starts there.
  const tables = new Map<object, number>();
  const taken = new Set<object>();
  let row: LostWord['row'];
  for (const [i, token] of tokens.entries()) {
    if (onTitle.has(token) || (slide === 0 && take(title, token.word))) continue;
    if (token.row && (token.row.table !== row?.table || token.row.index !== row.index))
      slide = tables.get(token.row.table) ?? slide;
    // A cell's words are found together, on one slide: common words of a table ("value",
    // "AWS") must not be taken from another row's copies.
    if (token.row && token.row.cell !== row?.cell) {
      let end = i;
      while (end < tokens.length && tokens[end]!.row?.cell === token.row.cell) end += 1;
      const cell = tokens.slice(i, end);
      const at = bags.findIndex((bag, s) => s >= slide && holds(bag, cell));
      if (at !== -1) {
        for (const t of cell) take(bags[at]!, t.word);
        taken.add(token.row.cell);
        slide = at;
        if (!tables.has(token.row.table)) tables.set(token.row.table, slide);
      }
    }
    row = token.row;
    if (token.row && taken.has(token.row.cell)) continue;
    let found = false;
    for (let s = slide; s < bags.length && !found; s += 1) {
      if (take(bags[s]!, token.word)) {
        slide = s;
        found = true;
      }
    }
    if (found && token.row && !tables.has(token.row.table)) tables.set(token.row.table, slide);
    if (!found) found = behindGallery(deck, bags, slide, token.word);
    if (!found) lost.push(token);
  }
  return lost;
}

/** The recap's words in the order the deck tells its parts (Deck.partsTold): each part's words
 * after the part told before it, the words before the first part first. */
function inToldOrder(tokens: LostWord[], told: number[] | undefined): LostWord[] {
  if (!told) return tokens;
  const starts = [...told].sort((a, b) => a - b);
  // Each word to its part (the last start at or before its line), in one pass.
  const parts = new Map<number | undefined, LostWord[]>();
  for (const token of tokens) {
    const part = starts.findLast((start) => start <= token.line);
    const words = parts.get(part) ?? [];
    words.push(token);
    parts.set(part, words);
  }
  return [undefined, ...told].flatMap((start) => parts.get(start) ?? []);
}

/** A gallery lifted out of a sub-section (outline.ts) is planned after all of that
 * sub-section's text, even text the recap puts after the pictures: look back past it. */
function behindGallery(deck: Deck, bags: Map<string, number>[], slide: number, word: string): boolean {
  let s = slide;
  while (s > 0 && deck.slides[s]!.layout === 'gallery') s -= 1;
  if (s === slide) return false;
  const key = deck.slides[s]!.section;
  for (; s > 0 && deck.slides[s]!.section === key; s -= 1) if (take(bags[s]!, word)) return true;
  return false;
}

function countWords(list: string[]): Map<string, number> {
  const bag = new Map<string, number>();
  for (const word of list) bag.set(word, (bag.get(word) ?? 0) + 1);
  return bag;
}

/** Does the bag hold every word of the tokens, as many times as they occur? */
function holds(bag: Map<string, number>, tokens: LostWord[]): boolean {
  const needed = countWords(tokens.map((t) => t.word));
  return [...needed].every(([word, n]) => (bag.get(word) ?? 0) >= n);
}

function take(bag: Map<string, number>, word: string): boolean {
  const count = bag.get(word) ?? 0;
  if (count === 0) return false;
  bag.set(word, count - 1);
  return true;
}
