// Pages the handout from measured heights: cards (a slide above its notes) in deck order,
// cards whose notes are short two to a row, long notes continued on the next page at a clean
// break (a slide keeps at least the first lines of its notes). Chooses all pages at once
// (dynamic programming over break positions): no page but the last more than a third blank,
// then fewest pages, then fewest and least awkward breaks.
import { noteBreaks } from './handout-breaks.js';
import type { CardBox, HandoutGeometry, HandoutLayout, NoteBreak, Piece } from './handout-measures.js';

/** Shares of a slide's height at half width: cards whose notes (at that width) are no taller
 * go two to a row, or one with its notes beside its slide. */
const SHORT_NOTES = { row: 0.6, side: 1 };
/** A page but the last may be at most a third blank; the layout aims lower, as the space under
 * the last line of a page (its line spacing, the notes' padding) reads as blank too. */
const MAX_BLANK = 0.31;
const COST = {
  page: 1000,
  blank: 100_000,
  overflow: 1_000_000,
  fill: 100,
  /** Breaks: between units, between lines of a paragraph, leaving a short piece. */
  unit: 30,
  line: 90,
  short: 30,
};

type Item =
  | { kind: 'card'; card: number; breaks: NoteBreak[] }
  | { kind: 'side'; card: number }
  | { kind: 'row'; cards: [number, number] };

/** A page start: an item's start (after = -1) or the notes after one of its breaks. */
interface Position {
  item: number;
  after: number;
}

interface Option {
  end: number;
  used: number;
  cost: number;
}

export function layoutHandout(cards: CardBox[], geometry: HandoutGeometry): HandoutLayout {
  const items = groupRows(cards, geometry);
  const positions: Position[] = items.flatMap((item, i) => [
    { item: i, after: -1 },
    ...(item.kind === 'card' ? item.breaks.map((_, b) => ({ item: i, after: b })) : []),
  ]);
  const indexOf = (item: number, after: number) =>
    item >= items.length
      ? positions.length
      : positions.findIndex((p) => p.item === item && p.after === after);

  /** The height of an item from a break (or its start) to a break (or its end). */
  const height = (item: Item, from: number, to: number): number => {
    if (item.kind === 'row') return Math.max(...item.cards.map((c) => cards[c]!.half));
    if (item.kind === 'side') return Math.max(geometry.halfSlide, cards[item.card]!.halfNotes);
    const card = cards[item.card]!;
    const top = from < 0 ? 0 : item.breaks[from]!.start - geometry.contTop;
    const endPad = card.height - (card.units.at(-1)?.bottom ?? card.height);
    return (to >= item.breaks.length ? card.height : item.breaks[to]!.end + endPad) - top;
  };
  const notes = (item: Item & { kind: 'card' }, from: number, to: number): number => {
    const units = cards[item.card]!.units;
    const top = from < 0 ? units[0]!.top : item.breaks[from]!.start;
    return (to >= item.breaks.length ? units.at(-1)!.bottom : item.breaks[to]!.end) - top;
  };
  const breakCost = (item: Item & { kind: 'card' }, from: number, to: number): number =>
    (item.breaks[to]!.line ? COST.line : COST.unit) +
    (notes(item, from, to) < geometry.shortPiece || notes(item, to, item.breaks.length) < geometry.shortPiece
      ? COST.short
      : 0);

  /** Every way to fill a page from a position: up to an item's end, or to a break. */
  const options = (start: number): Option[] => {
    const found: Option[] = [];
    const first = positions[start]!;
    let used = 0;
    for (let i = first.item; i < items.length; i += 1) {
      const item = items[i]!;
      const from = i === first.item ? first.after : -1;
      const gap = i === first.item ? 0 : geometry.gap;
      if (item.kind === 'card')
        for (let b = from + 1; b < item.breaks.length; b += 1) {
          const total = used + gap + height(item, from, b);
          const fits = total <= geometry.page;
          // Nothing fits: the smallest piece gets a page of its own and runs over.
          if (fits || found.length === 0)
            found.push({
              end: indexOf(i, b),
              used: total,
              cost: breakCost(item, from, b) + (fits ? 0 : COST.overflow),
            });
          if (!fits) break;
        }
      const total = used + gap + height(item, from, Number.MAX_SAFE_INTEGER);
      if (total > geometry.page) {
        if (found.length === 0) found.push({ end: indexOf(i + 1, -1), used: total, cost: COST.overflow });
        break;
      }
      used = total;
      found.push({ end: indexOf(i + 1, -1), used, cost: 0 });
    }
    return found;
  };

  const pageCost = (option: Option): number => {
    if (option.end === positions.length) return COST.page + option.cost;
    const blank = 1 - option.used / geometry.page;
    return COST.page + option.cost + (blank > MAX_BLANK ? COST.blank : 0) + COST.fill * blank * blank;
  };

  // The best pages from each position to the end, found from the end.
  const best: { total: number; end: number }[] = new Array(positions.length + 1);
  best[positions.length] = { total: 0, end: positions.length };
  for (let p = positions.length - 1; p >= 0; p -= 1) {
    best[p] = { total: Number.POSITIVE_INFINITY, end: positions.length };
    for (const option of options(p)) {
      const total = pageCost(option) + best[option.end]!.total;
      if (total < best[p]!.total) best[p] = { total, end: option.end };
    }
  }
  return readPages(items, positions, best);
}

/** Cards with short notes (or none) pair up two to a row, in order; one left alone has its
 * notes beside its slide. */
function groupRows(cards: CardBox[], geometry: HandoutGeometry): Item[] {
  const short = (i: number, share: number) =>
    i < cards.length && cards[i]!.halfNotes <= share * geometry.halfSlide;
  const items: Item[] = [];
  for (let i = 0; i < cards.length; i += 1) {
    if (short(i, SHORT_NOTES.row) && short(i + 1, SHORT_NOTES.row)) {
      items.push({ kind: 'row', cards: [i, i + 1] });
      i += 1;
    } else if (short(i, SHORT_NOTES.side)) items.push({ kind: 'side', card: i });
    else items.push({ kind: 'card', card: i, breaks: noteBreaks(cards[i]!) });
  }
  return items;
}

/** The pages the best path takes, each card's part numbered, and the breaks it cuts. */
function readPages(items: Item[], positions: Position[], best: { end: number }[]): HandoutLayout {
  const pages: Piece[][] = [];
  const cuts: HandoutLayout['cuts'] = [];
  const parts = new Map<number, number>();
  for (let p = 0; p < positions.length; p = best[p]!.end) {
    const start = positions[p]!;
    const stop = positions[best[p]!.end] ?? { item: items.length, after: -1 };
    const page: Piece[] = [];
    for (let i = start.item; i < stop.item || (i === stop.item && stop.after >= 0); i += 1) {
      const item = items[i]!;
      if (item.kind === 'row') page.push({ kind: 'row', cards: item.cards });
      else if (item.kind === 'side') page.push({ kind: 'side', card: item.card });
      else {
        page.push({ kind: 'card', card: item.card, part: parts.get(item.card) ?? 0 });
        if (i === stop.item) {
          const { unit, line } = item.breaks[stop.after]!;
          cuts.push({ card: item.card, unit, ...(line ? { line } : {}) });
          parts.set(item.card, (parts.get(item.card) ?? 0) + 1);
        }
      }
    }
    pages.push(page);
  }
  return { pages, cuts };
}
