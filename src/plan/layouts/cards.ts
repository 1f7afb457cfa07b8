// Three to six thin sibling sub-sections ("Về tư duy", "Về kỹ thuật", "Về nghề nghiệp") read
// best side by side, as cards on one slide, than as as many half-empty slides. Each card is
// the sub-section's title over its few lines. Falls back (undefined) when they do not fit.
import type { List, ListItem, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { type Origin, type Slide, say } from '../../model/deck.js';
import type { Section } from '../../recap/outline.js';
import type { TitledSection } from '../titles/outline-titles.js';
import type { Estimator } from '../measure/estimate.js';
import { notesFor } from '../notes-for.js';
import { layoutSizes } from '../measure/metrics.js';
import { hiddenParts } from '../notes-only.js';

const MIN_CARDS = 2;
const MAX_CARDS = 6;
/** Longest text a card holds, in characters, and most lines (items) it lists. */
const CARD_TEXT = 320;
const CARD_ITEMS = 5;
/** Space under a card's title and between its lines (themes/aws.css section.cards). */
const CARD_SIZES = ['card-rule', 'card-title-gap', 'card-item-gap', 'card-indent'] as const;

/** One card: its title over its few blocks (paragraphs and flat lists). */
export interface Card {
  title: string;
  blocks: RootContent[];
}

export function cardsSlide(
  title: string,
  origin: Origin,
  children: TitledSection[],
  est: Estimator,
  budget: number,
): Slide | undefined {
  if (children.length < MIN_CARDS || children.length > MAX_CARDS || !children.every(thin)) return undefined;
  const cards = children.map((child) => ({ title: child.heading, blocks: child.blocks }));
  const height = cardsHeight(cards, est);
  if (height > budget) return undefined;
  return {
    layout: 'cards',
    title,
    blocks: [cardsList(cards)],
    notes: children.flatMap((child) => [
      say(child.heading),
      ...notesFor(child.blocks),
      ...child.notes.map(say),
    ]),
    origin,
    section: origin.line,
    estimatedPx: Math.round(height),
    budgetPx: Math.round(budget),
  };
}

/** The list the theme draws as cards: each item a bold title line over the card's blocks. */
export function cardsList(cards: Card[]): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: cards.map(
      (card): ListItem => ({
        type: 'listItem',
        spread: false,
        children: [
          {
            type: 'paragraph',
            children: [{ type: 'strong', children: [{ type: 'text', value: card.title }] }],
          },
          ...(card.blocks.flatMap((b) =>
            b.type === 'list' || b.type === 'paragraph' ? [b] : [],
          ) as ListItem['children']),
        ],
      }),
    ),
  };
}

/** How tall the cards stand: two or four in two columns, three, five or six in three
 * (themes/aws.css .cards-N), each row as tall as its tallest card. */
export function cardsHeight(cards: Card[], est: Estimator): number {
  const { card } = est.metrics;
  const columns = cards.length === 2 || cards.length === 4 ? 2 : 3;
  const width = (est.metrics.body.width - (columns - 1) * card.gap) / columns - 2 * card.pad;
  const heights = cards.map((c) => cardHeight(c, width, est));
  const rows = Array.from({ length: Math.ceil(cards.length / columns) }, (_, r) =>
    Math.max(...heights.slice(r * columns, (r + 1) * columns)),
  );
  return rows.reduce((a, b) => a + b, 0) + (rows.length - 1) * card.gap;
}

/** A sub-section small enough for a card: a short paragraph and a short list, nothing else. */
function thin(section: Section): boolean {
  const blocks = section.blocks;
  if (section.children.length > 0 || blocks.length === 0 || blocks.length > 2) return false;
  if (blocks.some((b) => hiddenParts(b).length > 0)) return false;
  if (!blocks.every((b) => b.type === 'paragraph' || (b.type === 'list' && flat(b)))) return false;
  const items = blocks.reduce((n, b) => n + (b.type === 'list' ? b.children.length : 1), 0);
  const text = blocks.reduce((n, b) => n + toString(b).length, 0);
  return items <= CARD_ITEMS && text <= CARD_TEXT && section.title.length <= 60;
}

function flat(list: List): boolean {
  return list.children.every((item) => item.children.every((c) => c.type === 'paragraph'));
}

function cardHeight(card: Card, width: number, est: Estimator): number {
  const { text, card: box } = est.metrics;
  const sizes = layoutSizes(est.metrics, ['section.cards'], CARD_SIZES);
  const line = (node: RootContent, w: number) =>
    est.textLines(toString(node), text.card, w) * text.card.size * text.card.line + sizes['card-item-gap'];
  const body = card.blocks.reduce(
    (sum, block) =>
      sum +
      (block.type === 'list'
        ? block.children.reduce((s, item) => s + line(item, width - sizes['card-indent']), 0)
        : line(block, width)),
    0,
  );
  const title =
    est.textLines(card.title, text.cardTitle, width, 'bold') * text.cardTitle.size * text.cardTitle.line;
  return 2 * box.pad + sizes['card-rule'] + title + sizes['card-title-gap'] + body;
}
