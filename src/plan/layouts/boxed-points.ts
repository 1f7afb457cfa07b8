// A few short points alone on a slide they leave mostly empty stand each in a box of its own
// (the steps' boxes, a dot where a number would say their order), as a designer gives three
// goals more presence than three bullets at the top of a white slide. Only once the deck's
// regrouping is done: thin neighbours that share a slide as cards need no boxes.
import type { List } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Slide } from '../../model/deck.js';
import type { Estimator } from '../measure/estimate.js';
import { slideFill } from '../measure/fill.js';

/** Points a slide boxes: a few, each a line or two. */
const ITEMS = [2, 5] as const;
const ITEM_CHARS = 160;
/** A slide its points fill less of than this looks unfinished as a plain list. */
const SPARSE = 0.5;
/** The boxes may fill this much of the room, no more (they must not crowd it). */
const FULLEST = 0.9;

export function boxedPoints(slides: Slide[], est: Estimator): Slide[] {
  return slides.map((slide, i) => (plainSibling(slides, i) ? slide : (boxed(slide, est) ?? slide)));
}

/** A slide beside a sibling part's plain list (under the same line above the title) keeps the
 * siblings' look: parts of one whole are drawn alike. */
function plainSibling(slides: Slide[], i: number): boolean {
  const { eyebrow } = slides[i]!;
  return (
    eyebrow !== undefined &&
    [slides[i - 1], slides[i + 1]].some((s) => s?.eyebrow === eyebrow && s.layout === 'content')
  );
}

function boxed(slide: Slide, est: Estimator): Slide | undefined {
  const [list] = slide.blocks;
  if (slide.layout !== 'content' || slide.part || slide.blocks.length !== 1 || !fewPoints(list))
    return undefined;
  if (slideFill(slide, est) >= SPARSE) return undefined;
  const room = (slide.budgetPx ?? est.metrics.body.height) * FULLEST;
  // In the larger type where it has the room, as the plain list was.
  const roomy = est.blockHeight(list, 'steps', { roomy: true });
  const height = roomy <= room ? roomy : est.blockHeight(list, 'steps');
  if (height > room) return undefined;
  const { roomy: _, ...rest } = slide;
  return {
    ...rest,
    layout: 'steps',
    estimatedPx: Math.round(height),
    ...(roomy <= room ? { roomy: true } : {}),
  };
}

/** A bulleted list of a few short points with no sub-points (a number would claim an order). */
function fewPoints(block: Slide['blocks'][number] | undefined): block is List {
  if (block?.type !== 'list' || block.ordered) return false;
  const items = block.children;
  return (
    items.length >= ITEMS[0] &&
    items.length <= ITEMS[1] &&
    items.every(
      (item) => item.children.every((c) => c.type === 'paragraph') && toString(item).length <= ITEM_CHARS,
    )
  );
}
