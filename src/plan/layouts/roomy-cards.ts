// A few short cards are set at the body size, as the slides beside them are, instead of the
// denser card type: three two-line cards in small type fill a quarter of their slide and read as
// a jump in size from the list before them. Wherever the larger cards still fit, with a margin
// for the estimate (ROOMY_SHARE): a grid of cards that fills its slide reads as designed, and a
// run of card slides is set larger only if all of them can be (even-sizes.ts).
import type { List, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Slide } from '../../model/deck.js';
import { type Estimator, ledeHeight } from '../measure/estimate.js';
import { aboveCardsHeight, type Card, cardsHeight, defaultColumns } from './card-grid.js';

const ROOMY_SHARE = 0.92;

export function roomyCards(slides: Slide[], est: Estimator): Slide[] {
  return slides.map((slide) =>
    slide.layout === 'cards' && !slide.compact && fitsLarger(slide, est) ? { ...slide, roomy: true } : slide,
  );
}

function fitsLarger(slide: Slide, est: Estimator): boolean {
  const lists = slide.blocks.filter((b): b is List => b.type === 'list');
  if (lists.length !== 1) return false;
  const list = lists[0]!;
  const cards = list.children.map((item): Card => {
    const [head, ...rest] = item.children;
    return { title: head ? toString(head) : '', blocks: rest as RootContent[] };
  });
  const columns = (list.data as { columns?: number } | undefined)?.columns ?? defaultColumns(cards.length);
  const above = aboveCardsHeight(
    slide.blocks.filter((b) => b !== list),
    est,
  );
  const under = (slide.subtitle ?? []).reduce((sum, line) => sum + ledeHeight(line, est), 0);
  const room = (slide.budgetPx || est.metrics.body.height) - under;
  return above + cardsHeight(cards, est, columns, 'roomy') <= room * ROOMY_SHARE;
}
