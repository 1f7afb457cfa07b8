// The geometry of a grid of cards (themes/aws.css section.cards): which columns, how tall
// each card and the grid stand, and the list the theme draws as cards.
import type { List, ListItem, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Estimator } from '../measure/estimate.js';
import { type Font, layoutSizes } from '../measure/metrics.js';
import { runsOf, runText } from '../measure/text-runs.js';
import { withChips } from './flows.js';

/** A card's box and the space under its title and between its lines (themes/aws.css section.cards). */
const CARD_SIZES = [
  'card-pad',
  'card-gap',
  'card-line',
  'card-rule',
  'card-title-gap',
  'card-item-gap',
  'card-indent',
] as const;

/** The type cards are set in: the usual card type, the body size (roomy), or the usual type with
 * the boxes and lines set closer (compact), as a section's lines are to stay on one slide. */
export type CardType = 'usual' | 'roomy' | 'compact';

function cardSizes(est: Estimator, type: CardType): Record<(typeof CARD_SIZES)[number], number> {
  const rules = [':root', 'section.cards', ...(type === 'usual' ? [] : [`section.cards.${type}`])];
  return layoutSizes(est.metrics, rules, CARD_SIZES);
}

/** One card: its title over its few blocks (paragraphs and flat lists). */
export interface Card {
  title: string;
  blocks: RootContent[];
  /** The card names each of its part's points by its label, and leaves their explanations out. */
  named?: boolean;
}

/** Two or four cards stand in two columns, three, five or six in three, seven or eight in four
 * (themes/aws.css). */
export function defaultColumns(count: number): number {
  if (count >= 7) return 4;
  return count === 2 || count === 4 ? 2 : 3;
}

/** Five or six cards may stand in two columns of three rows, where their titles are long. */
export function columnChoices(count: number): number[] {
  return count >= 5 ? [3, 2] : [defaultColumns(count)];
}

/** The list the theme draws as cards: each item a bold title line over the card's blocks. */
export function cardsList(cards: Card[], columns?: number): List {
  return {
    type: 'list',
    ...(columns && columns !== defaultColumns(cards.length) ? { data: { columns } } : {}),
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
export function cardsHeight(
  cards: Card[],
  est: Estimator,
  columns = defaultColumns(cards.length),
  type: CardType = 'usual',
): number {
  const sizes = cardSizes(est, type);
  const width =
    (est.metrics.body.width - (columns - 1) * sizes['card-gap']) / columns - 2 * sizes['card-pad'];
  const parts = cards.map((c) => cardParts(c, width, est, type, sizes));
  // The cards of a row share a title row and a body row (themes/aws.css: a subgrid): the row
  // is its tallest title over its tallest body, with the card's box around them.
  const box = 2 * sizes['card-pad'] + sizes['card-rule'] + sizes['card-title-gap'];
  const rows = Array.from({ length: Math.ceil(cards.length / columns) }, (_, r) => {
    const row = parts.slice(r * columns, (r + 1) * columns);
    return box + Math.max(...row.map((p) => p.title)) + Math.max(...row.map((p) => p.body));
  });
  return rows.reduce((a, b) => a + b, 0) + (rows.length - 1) * sizes['card-gap'];
}

/** How tall lines set above the cards stand (a lead-in, a section's intro), with their gaps. */
export function aboveCardsHeight(blocks: RootContent[], est: Estimator): number {
  return blocks.reduce((sum, b) => sum + est.blockHeight(b, 'cards') + est.metrics.gap.paragraph, 0);
}

/** How tall a card's title and its body stand, apart. */
function cardParts(
  card: Card,
  width: number,
  est: Estimator,
  type: CardType,
  sizes: Record<(typeof CARD_SIZES)[number], number>,
): { title: number; body: number } {
  const { text } = est.metrics;
  const [size, titleFont] =
    type === 'roomy' ? [text.cardRoomy, text.cardTitleRoomy] : [text.card, text.cardTitle];
  const font = { ...size, line: sizes['card-line'] };
  const line = (node: RootContent, w: number) =>
    lineCount(node, font, w, est) * font.size * font.line + sizes['card-item-gap'];
  // An item's own lines, then its sub-items, each a line of its own one indent further in.
  const items = (list: List, w: number): number =>
    list.children.reduce(
      (sum, item) =>
        sum +
        item.children.reduce(
          (s, child) => s + (child.type === 'list' ? items(child, w - sizes['card-indent']) : line(child, w)),
          0,
        ),
      0,
    );
  const body = card.blocks.reduce(
    (sum, block) =>
      sum + (block.type === 'list' ? items(block, width - sizes['card-indent']) : line(block, width)),
    0,
  );
  const title = est.textLines(card.title, titleFont, width, 'bold') * titleFont.size * titleFont.line;
  return { title, body };
}

/**
 * The cards with their arrow chains as step chips (flows.ts), where the grid still `fits` so:
 * a chain drawn as a flow reads as one, but not at the price of a slide (the cards as written,
 * otherwise). A row of boxes would not fit a card's width: chips only.
 */
export function chippedWhereFits(cards: Card[], fits: (cards: Card[]) => boolean): Card[] {
  const chipped = cards.map((card) => ({ ...card, blocks: card.blocks.map(withChips) }));
  const changed = chipped.some((card, i) => JSON.stringify(card.blocks) !== JSON.stringify(cards[i]!.blocks));
  return changed && fits(chipped) ? chipped : cards;
}

/** Lines a card's line takes; step chips as the words they set, a little wider, and a line more
 * for each chain, whose chips wrap whole, never inside a step. */
function lineCount(node: RootContent, font: Font, width: number, est: Estimator): number {
  let chains = 0;
  visit(node, (child) => {
    if ((child.type as string) === 'flowChain') chains += 1;
  });
  if (chains === 0 || node.type !== 'paragraph') return est.textLines(toString(node), font, width);
  return est.textLines(runText(runsOf(node.children)), font, width) + chains;
}
