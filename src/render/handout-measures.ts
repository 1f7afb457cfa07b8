// What the browser measures of the handout's cards (CSS pixels), and the pages made of them.

/** One unit of a card's notes (a block or a list item), measured from the card's top. */
export interface UnitBox {
  top: number;
  bottom: number;
  /** A part's label: the notes never break right after it. */
  keep: boolean;
  /** A unit of running text: where each of its lines ends and the next begins (one fewer
   * than its lines). Absent for units that never split (a list, a table, code). */
  lines?: number[];
}

export interface CardBox {
  /** The card at full width: the slide above all its notes. */
  height: number;
  units: UnitBox[];
  /** The card at half width (two to a row), and its notes alone at that width. */
  half: number;
  halfNotes: number;
  /** Characters of text the slide shows (header and footer aside): a slide with few stays
   * readable at half width. */
  slideText: number;
}

export interface HandoutGeometry {
  /** The printable height of a page. */
  page: number;
  /** Space between cards and rows. */
  gap: number;
  /** A continued card: from its top to its first line of notes. */
  contTop: number;
  /** A slide's height at half width. */
  halfSlide: number;
  /** Notes pieces lower than this (about two lines) read as stranded. */
  shortPiece: number;
}

/** Where a card's notes may break: after a unit, or inside it after one of its lines. */
export interface NoteBreak {
  unit: number;
  /** Lines of the unit above the break (from 1); absent between units. */
  line?: number;
  /** Where the notes above the break end, and where those below it start. */
  end: number;
  start: number;
}

/** What a page holds, top to bottom: a part of a card (part 0 is its slide and the first of
 * its notes; later parts continue its notes), a card with its notes beside its slide, or a
 * row of two cards at half width. */
export type Piece =
  | { kind: 'card'; card: number; part: number }
  | { kind: 'side'; card: number }
  | { kind: 'row'; cards: number[] };

export interface HandoutLayout {
  pages: Piece[][];
  /** The height each page's pieces take, as measured. */
  heights: number[];
  /** The breaks taken, per card, in reading order. */
  cuts: { card: number; unit: number; line?: number }[];
}
