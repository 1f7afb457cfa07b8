// What a section shows when it stands beside its siblings: its whole few lines where it is
// thin, else a summary of its first points (list items' own lines, key sentences), each short.
import type { List, ListItem, Paragraph, RootContent } from 'mdast';
import { textLength } from '../../model/text.js';
import type { Section } from '../../recap/outline.js';
import { hiddenParts, shownPart } from '../notes-only.js';
import { asList, isLabelLine, wholeLine } from '../points/lines.js';
import { pointLines } from '../points/prose-points.js';
import { shorten } from '../points/shorten.js';
import type { TitledSection } from '../titles/outline-titles.js';
import type { Card } from './card-grid.js';
import { say } from '../../model/deck.js';
import { notesFor } from '../notes-for.js';
import { pageLabel } from '../titles/page-label.js';

/** A summary's point is at most this many characters... */
const POINT_CHARS = 110;
/** ...and it shows at least this share of its section's words: it sums up, it does not gut. */
const MIN_SHOWN = 0.15;
/** Longest text a thin section holds, in characters, and most lines (items) it lists. */
export const CARD_TEXT = 320;
const CARD_ITEMS = 5;

/** How far a card sums its section up: key sentences of each paragraph, and items of each list. */
export interface Depth {
  sentences: number;
  /** The first this many items of each list (all where unset). */
  items?: number;
  /** Each item by its bold label alone ("**Zero Trust:** …" shows "Zero Trust"). */
  labels?: boolean;
}

/** The depths a card may sum its section up to, fullest first: its key sentences, two or one. */
export const SUMMARY_DEPTHS: Depth[] = [{ sentences: 2 }, { sentences: 1 }];

/** ...and, for the author's own reflections (takeaways, experience, what they achieved), a
 * list's first items only: the first points carry an impression's gist, and a grid of them
 * holds on one slide by it, where each card would otherwise spill its siblings onto a second,
 * half-empty one (the rest is in the notes; the cost of what is hidden weighs it against that
 * slide). A talk's or a workshop's parts keep every point: a summary of those drops what mattered. */
export const REFLECTION_DEPTHS: Depth[] = [
  ...SUMMARY_DEPTHS,
  { sentences: 1, items: 2 },
  // Where each point is labelled, its labels: the author's own names for the points, which a
  // designer keeps on the slide while the speaker says the rest.
  { sentences: 1, labels: true },
];

/** What a card of labels leaves out only explains points it names: it weighs this share of
 * what hiding the points would (cost.ts `hidden`). */
const EXPLANATION_WEIGHT = 0.5;

/** Each section summed up for a card: its list items' own lines, and key sentences of each
 * paragraph, as deep as `depth` says; undefined when one of them holds what a card cannot show
 * (a table, code, a picture) or would show too little of itself. */
export function summaries(children: TitledSection[], depth: Depth): Card[] | undefined {
  const cards: Card[] = [];
  for (const child of children) {
    const shown = child.blocks.flatMap((b) => shownPart(b) ?? []);
    // A list's first items stand for it only where the part is plain lines: a label over its own
    // items, or a quote that closes the part, would be flattened into a bullet among them.
    if (depth.items !== undefined && !shown.every(plainLines)) return undefined;
    const kept = cardLines(shown, depth);
    if (!kept || kept.length === 0) return undefined;
    // (Labels name every point: they sum up however few words they take.)
    if (!depth.labels && textLength(kept) < textLength(shown) * MIN_SHOWN) return undefined;
    const blocks = kept.length === 1 ? kept : [asList(kept)];
    cards.push({ title: cardTitle(child), blocks, ...(depth.labels ? { named: true } : {}) });
  }
  return cards;
}

/** The lines a card may show of blocks: list items' own lines (every one, unless the depth
 * says fewer: a card that dropped items says less than the list did), and a paragraph's key
 * sentences. */
function cardLines(blocks: RootContent[], depth: Depth): Paragraph[] | undefined {
  const { sentences: most, items } = depth;
  const lines: Paragraph[] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph') lines.push(...points(block, most));
    else if (block.type === 'list') {
      const listed = depth.labels ? labelLines(block) : block.children.slice(0, items).flatMap(itemPoint);
      if (!listed) return undefined;
      lines.push(...listed);
    } else if (block.type === 'blockquote' || block.type === 'callout') {
      for (const child of block.children) if (child.type === 'paragraph') lines.push(...points(child, most));
    } else if (block.type !== 'heading') return undefined;
  }
  return lines;
}

/** An item's line as a card shows it: its whole line, short. */
function itemPoint(item: ListItem): Paragraph[] {
  const first = wholeLine(item);
  return first ? [{ ...first, children: shorten(first.children, POINT_CHARS) ?? first.children }] : [];
}

/** Each item's bold label as its line; undefined unless every item has one. */
function labelLines(list: List): Paragraph[] | undefined {
  const labels = list.children.map((item) => pageLabel(item.children));
  if (!labels.every((label): label is string => label !== undefined)) return undefined;
  return labels.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] }));
}

/** Characters the cards leave to the notes, of what their sections show: what a summary hides.
 * A card of labels leaves only explanations of points it names, weighed less. */
export function leftOut(cards: Card[], sections: TitledSection[]): number {
  return cards.reduce((sum, card, i) => {
    const own = sections[i] ? shownLength([sections[i]]) : 0;
    const left = Math.max(0, own - textLength(card.blocks));
    return sum + (card.named ? EXPLANATION_WEIGHT * left : left);
  }, 0);
}

/** A list, or a paragraph that says something of its own (no label over what follows it). */
function plainLines(block: RootContent): boolean {
  return block.type === 'list' || (block.type === 'paragraph' && !isLabelLine(block));
}

function points(paragraph: Paragraph, most: number): Paragraph[] {
  return pointLines(paragraph, { most, pointLimit: POINT_CHARS });
}

/** A sub-section small enough for a card: a short paragraph and a short list, nothing else. */
export function thin(section: Section): boolean {
  const blocks = section.blocks;
  if (section.children.length > 0 || blocks.length === 0 || blocks.length > 2) return false;
  if (blocks.some((b) => hiddenParts(b).length > 0)) return false;
  if (!blocks.every((b) => b.type === 'paragraph' || (b.type === 'list' && flat(b)))) return false;
  const items = blocks.reduce((n, b) => n + (b.type === 'list' ? b.children.length : 1), 0);
  return items <= CARD_ITEMS && textLength(blocks) <= CARD_TEXT;
}

function flat(list: List): boolean {
  return list.children.every((item) => item.children.every((c) => c.type === 'paragraph'));
}

/** A card is titled by its section's crafted title (no outline number: the grid shows the
 * order), or its heading as written when that is all there is. */
export function cardTitle(section: TitledSection): string {
  return section.title || section.heading;
}

/** Sub-sections as their parent shows them: a title told apart by the parent's name
 * ("Series #1: Summary") needs no parent's name under that parent ("Summary"). */
export function underParent(children: TitledSection[], parent: string): TitledSection[] {
  const prefix = `${parent}: `;
  return children.map((c) => {
    if (c.title.startsWith(prefix)) return { ...c, title: c.title.slice(prefix.length) };
    // A first sub-section that took its parent's name ("Overview") goes by its own under it.
    if (c.title === parent) return { ...c, title: c.kicker?.split(' · ')[0] ?? c.heading };
    return c;
  });
}

/** How many characters the sections show, their notes-only parts aside: what a summary of
 * them is measured against. */
export function shownLength(sections: Section[]): number {
  return sections.reduce((n, c) => n + textLength(c.blocks.flatMap((b) => shownPart(b) ?? [])), 0);
}

/** What the notes say of a section shown beside its siblings: its heading, then all its words. */
export function sectionNotes(section: TitledSection): RootContent[] {
  return [say(section.heading), ...notesFor(section.blocks), ...section.notes.map(say)];
}
