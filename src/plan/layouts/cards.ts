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

export function cardsSlide(
  title: string,
  origin: Origin,
  children: TitledSection[],
  est: Estimator,
  budget: number,
): Slide | undefined {
  if (children.length < MIN_CARDS || children.length > MAX_CARDS || !children.every(thin)) return undefined;
  const { card } = est.metrics;
  // Two or four cards in two columns, three, five or six in three (themes/aws.css .cards-N).
  const columns = children.length === 2 || children.length === 4 ? 2 : 3;
  const width = (est.metrics.body.width - (columns - 1) * card.gap) / columns - 2 * card.pad;
  const heights = children.map((child) => cardHeight(child, width, est));
  const rows = Array.from({ length: Math.ceil(children.length / columns) }, (_, r) =>
    Math.max(...heights.slice(r * columns, (r + 1) * columns)),
  );
  const height = rows.reduce((a, b) => a + b, 0) + (rows.length - 1) * card.gap;
  if (height > budget) return undefined;
  const list: List = {
    type: 'list',
    ordered: false,
    spread: false,
    children: children.map(
      (child): ListItem => ({
        type: 'listItem',
        spread: false,
        children: [
          {
            type: 'paragraph',
            children: [{ type: 'strong', children: [{ type: 'text', value: child.heading }] }],
          },
          ...(child.blocks.flatMap((b) =>
            b.type === 'list' || b.type === 'paragraph' ? [b] : [],
          ) as ListItem['children']),
        ],
      }),
    ),
  };
  return {
    layout: 'cards',
    title,
    blocks: [list],
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

function cardHeight(section: Section, width: number, est: Estimator): number {
  const { text, card } = est.metrics;
  const sizes = layoutSizes(est.metrics, ['section.cards'], CARD_SIZES);
  const line = (node: RootContent, w: number) =>
    est.textLines(toString(node), text.card, w) * text.card.size * text.card.line + sizes['card-item-gap'];
  const body = section.blocks.reduce(
    (sum, block) =>
      sum +
      (block.type === 'list'
        ? block.children.reduce((s, item) => s + line(item, width - sizes['card-indent']), 0)
        : line(block, width)),
    0,
  );
  const title =
    est.textLines(section.title, text.cardTitle, width, 'bold') * text.cardTitle.size * text.cardTitle.line;
  return 2 * card.pad + sizes['card-rule'] + title + sizes['card-title-gap'] + body;
}
