// Sibling sections too many or too long-titled for cards may still share one slide as a list:
// each its heading in bold over its first point, the rest in the notes. Weighed against the
// cards and the slides apart by the one cost (a list of parallel parts is a flat layout).
import type { Paragraph, RootContent } from 'mdast';
import type { Origin, Slide } from '../../model/deck.js';
import { drawnCost, hiddenShare } from '../cost.js';
import type { Estimator } from '../measure/estimate.js';
import { asList, firstLine } from '../points/lines.js';
import type { TitledSection } from '../titles/outline-titles.js';
import { sectionNotes, shownLength, summaries, underParent } from './summaries.js';
import { textLength } from '../../model/text.js';

const MIN_ITEMS = 3;
const MAX_ITEMS = 7;
/** A sibling's list may leave this many items to the notes beside the one it shows. */
const MOST_LEFT = 1;

export function siblingsList(
  title: string,
  origin: Origin,
  siblings: TitledSection[],
  est: Estimator,
  budget: number,
): { slides: Slide[]; cost: number } | undefined {
  const children = underParent(siblings, title);
  if (children.length < MIN_ITEMS || children.length > MAX_ITEMS) return undefined;
  if (children.some((child) => child.children.length > 0)) return undefined;
  const summed = summaries(children, { sentences: 1 });
  if (!summed) return undefined;
  // A paragraph's key sentence sums it up; a list's first item does not stand for the others
  // (IAM's "Users, Roles, Policies" for its three practices): a list of them stays whole.
  if (
    summed.some((card) => card.blocks[0]?.type === 'list' && card.blocks[0].children.length > MOST_LEFT + 1)
  )
    return undefined;
  // Each sibling's first point: a paragraph's key sentence, or a list's first item.
  const firsts = summed.map((card) => opening(card.blocks));
  const list = asList(
    summed.map(
      (card, i): Paragraph => ({
        type: 'paragraph',
        children: [
          { type: 'strong', children: [{ type: 'text', value: card.title }] },
          { type: 'break' },
          ...(firsts[i]?.children ?? []),
        ],
      }),
    ),
  );
  const height = est.blockHeight(list, 'content') + est.listMargin();
  if (height > budget) return undefined;
  const shown = textLength(firsts.flatMap((line) => (line ? [line] : [])));
  const slide: Slide = {
    layout: 'content',
    title,
    blocks: [list],
    notes: children.flatMap(sectionNotes),
    origin,
    section: origin.line,
    estimatedPx: Math.round(height),
    budgetPx: Math.round(budget),
  };
  const priced = drawnCost([height / budget], hiddenShare(shown, shownLength(children)), true);
  return { slides: [slide], cost: priced };
}

/** What a summary opens with: its paragraph, or its list's first line. */
function opening(blocks: RootContent[]): Paragraph | undefined {
  const [first] = blocks;
  if (first?.type === 'paragraph') return first;
  const item = first?.type === 'list' ? first.children[0] : undefined;
  return item ? firstLine(item) : undefined;
}
