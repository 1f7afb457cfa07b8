// Lists are split between items at any depth: an item too tall for a slide becomes its
// own line plus one unit per sub-item, each remembering its parents, so a page that
// starts inside a sub-list repeats the parent lines it belongs to.
import type { List, ListItem } from 'mdast';
import type { Layout } from '../../model/deck.js';
import type { Estimator } from '../measure/estimate.js';

export interface Trail {
  /** The parent item in the recap, and its one-line version for the slide. */
  item: ListItem;
  head: ListItem;
  /** The list the parent sits in, for numbering. */
  list: List;
}

export interface ListUnit {
  display: List;
  original: List;
  height: number;
  trail: Trail[];
  /** The recap's own items this unit shows, so sub-items find their parent on the page. */
  items: ListItem[];
  /** Height of the parent lines a page starting with this unit repeats. */
  repeatPx: number;
  hidden?: boolean;
  keepWithNext?: boolean;
}

/** What the slide shows of an item (shortened, notes-only parts left out), or nothing. */
export type Condenser = (item: ListItem, depth: number) => ListItem | undefined;

export interface ListOptions {
  layout: Layout;
  est: Estimator;
  /** Set in the larger type of a sparse slide. */
  roomy: boolean;
  /** Lines set closer, to keep a section on one slide. */
  compact?: boolean;
  /** The tallest an item may be before it is split between its sub-items. */
  limit: number;
  condenseItem: Condenser;
}

/** Units for a list: whole items where they fit within `limit`, else item line + sub-item units. */
export function listUnits(list: List, options: ListOptions, trail: Trail[] = [], repeatPx = 0): ListUnit[] {
  const { layout, est, roomy, compact, limit, condenseItem } = options;
  const depth = trail.length;
  return list.children.flatMap((item, i) => {
    const single: List = { ...list, children: [item] };
    if (list.ordered) single.start = (list.start ?? 1) + i;
    const shown = condenseItem(item, depth);
    // Nothing of it to show: its words still go to the notes, in their place.
    if (!shown)
      return [{ display: single, original: single, height: 0, trail, items: [item], repeatPx, hidden: true }];
    const display: List = { ...single, children: [shown] };
    // Items alone: the list's own margin is added once per page (units.ts).
    const height = est.blockHeight(shown, layout, { depth, roomy, compact });
    const nested = item.children.filter((c): c is List => c.type === 'list');
    if (height <= limit || nested.length === 0)
      return [{ display, original: single, height, trail, items: [item], repeatPx }];
    const head = withoutLists(display.children[0]!);
    const headPx = est.blockHeight(head, layout, { depth, roomy, compact });
    const deeper = [...trail, { item, head, list: single }];
    // A page that starts among the sub-items repeats the parent lines above them.
    const below = nested.flatMap((sub) => listUnits(sub, options, deeper, repeatPx + headPx));
    // An item that is only a sub-list has no line of its own to show (it could end up alone on
    // a page as an empty bullet); its sub-items are still nested under it.
    if (head.children.length === 0) return below;
    const own: ListUnit = {
      display: { ...display, children: [head] },
      original: { ...single, children: [withoutLists(item)] },
      height: headPx,
      trail,
      items: [item],
      repeatPx,
      // An item's own line never ends a page apart from its first sub-item.
      keepWithNext: true,
    };
    return [own, ...below];
  });
}

function withoutLists(item: ListItem): ListItem {
  return { ...item, children: item.children.filter((c) => c.type !== 'list') };
}

/** Rebuilds one list from consecutive units of it, nesting sub-items under their parents. */
export function mergeList(units: ListUnit[], side: 'display' | 'original'): List {
  const origins = new WeakMap<ListItem, ListItem>();
  const root: List = { ...units[0]![side], children: [] };
  if (units[0]!.trail.length > 0) Object.assign(root, { ...units[0]!.trail[0]!.list, children: [] });
  for (const unit of units) {
    let container = root;
    for (const step of unit.trail) {
      let parent = container.children[container.children.length - 1];
      if (!parent || origins.get(parent) !== step.item) {
        // A parent line made here again heads a page that goes on inside its sub-list: the slide
        // before showed it, so it is set as context (muted), not read as a point of its own.
        parent = side === 'display' ? repeated(step.head) : withoutLists(step.item);
        origins.set(parent, step.item);
        container.children.push(parent);
      }
      let sub = parent.children[parent.children.length - 1];
      if (sub?.type !== 'list') {
        sub = { ...unit[side], children: [] };
        parent.children = [...parent.children, sub];
      }
      container = sub;
    }
    for (const [i, leaf] of unit[side].children.entries()) {
      const copy = { ...leaf, children: [...leaf.children] };
      origins.set(copy, unit.items[i]!);
      container.children.push(copy);
    }
  }
  return root;
}

/** An item's line set as the context a continued page repeats (themes/aws.css `.repeated`). */
function repeated(head: ListItem): ListItem {
  return {
    ...head,
    children: head.children.map((child) =>
      child.type === 'paragraph'
        ? {
            ...child,
            children: [
              { type: 'html', value: '<span class="repeated">' },
              ...child.children,
              { type: 'html', value: '</span>' },
            ],
          }
        : child,
    ),
  };
}
