// The handout's pages as the layout (handout-layout.ts) builds them, piece by piece, and as
// they are handed on: each card's parts numbered, and the breaks the pages cut.
import type { HandoutLayout, NoteBreak, Piece } from './handout-measures.js';

/** A piece as the layout builds it: a card in full from a break (or its start) to a break (or its end). */
export type Step =
  | { kind: 'card'; card: number; from: number; to: number }
  | { kind: 'side'; card: number }
  | { kind: 'row'; cards: [number, number] };

/** A page from a position: where the next page starts, its cost, the height it uses, its pieces. */
export interface Option {
  end: number;
  cost: number;
  used: number;
  pieces: Step[];
}

/** The pages the best path takes, each card's parts numbered, and the breaks it cuts. */
export function readPages(best: { option?: Option }[], breaks: NoteBreak[][], end: number): HandoutLayout {
  const pages: Piece[][] = [];
  const heights: number[] = [];
  const cuts: HandoutLayout['cuts'] = [];
  const parts = new Map<number, number>();
  for (let p = 0; p < end; p = best[p]!.option!.end) {
    heights.push(best[p]!.option!.used);
    pages.push(
      best[p]!.option!.pieces.map((step): Piece => {
        if (step.kind !== 'card') return step;
        const part = parts.get(step.card) ?? 0;
        const cut = breaks[step.card]![step.to];
        if (cut) {
          cuts.push({ card: step.card, unit: cut.unit, ...(cut.line ? { line: cut.line } : {}) });
          parts.set(step.card, part + 1);
        }
        return { kind: 'card', card: step.card, part };
      }),
    );
  }
  return { pages, heights, cuts };
}
