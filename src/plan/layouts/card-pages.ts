// Cards laid out on slides under the lines that lead into them: all on one slide, set closer or
// saying less where that keeps them there, else over as few slides as hold them two to four a
// slide; the lines above are said rather than shown where they alone cost a slide.
import type { RootContent } from 'mdast';
import type { Estimator } from '../measure/estimate.js';
import { countNodes } from '../../model/text.js';
import { aboveCardsHeight, type Card, cardsHeight, cardsList, chippedWhereFits } from './card-grid.js';

/** The cards on one slide, or, where they do not fit one, two or three a slide. */
export interface CardPages {
  /** Each slide's blocks, and the recap's own it shows (empty: all of the section's). */
  pages: { blocks: RootContent[]; height: number; original: RootContent[] }[];
  /** The cards are set closer (card-grid.ts) to hold them on one slide, or on fewer. */
  compact?: boolean;
}

/** The cards under the lines above them, when they fit the room: on one slide, else over
 * as few as hold them two to four a slide, the lines above on the first. `variants` are the same
 * cards saying less and less (fewer points each; the rest is in the notes), the fullest first. */
export function placeCards(
  above: RootContent[],
  variants: Card[][],
  /** The recap's own blocks each card was made from, for the notes of its slide. */
  sources: RootContent[][],
  est: Estimator,
  budget: number,
): CardPages | undefined {
  // A designer keeps a grid of parts on one slide by saying less in each card before cutting it
  // over two slides, the second half-empty (a session's four parts as "1/2" and "2/2").
  // The lines above lead into the cards; where they alone keep the cards off a slide, the
  // speaker says them (the notes keep them), as the sentence announcing a list is said.
  const leads = above.length > 0 ? [above, []] : [above];
  for (const lead of leads)
    for (const cards of variants) {
      const one = oneSlide(lead, cards, est, budget);
      if (one) return one;
    }
  const [led, said] = leads.map((lead) => {
    for (const cards of variants) {
      const over = overSlides(lead, cards, sources, est, budget, above);
      if (over) return over;
    }
    return undefined;
  });
  return said && (!led || said.pages.length < led.pages.length) ? said : led;
}

function oneSlide(
  above: RootContent[],
  written: Card[],
  est: Estimator,
  budget: number,
): CardPages | undefined {
  const top = aboveCardsHeight(above, est);
  // (Chips only where they keep the cards at the type the words alone are set in.)
  const type = top + cardsHeight(written, est) <= budget ? 'usual' : 'compact';
  const cards = chippedWhereFits(written, (c) => top + cardsHeight(c, est, undefined, type) <= budget);
  const height = top + cardsHeight(cards, est);
  if (height <= budget) return { pages: [{ blocks: [...above, cardsList(cards)], height, original: [] }] };
  // Set closer, as lines are, where that keeps the grid on one slide: a designer tightens a grid
  // a little before splitting it into two half-empty ones.
  const close = top + cardsHeight(cards, est, undefined, 'compact');
  if (close <= budget)
    return { pages: [{ blocks: [...above, cardsList(cards)], height: close, original: [] }], compact: true };
  return undefined;
}

function overSlides(
  above: RootContent[],
  cards: Card[],
  sources: RootContent[][],
  est: Estimator,
  budget: number,
  /** The lines above as the recap has them, for the first slide's notes. */
  written: RootContent[],
): CardPages | undefined {
  const top = aboveCardsHeight(above, est);
  // Over several slides only where the cards keep every point of their lists (a card's title
  // counts for the item it names): slides of cards that left the sub-points to the notes say
  // less than the lists did (a check-half reviewer found 30 points gone).
  const lines =
    countNodes(
      cards.flatMap((c) => c.blocks),
      'paragraph',
    ) + cards.length;
  if (lines < countNodes(sources.flat(), 'listItem')) return undefined;
  // As few slides as hold them: four a slide in two rows of two, else three, else two; set
  // closer where that saves a slide, as on one.
  // (Of two splits as even, the one whose first slide, under the lines above, holds fewer.)
  for (const size of [4, 3, 2])
    for (const type of ['usual', 'compact'] as const)
      for (const groups of [evenly(cards.length, size), evenly(cards.length, size, true)]) {
        if (groups.length < 2 || groups.some(([a, b]) => b - a < 2)) continue;
        const heights = groups.map(
          ([a, b], i) => (i === 0 ? top : 0) + cardsHeight(cards.slice(a, b), est, undefined, type),
        );
        if (heights.some((h) => h > budget)) continue;
        return {
          pages: groups.map(([a, b], i) => ({
            blocks: [...(i === 0 ? above : []), cardsList(cards.slice(a, b))],
            height: heights[i]!,
            original: [...(i === 0 ? written : []), ...sources.slice(a, b).flat()],
          })),
          ...(type === 'compact' ? { compact: true } : {}),
        };
      }
  return undefined;
}

/** [start, end) of `count` cards in groups of about `size`, as even as can be: the larger groups
 * first, or, `lighter`, last (the first slide carries the lines above the cards). */
function evenly(count: number, size: number, lighter = false): [number, number][] {
  const pages = Math.ceil(count / size);
  const groups: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < pages; i += 1) {
    const left = (count - start) / (pages - i);
    const take = lighter ? Math.floor(left) : Math.ceil(left);
    groups.push([start, start + take]);
    start += take;
  }
  return groups;
}
