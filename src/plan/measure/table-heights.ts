// A table's column widths and row heights. The planner chooses the widths (the renderer
// fixes them, so every page of a split table keeps the same columns): each column starts
// at its longest word, and the rest of the width goes where it saves the most lines.
import type { Table } from 'mdast';
import type { Font } from './metrics.js';
import type { Run, TextMeasure } from './text-measure.js';
import { runsOf } from './text-runs.js';

export interface TableLayout {
  /** Each column's share of the table's width (with its padding); they sum to 1. */
  columns: number[];
  /** Each row's height in px, the header first. */
  heights: number[];
}

/** Width handed out per step while the rest of the room is shared (a fraction of it). */
const STEPS = 40;

export function tableLayout(
  table: Table,
  width: number,
  font: Font,
  box: { padX: number; padY: number },
  measure: TextMeasure,
): TableLayout {
  const { padX, padY } = box;
  const rows = table.children.map((row, r) =>
    row.children.map((cell) => runsOf(cell.children, r === 0 ? 'semibold' : 'regular')),
  );
  const count = Math.max(1, ...rows.map((cells) => cells.length));
  const room = Math.max(count * 20, width - count * 2 * padX);
  // Each piece in the face it is set in: the header row semibold, a bold label in a cell bold
  // (its words are wider than the same words in the regular face). Half a pixel per piece for
  // the browser's rounding.
  const size = (run: Run, text: string) => measure.width(text, run.face, font.size * (run.scale ?? 1)) + 0.5;
  const column = (c: number) => rows.map((cells) => cells[c] ?? []);
  const max = Array.from({ length: count }, (_, c) =>
    Math.max(1, ...column(c).flatMap((runs) => lineWidths(runs, size))),
  );
  // A link breaks after a slash before a letter (a date does not). A longer piece breaks
  // inside: it asks for no more than an even share of the room (or 30% of it, if more).
  const cap = Math.max(room / count, room * 0.3);
  const min = Array.from({ length: count }, (_, c) =>
    Math.max(
      1,
      ...column(c).flatMap((runs) =>
        runs.flatMap((run) =>
          run.text.split(/\s+|(?<=\/)(?=\p{L})/u).map((w) => Math.min(size(run, w), cap)),
        ),
      ),
    ),
  );
  const lines = (c: number, at: number) => rows.map((cells) => measure.lines(cells[c] ?? [], font.size, at));
  const widths = share(room, min, max, lines);
  const perColumn = widths.map((w, c) => lines(c, Math.max(20, w)));
  const heights = rows.map((_, r) => {
    const tallest = Math.max(1, ...perColumn.map((column) => column[r]!));
    return tallest * font.size * font.line + 2 * padY + 1;
  });
  const columns = widths.map((w) => (w + 2 * padX) / (room + count * 2 * padX));
  return { columns, heights };
}

/** Widths that fit `room`: every column its longest line when all fit; else each its longest
 * word, then the rest in steps to the column where a step saves the most lines. */
function share(
  room: number,
  min: number[],
  max: number[],
  lines: (c: number, at: number) => number[],
): number[] {
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  if (sum(max) <= room) return max.map((m) => m + ((room - sum(max)) * m) / sum(max));
  if (sum(min) >= room) return min.map((m) => (m * room) / sum(min));
  const widths = [...min];
  // Lines the rows take; then, a hundredth as much, lines the cells take (a step that saves
  // no row yet may shorten a wrapped link on the way to saving one).
  const rowTotal = (columns: number[][]) =>
    sum(columns[0]!.map((_, r) => Math.max(...columns.map((column) => column[r]!)))) +
    sum(columns.map(sum)) / 100;
  const current = widths.map((w, c) => lines(c, w));
  const step = (room - sum(min)) / STEPS;
  let rest = room - sum(min);
  while (rest > 0.5) {
    const before = rowTotal(current);
    let best = { column: -1, given: 0, rate: 0, lines: [] as number[] };
    for (let c = 0; c < widths.length; c += 1) {
      // A line is saved only once a cell's longest line fits: look a few steps ahead.
      for (const k of [1, 2, 4, 8, 16]) {
        const given = Math.min(k * step, rest, max[c]! - widths[c]!);
        if (given <= 0) break;
        const tried = lines(c, widths[c]! + given);
        const rate = (before - rowTotal(current.map((column, j) => (j === c ? tried : column)))) / given;
        if (rate > best.rate) best = { column: c, given, rate, lines: tried };
        if (given < k * step) break;
      }
    }
    // No step saves a line: what is left goes to each column by how much it still wants.
    if (best.column === -1) return spread(widths, max, rest);
    widths[best.column]! += best.given;
    current[best.column] = best.lines;
    rest -= best.given;
  }
  return widths;
}

function spread(widths: number[], max: number[], rest: number): number[] {
  const wants = widths.map((w, c) => Math.max(0, max[c]! - w));
  const total = wants.reduce((a, b) => a + b, 0);
  return widths.map((w, c) => w + (total > 0 ? (rest * wants[c]!) / total : rest / widths.length));
}

/** The width of each line of a cell (its runs up to each line break), every run in its face. */
function lineWidths(runs: Run[], size: (run: Run, text: string) => number): number[] {
  const widths = [0];
  for (const run of runs)
    run.text.split('\n').forEach((piece, i) => {
      if (i > 0) widths.push(0);
      widths[widths.length - 1]! += piece ? size(run, piece) : 0;
    });
  return widths;
}
