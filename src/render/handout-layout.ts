// Pages the handout from measured heights. Cards keep deck order; each is set in full (the
// slide above its notes), or, when its notes are short, beside its slide or two to a row at
// half width; long notes continue on the next page at a clean break (a slide keeps at least
// the first lines of its notes). All pages are chosen at once (dynamic programming over
// positions in the notes): no page but the last more than a third blank, then fewest pages,
// then fewest and least awkward breaks and forms.
import { noteBreaks } from './handout-breaks.js';
import type { CardBox, HandoutGeometry, HandoutLayout } from './handout-measures.js';
import { type Option, readPages, type Step } from './handout-pages.js';

/** Shares of a slide's height at half width: cards whose notes (at that width) are no taller
 * may go two to a row, or one with its notes beside its slide, if the slide stays readable
 * there (no more than LIGHT_SLIDE characters: a title, a divider, a picture, a short agenda). */
const SHORT_NOTES = { row: 0.6, side: 1.25 };
const LIGHT_SLIDE = 160;
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
  /** A card with short notes set in full, or beside its slide, rather than in a row. */
  full: 20,
  side: 5,
};

/** A page start: a card's start (after = -1), or its notes after one of its breaks. */
interface Position {
  card: number;
  after: number;
}

/** A page as filled so far: the height it uses, its cost, its pieces. */
interface Fill {
  used: number;
  cost: number;
  pieces: Step[];
}

/** A piece to put on a page, the card the page goes on from after it, and its cost. */
interface Move {
  step: Step;
  next: number;
  extra: number;
}

export function layoutHandout(cards: CardBox[], geometry: HandoutGeometry): HandoutLayout {
  const breaks = cards.map(noteBreaks);
  const positions: Position[] = cards.flatMap((_, c) => [
    { card: c, after: -1 },
    ...breaks[c]!.map((_, b) => ({ card: c, after: b })),
  ]);
  // A card's positions follow each other: its start, then one after each break.
  const firsts = cards.map((_, c) => positions.findIndex((p) => p.card === c));
  const indexOf = (card: number, after: number) =>
    card >= cards.length ? positions.length : firsts[card]! + 1 + after;
  const short = (c: number, share: number) =>
    c < cards.length &&
    cards[c]!.slideText <= LIGHT_SLIDE &&
    cards[c]!.halfNotes <= share * geometry.halfSlide;

  /** A card in full from a break (or its start, -1) to a break (or its end). */
  const fullHeight = (c: number, from: number, to: number): number => {
    const card = cards[c]!;
    const top = from < 0 ? 0 : breaks[c]![from]!.start - geometry.contTop;
    const endPad = card.height - (card.units.at(-1)?.bottom ?? card.height);
    return (to >= breaks[c]!.length ? card.height : breaks[c]![to]!.end + endPad) - top;
  };
  const notesHeight = (c: number, from: number, to: number): number => {
    const units = cards[c]!.units;
    const top = from < 0 ? units[0]!.top : breaks[c]![from]!.start;
    return (to >= breaks[c]!.length ? units.at(-1)!.bottom : breaks[c]![to]!.end) - top;
  };
  const breakCost = (c: number, from: number, to: number): number =>
    (breaks[c]![to]!.line ? COST.line : COST.unit) +
    (Math.min(notesHeight(c, from, to), notesHeight(c, to, breaks[c]!.length)) < geometry.shortPiece
      ? COST.short
      : 0);
  const heightOf = (step: Step): number => {
    if (step.kind === 'card') return fullHeight(step.card, step.from, step.to);
    if (step.kind === 'side') return Math.max(geometry.halfSlide, cards[step.card]!.halfNotes);
    return Math.max(...step.cards.map((c) => cards[c]!.half));
  };

  /** What may follow a position, up to a card's end: the card in full from there; from its
   * start, with short notes, also the card beside its slide, or it and the next in a row. */
  const moves = (c: number, after: number): Move[] => {
    const side = short(c, SHORT_NOTES.side);
    const full: Move = {
      step: { kind: 'card', card: c, from: after, to: Number.MAX_SAFE_INTEGER },
      next: c + 1,
      extra: after < 0 && side ? COST.full : 0,
    };
    if (after >= 0) return [full];
    const found = [full];
    if (side) found.push({ step: { kind: 'side', card: c }, next: c + 1, extra: COST.side });
    if (short(c, SHORT_NOTES.row) && short(c + 1, SHORT_NOTES.row))
      found.push({ step: { kind: 'row', cards: [c, c + 1] }, next: c + 2, extra: 0 });
    return found;
  };

  const pageCost = (used: number, last: boolean, cost: number): number => {
    const blank = 1 - used / geometry.page;
    const overflow = used > geometry.page ? COST.overflow : 0;
    if (last) return COST.page + cost + overflow;
    return COST.page + cost + overflow + (blank > MAX_BLANK ? COST.blank : 0) + COST.fill * blank * blank;
  };

  /** The cheapest way to fill a page from a position to each position it can reach. */
  const options = (start: number): Map<number, Option> => {
    const found = new Map<number, Option>();
    const offer = (end: number, used: number, cost: number, pieces: Step[]) => {
      const total = pageCost(used, end === positions.length, cost);
      if (total < (found.get(end)?.cost ?? Number.POSITIVE_INFINITY))
        found.set(end, { end, cost: total, used, pieces });
    };
    /** Adds a piece to a page so far (its `used` counting the gap above the piece): offers the
     * page ending there, and fills it on from card `next` while there is room. */
    const place = (so: Fill, { step, next, extra }: Move) => {
      const total = so.used + heightOf(step);
      // Nothing fits: the first piece gets a page of its own and runs over.
      if (total > geometry.page && so.pieces.length > 0) return;
      offer(indexOf(next, -1), total, so.cost + extra, [...so.pieces, step]);
      if (total <= geometry.page) walk(next, -1, total, so.cost + extra, [...so.pieces, step]);
    };
    /** Pages that end at one of a card's breaks, after its notes from `after`. */
    const offerBreaks = (so: Fill, c: number, after: number) => {
      for (let b = after + 1; b < breaks[c]!.length; b += 1) {
        const step: Step = { kind: 'card', card: c, from: after, to: b };
        const total = so.used + heightOf(step);
        if (total > geometry.page && so.pieces.length > 0) break;
        offer(indexOf(c, b), total, so.cost + breakCost(c, after, b), [...so.pieces, step]);
        if (total > geometry.page) break;
      }
    };
    const walk = (c: number, after: number, used: number, cost: number, pieces: Step[]): void => {
      if (c >= cards.length) return;
      const so: Fill = { used: used + (pieces.length > 0 ? geometry.gap : 0), cost, pieces };
      offerBreaks(so, c, after);
      for (const move of moves(c, after)) place(so, move);
    };
    const { card, after } = positions[start]!;
    walk(card, after, 0, 0, []);
    return found;
  };

  // The best pages from each position to the end, found from the end.
  const best: { total: number; option?: Option }[] = new Array(positions.length + 1);
  best[positions.length] = { total: 0 };
  for (let p = positions.length - 1; p >= 0; p -= 1) {
    best[p] = { total: Number.POSITIVE_INFINITY };
    for (const option of options(p).values()) {
      const total = option.cost + best[option.end]!.total;
      if (total < best[p]!.total) best[p] = { total, option };
    }
  }
  return readPages(best, breaks, positions.length);
}
