// The points of a slide a connection can cite, from the recap's full text of what it
// shows (its notes before the speaker pass): list items, sentences, table rows.
import type { List, Paragraph, RootContent, Table } from 'mdast';
import { filter } from 'unist-util-filter';
import { isNotesOnly, notePart, noteMarks, type Slide } from '../model/deck.js';
import { blockText } from '../model/text.js';
import { boldPhrases, flat } from './emphasis.js';

export interface Point {
  /** Everything the point says, sub-items included. */
  text: string;
  /** What a citation quotes: the point without its sub-items. */
  quote: string;
  bold: string[];
  /** Its number in an ordered list. */
  number?: number;
}

const SENTENCES = new Intl.Segmenter(undefined, { granularity: 'sentence' });

export function pointsOf(slide: Pick<Slide, 'blocks' | 'notes'>): Point[] {
  // Lines for the speaker alone (a missing picture) are nothing a citation may quote.
  const said = slide.notes
    .filter((note) => notePart(note) === 'say' && !noteMarks(note).filler)
    .flatMap((note) => {
      const kept = filter(note, { cascade: true }, (node) => !isNotesOnly(node));
      return kept ? [kept as RootContent] : [];
    });
  const tables = slide.blocks.filter((block): block is Table => block.type === 'table');
  return [...said.flatMap(pointsOfBlock), ...tables.flatMap(rowsOf)];
}

function pointsOfBlock(block: RootContent): Point[] {
  if (block.type === 'list') return itemsOf(block);
  if (block.type === 'paragraph') return sentencesOf(block);
  const text = flat(blockText(block));
  return text ? [{ text, quote: text, bold: boldPhrases([block]) }] : [];
}

function itemsOf(list: List): Point[] {
  return list.children.map((item, i) => {
    const first = item.children[0];
    const point: Point = {
      text: flat(blockText(item)),
      quote: flat(first ? blockText(first) : ''),
      bold: boldPhrases([item]),
    };
    if (list.ordered) point.number = (list.start ?? 1) + i;
    return point;
  });
}

function sentencesOf(paragraph: Paragraph): Point[] {
  const bold = boldPhrases([paragraph]);
  return [...SENTENCES.segment(flat(blockText(paragraph)))]
    .map((s) => s.segment.trim())
    .filter(Boolean)
    .map((sentence) => ({ text: sentence, quote: sentence, bold: bold.filter((b) => sentence.includes(b)) }));
}

function rowsOf(table: Table): Point[] {
  return table.children.slice(1).map((row) => {
    const text = flat(blockText(row));
    return { text, quote: text, bold: boldPhrases([row]) };
  });
}
