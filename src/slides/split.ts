// Packs units into as few pages as fit the height budget, then evens the pages out
// (3 + 3 rather than 5 + 1); pieces of one list or table are merged back per page.
import type { RootContent, Table } from 'mdast';
import { mergeList, type ListUnit } from './list-units.js';
import type { Unit } from './units.js';

export interface Page {
  display: RootContent[];
  original: RootContent[];
  /** Estimated height of what the page shows. */
  height: number;
}

export function splitUnits(units: Unit[], budget: number): Page[] {
  if (units.length === 0) return [];
  const count = pack(units, budget).length;
  // The smallest budget that still needs no more pages gives the most even pages.
  let low = Math.max(...units.map((u) => u.height));
  let high = Math.max(budget, low);
  for (let i = 0; i < 20 && high - low > 1; i += 1) {
    const middle = (low + high) / 2;
    if (pack(units, middle).length <= count) high = middle;
    else low = middle;
  }
  return pack(units, high).map((page, i) => ({
    display: merge(page, 'display'),
    original: merge(page, 'original'),
    height: page.reduce((sum, u) => sum + u.height, 0) + (i > 0 ? (page[0]!.repeatPx ?? 0) : 0),
  }));
}

function pack(units: Unit[], budget: number): Unit[][] {
  const pages: Unit[][] = [];
  let page: Unit[] = [];
  let used = 0;
  for (let i = 0; i < units.length; i += 1) {
    const unit = units[i]!;
    // A sub-heading travels with the unit after it.
    const height = unit.keepWithNext && units[i + 1] ? unit.height + units[i + 1]!.height : unit.height;
    if (page.length > 0 && used + height > budget && !page[page.length - 1]!.keepWithNext) {
      // Inside a list or table, no page keeps a single piece of it on either side of the break.
      const back = piecesToMove(page, units, i);
      const moved = back > 0 && back < page.length ? page.splice(page.length - back, back) : [];
      pages.push(page);
      page = moved;
      used = moved.reduce((sum, u) => sum + u.height, 0) + ((page[0] ?? unit).repeatPx ?? 0);
    }
    page.push(unit);
    used += unit.height;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/** How many pieces to carry to the next page so a list or table split leaves two on each side. */
function piecesToMove(page: Unit[], units: Unit[], next: number): number {
  const group = units[next]!.group;
  if (!group || page[page.length - 1]!.group !== group) return 0;
  let before = 0;
  while (before < page.length && page[page.length - 1 - before]!.group === group) before += 1;
  let after = 0;
  while (next + after < units.length && units[next + after]!.group === group) after += 1;
  if (before === 1) return 1 + (page[page.length - 2]?.keepWithNext ? 1 : 0);
  if (after === 1 && before >= 3) return 1;
  return 0;
}

function merge(units: Unit[], side: 'display' | 'original'): RootContent[] {
  const out: RootContent[] = [];
  for (let i = 0; i < units.length; ) {
    const unit = units[i]!;
    let end = i + 1;
    while (unit.group && end < units.length && units[end]!.group === unit.group) end += 1;
    const run = units.slice(i, end);
    if (unit.group && unit.display.type === 'list') out.push(mergeList(run as ListUnit[], side));
    else if (unit.display.type === 'table' && unit[side].type === 'table') {
      const table = unit[side] as Table;
      out.push({
        ...table,
        children: [table.children[0]!, ...run.flatMap((u) => (u[side] as Table).children.slice(1))],
      });
    } else out.push(...run.map((u) => u[side]));
    i = end;
  }
  return out;
}
