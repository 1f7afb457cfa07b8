// Heights of a table's rows as the browser lays it out (auto table layout): the widths of
// its columns follow their content, and each row is as tall as its tallest cell.
import type { Table } from 'mdast';
import type { Font } from './metrics.js';
import type { Run, TextMeasure } from './text-measure.js';
import { runsOf, runText } from './text-runs.js';

/** Auto table layout: columns get their longest line if all fit, else a share by content. */
export function tableRowHeights(
  table: Table,
  width: number,
  font: Font,
  box: { padX: number; padY: number },
  measure: TextMeasure,
): number[] {
  const { padX, padY } = box;
  const lines = (runs: Run[], at: number) => measure.lines(runs, font.size, at);
  const rows = table.children.map((row, r) =>
    row.children.map((cell) => runsOf(cell.children, r === 0 ? 'semibold' : 'regular')),
  );
  const columns = Math.max(1, ...rows.map((cells) => cells.length));
  const widest = (runs: Run[]) => runText(runs).split('\n');
  const max = Array.from({ length: columns }, (_, c) =>
    Math.max(
      0,
      ...rows.map((cells) =>
        Math.max(...widest(cells[c] ?? []).map((l) => measure.width(l, 'regular', font.size))),
      ),
    ),
  );
  const min = Array.from({ length: columns }, (_, c) =>
    Math.max(
      0,
      ...rows.flatMap((cells) =>
        runText(cells[c] ?? [])
          .split(/\s+/)
          .map((w) => Math.min(measure.width(w, 'regular', font.size), width / columns)),
      ),
    ),
  );
  const room = width - columns * 2 * padX;
  const sumMax = max.reduce((a, b) => a + b, 0);
  const sumMin = min.reduce((a, b) => a + b, 0);
  const widths =
    sumMax <= room
      ? max.map((m) => m + (room - sumMax) / columns)
      : min.map((m, c) => m + ((room - sumMin) * (max[c]! - m)) / Math.max(1, sumMax - sumMin));
  return rows.map((cells) => {
    const tallest = Math.max(1, ...cells.map((runs, c) => lines(runs, Math.max(20, widths[c] ?? 100))));
    return tallest * font.size * font.line + 2 * padY + 1;
  });
}
