// Three to six thin sibling sub-sections ("Về tư duy", "Về kỹ thuật", "Về nghề nghiệp") read
// best side by side, as cards on one slide, than as as many half-empty slides. Each card is
// the sub-section's title over its few lines. Falls back (undefined) when they do not fit.
import type { Origin, Slide } from '../../model/deck.js';
import { drawnCost } from '../cost.js';
import type { Estimator } from '../measure/estimate.js';
import type { TitledSection } from '../titles/outline-titles.js';
import { cardsHeight, cardsList, chippedWhereFits, columnChoices } from './card-grid.js';
import {
  cardTitle,
  type Depth,
  leftOut,
  SUMMARY_DEPTHS,
  sectionNotes,
  shownLength,
  summaries,
  thin,
  underParent,
} from './summaries.js';

const MIN_CARDS = 2;
const MAX_CARDS = 6;
const LONGEST_TITLE = 80;

/** Sibling sections as cards on one slide, and what that costs (cost.ts): each card its
 * section's whole text where all are thin, else a summary of each (its first points). The
 * cheapest way that fits. */
export function cardsSlides(
  title: string,
  origin: Origin,
  siblings: TitledSection[],
  est: Estimator,
  budget: number,
  /** How far the cards may sum their sections up (none: they show them whole, or not at all). */
  depths: Depth[] = SUMMARY_DEPTHS,
): { slides: Slide[]; cost: number } | undefined {
  const children = underParent(siblings, title);
  if (children.length < MIN_CARDS || children.length > MAX_CARDS) return undefined;
  if (children.some((child) => child.children.length > 0 || child.title.length > LONGEST_TITLE))
    return undefined;
  const whole = children.every(thin)
    ? children.map((c) => ({ title: cardTitle(c), blocks: c.blocks }))
    : undefined;
  const tries = [whole, ...depths.map((depth) => summaries(children, depth))];
  const all = shownLength(children);
  let best: { slides: Slide[]; cost: number } | undefined;
  for (const written of tries) {
    if (!written) continue;
    const hidden = all > 0 ? leftOut(written, children) / all : 0;
    // Every grid their count allows; over several slides, neighbours share them (card-runs.ts).
    for (const columns of columnChoices(written.length)) {
      const cards = chippedWhereFits(written, (chipped) => cardsHeight(chipped, est, columns) <= budget);
      const height = cardsHeight(cards, est, columns);
      if (height > budget) continue;
      const cost = drawnCost([height / budget], hidden, false);
      if (best && best.cost <= cost) continue;
      const slide: Slide = {
        layout: 'cards',
        title,
        blocks: [cardsList(cards, columns)],
        notes: children.flatMap(sectionNotes),
        origin,
        section: origin.line,
        estimatedPx: Math.round(height),
        budgetPx: Math.round(budget),
      };
      best = { slides: [slide], cost };
    }
  }
  return best;
}
