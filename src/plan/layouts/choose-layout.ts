// Picks the layout that suits a section's content: speaker lists, action plans (ordered
// lists), personal prose, image galleries, tables, quotes, long lists of short items.
import type { List, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Layout } from '../../model/deck.js';
import type { Estimator } from '../measure/estimate.js';
import { isSpeakerList } from '../people/speakers.js';
import { isStatList } from './stats.js';
import { shownPart } from '../notes-only.js';

/** The blocks a slide shows: a missing picture, a rule or a note to the author draws nothing,
 * so a conclusion after the photos that did not come is still a quote alone on its slide. */
function shownBlocks(blocks: RootContent[]): RootContent[] {
  return blocks.filter(
    (b) => !['html', 'definition', 'thematicBreak'].includes(b.type) && shownPart(b) !== undefined,
  );
}

export function chooseLayout(title: string, blocks: RootContent[], est: Estimator): Layout {
  const content = shownBlocks(blocks);
  if (content.length === 0) return 'content';
  const figures = content.filter((b) => b.type === 'figure').length;
  if (figures > 0 && figures >= content.length - 1) return 'gallery';
  const lists = content.filter((b): b is List => b.type === 'list');
  const only = content.length === 1 ? content[0] : undefined;
  if (lists.length === 1 && isSpeakerList(lists[0]!, title) && content.length <= 2) return 'speakers';
  if (
    only?.type === 'list' &&
    only.ordered &&
    only.children.length >= 2 &&
    only.children.length <= 8 &&
    !hasNested(only)
  )
    return 'steps';
  if (only?.type === 'table') return 'table';
  // Figures leading every item ("40% …", "3x …"): big-number tiles, after a lead-in or alone.
  const [lead, last] = content.length === 2 ? content : [undefined, only];
  if (last?.type === 'list' && (!lead || lead.type === 'paragraph') && isStatList(last)) return 'stats';
  if (only?.type === 'blockquote' || (only?.type === 'callout' && only.children.length <= 2)) return 'quote';
  if (content.every((b) => b.type === 'paragraph')) {
    const height = content.reduce((sum, b) => sum + est.blockHeight(b, 'prose'), 0);
    if (height <= est.metrics.body.height * 0.95) return 'prose';
  }
  if (only?.type === 'list' && isShortList(only)) return 'two-column';
  return 'content';
}

/** A flat list of 4–10 points, each a line or two, that runs past one slide may stand in two
 * columns on one: a designer sets it closer side by side before splitting it. */
const COLUMN_ITEMS = [4, 10] as const;
const COLUMN_ITEM_CHARS = 100;

/** The layouts worth pricing for a section: the one that suits it, and two columns for a flat
 * list of short points (the cost, cost.ts, chooses between them). */
export function layoutChoices(chosen: Layout, blocks: RootContent[]): Layout[] {
  if (chosen !== 'content') return [chosen];
  const content = shownBlocks(blocks);
  const [only] = content;
  if (content.length !== 1 || only?.type !== 'list' || hasNested(only)) return [chosen];
  const count = only.children.length;
  if (count < COLUMN_ITEMS[0] || count > COLUMN_ITEMS[1]) return [chosen];
  if (only.children.some((item) => toString(item).length > COLUMN_ITEM_CHARS)) return [chosen];
  return [chosen, 'two-column'];
}

function hasNested(list: List): boolean {
  return list.children.some((item) => item.children.some((child) => child.type === 'list'));
}

function isShortList(list: List): boolean {
  return (
    list.children.length >= 6 &&
    !hasNested(list) &&
    list.children.every((item) => toString(item).length <= 48)
  );
}
