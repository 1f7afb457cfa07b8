// Three to six thin sibling sub-sections ("Về tư duy", "Về kỹ thuật", "Về nghề nghiệp") read
// best side by side, as cards on one slide, than as as many half-empty slides. Each card is
// the sub-section's title over its few lines. Falls back (undefined) when they do not fit.
import type { Origin, Slide } from '../../model/deck.js';
import { drawnCost, hiddenShare } from '../cost.js';
import type { Estimator } from '../measure/estimate.js';
import type { TitledSection } from '../titles/outline-titles.js';
import { type Card, cardsHeight, cardsList, columnChoices, defaultColumns } from './card-grid.js';
import { cardTitle, sectionNotes, shownLength, summaries, thin, underParent } from './summaries.js';
import { textLength } from '../../model/text.js';

const MIN_CARDS = 2;
const MAX_CARDS = 6;
const LONGEST_TITLE = 80;
/** Cards a slide holds when they take more than one. */
const PER_SLIDE = 3;
/** A card that sums its section up shows this many key sentences of a paragraph, or fewer where
 * they do not fit. */
const SUMMARY_POINTS = [2, 1];

/** Sibling sections as cards, and what that costs (cost.ts): each card its section's whole
 * text where all are thin, else a summary of each (its first points); on one slide, or on as
 * few as hold them three a slide. The cheapest way that fits. */
export function cardsSlides(
  title: string,
  origin: Origin,
  siblings: TitledSection[],
  est: Estimator,
  budget: number,
  /** Whether the cards may sum their sections up (else they show them whole, or not at all). */
  summarise = true,
): { slides: Slide[]; cost: number } | undefined {
  const children = underParent(siblings, title);
  if (children.length < MIN_CARDS || children.length > MAX_CARDS) return undefined;
  if (children.some((child) => child.children.length > 0 || child.title.length > LONGEST_TITLE))
    return undefined;
  const whole = children.every(thin)
    ? children.map((c) => ({ title: cardTitle(c), blocks: c.blocks }))
    : undefined;
  const tries = [whole, ...(summarise ? SUMMARY_POINTS.map((most) => summaries(children, most)) : [])];
  const all = shownLength(children);
  let best: { slides: Slide[]; cost: number } | undefined;
  for (const pages of [1, Math.ceil(children.length / PER_SLIDE)]) {
    for (const cards of tries) {
      if (!cards || (pages > 1 && cards.length < 2 * MIN_CARDS)) continue;
      const groups = chunk(cards, pages);
      const hidden = hiddenShare(textLength(cards.flatMap((c) => c.blocks)), all);
      for (const columns of pages === 1 ? columnChoices(cards.length) : [0]) {
        const layoutOf = (group: Card[]) => columns || defaultColumns(group.length);
        const heights = groups.map((group) => cardsHeight(group, est, layoutOf(group)));
        if (heights.some((h) => h > budget)) continue;
        const priced = drawnCost(
          heights.map((h) => h / budget),
          hidden,
          false,
        );
        if (best && best.cost <= priced) continue;
        const notes = (group: Card[]) =>
          children
            .filter((child) => group.some((card) => card.title === cardTitle(child)))
            .flatMap(sectionNotes);
        const slides = groups.map(
          (group, i): Slide => ({
            layout: 'cards',
            title,
            blocks: [cardsList(group, layoutOf(group))],
            notes: notes(group),
            origin,
            section: origin.line,
            estimatedPx: Math.round(heights[i]!),
            budgetPx: Math.round(budget),
            ...(groups.length > 1 ? { part: { index: i + 1, total: groups.length } } : {}),
          }),
        );
        best = { slides, cost: priced };
      }
    }
  }
  return best;
}

/** Cards in `pages` groups as even as can be, the earlier ones the larger. */
function chunk(cards: Card[], pages: number): Card[][] {
  const groups: Card[][] = [];
  let start = 0;
  for (let i = 0; i < pages; i += 1) {
    const size = Math.ceil((cards.length - start) / (pages - i));
    groups.push(cards.slice(start, start + size));
    start += size;
  }
  return groups;
}
