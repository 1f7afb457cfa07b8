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
  return pack(units, high).map((page) => ({ display: merge(page, 'display'), original: merge(page, 'original'), height: page.reduce((sum, u) => sum + u.height, 0) }));
}

function pack(units: Unit[], budget: number): Unit[][] {
  const pages: Unit[][] = [];
  let page: Unit[] = [];
  let used = 0;
  units.forEach((unit, i) => {
    // A sub-heading travels with the unit after it.
    const height = unit.keepWithNext && units[i + 1] ? unit.height + units[i + 1]!.height : unit.height;
    const startsPage = page.length > 0 && used + height > budget && !page[page.length - 1]!.keepWithNext;
    if (startsPage) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(unit);
    used += unit.height;
  });
  if (page.length > 0) pages.push(page);
  return pages;
}

function merge(units: Unit[], side: 'display' | 'original'): RootContent[] {
  const out: RootContent[] = [];
  for (let i = 0; i < units.length; ) {
    const unit = units[i]!;
    let end = i + 1;
    while (unit.group && end < units.length && units[end]!.group === unit.group) end += 1;
    const run = units.slice(i, end);
    if (unit.display.type === 'list') out.push(mergeList(run as ListUnit[], side));
    else if (unit.display.type === 'table' && unit[side].type === 'table') {
      const table = unit[side] as Table;
      out.push({ ...table, children: [table.children[0]!, ...run.flatMap((u) => (u[side] as Table).children.slice(1))] });
    } else out.push(...run.map((u) => u[side]));
    i = end;
  }
  return out;
}
