// Packs units into pages: as few pages as the height budget allows (a lead-in cut from its
// list counting as a page more), then the most even ones (7 items split 4 + 3, not 6 + 1),
// breaking where a reader would: before a sub-heading rather than inside a list, between
// items rather than inside one, never leaving one piece of a list alone on either side.
// Pieces of one list or table are merged back per page (merge-pieces.ts).
import type { RootContent } from 'mdast';
import { mergePieces } from './merge-pieces.js';
import type { Unit } from './types.js';

export interface Page {
  display: RootContent[];
  original: RootContent[];
  /** Estimated height of what the page shows. */
  height: number;
  /** The page ends by cutting a lead-in from what it introduces (a reader minds that most). */
  cutsLeadIn: boolean;
}

/**
 * What a page break before a unit costs, as shares of a page left empty: a reader minds a
 * sub-heading or lead-in cut from what it introduces most, then one item of a list alone
 * on a page, then a short list or table cut in two, then an item cut from its own
 * sub-items (its line repeated above them), then any list cut, or a part the author labelled
 * cut from its label's page.
 */
const COST = { leadIn: 4, lonely: 2, shortGroup: 1.5, insideItem: 1, group: 0.3, insidePart: 0.3 };
/** A piece this tall may stand alone on a page (past half of it, it is no lonely line). */
const TALL_PIECE = 0.55;
/** A piece this short alone on a page leaves it a line or two under its title. */
const SHORT_PIECE = 0.3;

export function splitUnits(units: Unit[], budget: number): Page[] {
  if (units.length === 0) return [];
  const ends = evenLast(units, bestBreaks(units, budget), budget);
  const pages: Unit[][] = [];
  let start = 0;
  for (const end of ends) {
    pages.push(units.slice(start, end));
    start = end;
  }
  return pages.map((page, i) => ({
    display: mergePieces(
      page.filter((u) => !u.hidden),
      'display',
    ),
    original: mergePieces(page, 'original'),
    height: pageHeight(page, i > 0),
    cutsLeadIn: i < pages.length - 1 && page[page.length - 1]!.keepWithNext === true,
  }));
}

function pageHeight(page: Unit[], continued: boolean): number {
  const repeat = continued && page[0]?.group ? (page[0].repeatPx ?? 0) : 0;
  return page.reduce((sum, u) => sum + u.height, 0) + repeat;
}

/** The best way found to end a page: how many pages up to it, at what cost, the last from where. */
interface Break {
  pages: number;
  cost: number;
  from: number;
}

/** How tall the page from unit `start` to `end` (exclusive) stands. */
type PageHeight = (start: number, end: number) => number;

/**
 * Page ends (exclusive unit indexes) for the fewest pages, then the least cost: uneven fill
 * (the last page aside) and breaks a reader minds, by dynamic programming over break points.
 */
function bestBreaks(units: Unit[], budget: number): number[] {
  const n = units.length;
  const sums = [0];
  for (const unit of units) sums.push(sums[sums.length - 1]! + unit.height);
  const height: PageHeight = (start, end) =>
    sums[end]! - sums[start]! + (start > 0 && continues(units, start) ? (units[start]!.repeatPx ?? 0) : 0);
  const best: Break[] = [{ pages: 0, cost: 0, from: -1 }];
  for (let end = 1; end <= n; end += 1) best[end] = bestEnd(units, end, budget, best, height);
  const ends: number[] = [];
  for (let end = n; end > 0; end = best[end]!.from) ends.unshift(end);
  return ends;
}

/** The best page to end at unit `end`, given the best breaks before it. */
function bestEnd(units: Unit[], end: number, budget: number, best: Break[], height: PageHeight): Break {
  const n = units.length;
  const cut = end < n ? breakCost(units, end, budget) : 0;
  // A lead-in cut from its list weighs as much as a page: a designer would rather add a slide.
  const hard = end < n && isHardBreak(units, end) ? 1 : 0;
  let here: Break = { pages: Infinity, cost: Infinity, from: -1 };
  for (const { start, used, shown } of pageStarts(units, end, budget, height)) {
    const before = best[start]!;
    const empty = Math.max(0, budget - used) / budget;
    // One short piece alone on a page of a part set over several (a one-line paragraph over
    // nothing) is as lonely as one item of a list alone.
    const lone = end - start < n && shown === 1 && used < budget * SHORT_PIECE ? COST.lonely ** 2 : 0;
    const cost = before.cost + (end === n ? 0 : empty * empty) + cut * cut + lone;
    const pages = before.pages + 1 + hard;
    if (pages < here.pages || (pages === here.pages && cost < here.cost - 1e-9))
      here = { pages, cost, from: start };
  }
  return here;
}

/** Where a page ending at unit `end` may start, nearest first: its height and the pieces it shows. */
function pageStarts(
  units: Unit[],
  end: number,
  budget: number,
  height: PageHeight,
): { start: number; used: number; shown: number }[] {
  const starts: { start: number; used: number; shown: number }[] = [];
  // Pieces the page from `start` to `end` shows (a hidden one takes no room), counted as it grows.
  let shown = 0;
  for (let start = end - 1; start >= 0; start -= 1) {
    if (units[start]!.height > 0) shown += 1;
    const used = height(start, end);
    // One unit taller than a page still gets a page of its own (the fit loop takes over).
    if (used > budget && end - start > 1) break;
    // A unit that opens a page of its own (a table's next columns) is never in a page's middle.
    if (units[start + 1]?.breakBefore && start + 1 < end) break;
    starts.push({ start, used, shown });
  }
  return starts;
}

/** The last page is free of the evenness cost above; even it out with the one before. */
function evenLast(units: Unit[], ends: number[], budget: number): number[] {
  if (ends.length < 2) return ends;
  const a = ends.length >= 3 ? ends[ends.length - 3]! : 0;
  const n = ends[ends.length - 1]!;
  let split = ends[ends.length - 2]!;
  const spread = (s: number) =>
    Math.abs(pageHeight(units.slice(a, s), a > 0) - pageHeight(units.slice(s, n), true));
  for (let s = a + 1; s < n; s += 1) {
    const fits =
      pageHeight(units.slice(a, s), a > 0) <= budget && pageHeight(units.slice(s, n), true) <= budget;
    // Evening out never makes a worse break.
    if (fits && breakCost(units, s, budget) <= breakCost(units, split, budget) && spread(s) < spread(split))
      split = s;
  }
  return [...ends.slice(0, -2), split, n];
}

function continues(units: Unit[], at: number): boolean {
  const unit = units[at];
  return unit?.group !== undefined && unit.group === units[at - 1]?.group;
}

/** A break a reader minds as much as an extra page: a lead-in cut from what it introduces. (A
 * short list cut in two is not: two full slides read better than three thin ones.) */
function isHardBreak(units: Unit[], at: number): boolean {
  return units[at - 1]!.keepWithNext === true;
}

/** What a page break before unit `at` costs a reader (see COST). */
function breakCost(units: Unit[], at: number, budget: number): number {
  const last = units[at - 1]!;
  const next = units[at]!;
  if (last.keepWithNext) return COST.leadIn;
  // Where the author labelled the parts of a section, a page starts best with one of them.
  if (!continues(units, at)) return next.opensPart || !units.some((u) => u.opensPart) ? 0 : COST.insidePart;
  // A tall piece, or an item shown whole with its own sub-items, is no lonely line.
  const tall = (u: Unit | undefined) => (u?.height ?? 0) >= budget * TALL_PIECE || hasSubItems(u);
  const alone = !(continues(units, at - 1) || tall(last)) || !(continues(units, at + 1) || tall(next));
  const inside = (next.trail?.length ?? 0) > 0 ? COST.insideItem : 0;
  return (alone ? COST.lonely : 0) + inside + (next.keepTogether ? COST.shortGroup : COST.group);
}

function hasSubItems(unit: Unit | undefined): boolean {
  const item = unit?.display.type === 'list' ? unit.display.children[0] : undefined;
  return item?.children.some((child) => child.type === 'list') ?? false;
}
