// The one cost that compares candidate slides for a part of the recap, in slides' worth:
// what a designer weighs when choosing between showing it all over several slides, showing
// its points on fewer, or setting it closer. Every weight is here, with why.
export const WEIGHTS = {
  /** Each slide asks for the audience's attention: the unit everything else is weighed in. */
  slide: 1,
  /** A slide left part empty looks unfinished: its unused share, squared, on every slide but
   * the last of a part (a part may end short; charging it would favour a candidate that cuts a
   * list mid-way to even its pages out, which this cost does not see). */
  emptiness: 0.6,
  /** Words moved from the slide to the notes: showing half a part's words costs as much as
   * 0.75 of a slide, so text is shortened where that saves a slide, not to tidy one. */
  hidden: 1.5,
  /** Running prose past the lines a reader takes in at a glance: a wall, per slide... */
  proseWall: 2,
  /** ...and more for every line past it. */
  proseLine: 0.25,
  /** A paragraph past a few lines beside a list or table on one slide: the eye reads the block
   * of text before it reaches the points (designers called 9–11 lines of paragraph and points a
   * wall), per slide, and per line past those few. */
  denseLead: 0.35,
  denseLine: 0.15,
  /** A lead-in at the foot of one slide and its list on the next. */
  leadInCut: 1,
  /** A continuation slide holding one item or row alone, mostly empty. */
  lonely: 1,
  /** Lines set closer than the deck's body text. */
  compact: 0.25,
  /** A continuation slide told apart only by a counter ("Voice Agents 3/4"), where the reader
   * cannot tell what it holds; pages that each open with the author's own label are titled by
   * it (page-label.ts) and pay nothing. */
  counted: 0.3,
  /** Parts that are parallel (labelled items, sibling sections) shown as one plain list,
   * where cards side by side would show their shape. */
  flat: 0.75,
} as const;

/** Lines of running prose (paragraphs, quotes) one slide holds before it is a wall: designers
 * reviewing the decks called seven lines of a paragraph one (a blind check-half pair review
 * preferred the decks set to this 4 to 2), and the estimate may be a line short. */
export const MAX_PROSE_LINES = 6;

/** Lines a paragraph beside a list or a table takes before the slide reads as dense. */
export const MAX_LEAD_LINES = 3;

/** What a candidate costs is read off these measures of its slides. */
export interface Measure {
  /** Share of each slide's room its content fills, in order. */
  fills: number[];
  /** Share of the part's characters the slides leave to the notes. */
  hiddenShare: number;
  /** Lines of running prose on each slide. */
  proseLines: number[];
  /** On each slide that also shows a list or a table, the lines of its longest paragraph. */
  leadLines?: number[];
  /** Slides that end by cutting a lead-in from its list. */
  leadInCuts: number;
  /** Continuation slides that hold one item, row or paragraph alone in under half their room. */
  lonely: number;
  /** Continuation slides titled only by a counter. */
  counted?: number;
  compact: boolean;
  /** The content has a shape (parallel labelled parts) that this candidate does not draw. */
  flat: boolean;
}

/** A slide's unused room, squared: what `emptiness` weighs (a little empty is fine, half is not). */
export function emptyShare(fill: number): number {
  return Math.max(0, 1 - Math.min(1, fill)) ** 2;
}

/** The share of a part's characters its slides leave to the notes. */
export function hiddenShare(shown: number, whole: number): number {
  return whole > 0 ? Math.max(0, 1 - shown / whole) : 0;
}

export function cost(m: Measure): number {
  const empty = m.fills.slice(0, -1).reduce((sum, fill) => sum + emptyShare(fill), 0);
  const walls = m.proseLines.reduce(
    (sum, lines) =>
      sum + (lines > MAX_PROSE_LINES ? WEIGHTS.proseWall + WEIGHTS.proseLine * (lines - MAX_PROSE_LINES) : 0),
    0,
  );
  const dense = (m.leadLines ?? []).reduce(
    (sum, lines) =>
      sum + (lines > MAX_LEAD_LINES ? WEIGHTS.denseLead + WEIGHTS.denseLine * (lines - MAX_LEAD_LINES) : 0),
    0,
  );
  return (
    WEIGHTS.slide * m.fills.length +
    WEIGHTS.emptiness * empty +
    WEIGHTS.hidden * m.hiddenShare +
    walls +
    dense +
    WEIGHTS.leadInCut * m.leadInCuts +
    WEIGHTS.lonely * m.lonely +
    WEIGHTS.counted * (m.counted ?? 0) +
    (m.compact ? WEIGHTS.compact : 0) +
    (m.flat ? WEIGHTS.flat : 0)
  );
}

/** The cost of slides drawn in a layout of their own (cards, a list of siblings): set at
 * their own size, with no running prose and nothing cut between them. */
export function drawnCost(fills: number[], hidden: number, flat: boolean): number {
  return cost({
    fills,
    hiddenShare: hidden,
    proseLines: fills.map(() => 0),
    leadInCuts: 0,
    lonely: 0,
    compact: false,
    flat,
  });
}
