// A table as pieces a slide may be split between: its rows, under a header repeated on
// every page. A table too wide for the slide is split by columns first, each part keeping
// the first column; a cell too long is shortened, its full text kept for the notes.
import type { Paragraph, PhrasingContent, RootContent, Table, TableCell, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Layout } from '../../model/deck.js';
import { glanceTable } from '../points/table-glance.js';
import type { Estimator } from '../measure/estimate.js';
import type { Unit } from './types.js';
import { shortenCells } from './short-cells.js';

/** Longest text a cell shows on a slide, scaled by how hard the planner condenses. */
const CELL_LIMIT = 120;
/** The widest a single word makes a column; longer ones (links) break inside. */
const LONG_WORD = 160;
/** Most columns one table shows (the theme has a width rule for each, div.cols + table). */
const MAX_COLUMNS = 10;
/** A table of this many rows or fewer is kept whole when it fits. */
const WHOLE_ROWS = 8;

export function tableUnits(
  table: Table,
  layout: Layout,
  est: Estimator,
  options: { roomy: boolean; condense: number; compact?: boolean },
): Unit[] {
  const { roomy, compact } = options;
  const units: Unit[] = [];
  // Columns of links only, or repeating the one before, are left to the notes (table-glance.ts).
  const glance = glanceTable(table);
  // What every row shares is said once, above the table, leading into it.
  if (glance.once.length > 0) {
    const line = onceLine(glance.once);
    units.push({
      display: line,
      original: line,
      height: est.blockHeight(line, layout, { roomy }),
      keepWithNext: true,
    });
  }
  for (const [p, part] of columnParts(glance.shown, est, layout).entries()) {
    const cut = shortenCells(part, CELL_LIMIT * options.condense);
    const { columns, heights } = est.tableLayout(cut, est.layoutWidth(layout), {
      roomy,
      ...(compact ? { compact } : {}),
    });
    // Every page of the table keeps the same column widths.
    const shortened: Table = { ...cut, data: { ...cut.data, columns } };
    const [header, ...rows] = shortened.children;
    const headerPx = empty(header!) ? 0 : heights[0]!;
    const repeatPx = headerPx + est.metrics.gap.block;
    const keep = rows.length <= WHOLE_ROWS ? { keepTogether: true } : {};
    rows.forEach((row, i) => {
      const display: Table = { ...shortened, children: [header!, row] };
      const original: Table = { ...part, children: [part.children[0]!, part.children[i + 1]!] };
      // The first row carries the header and the table's margin.
      const height = heights[i + 1]! + (i === 0 ? repeatPx : 0);
      const left =
        p === 0
          ? leftCells(toString(row.children[0] ?? { type: 'text', value: '' }), glance.dropped[i] ?? [])
          : [];
      const notes = [...fullCells(part.children[0]!, part.children[i + 1]!, row), ...left];
      units.push({
        display,
        original,
        height,
        group: shortened,
        repeatPx,
        ...keep,
        // Each set of columns is a slide of its own.
        ...(p > 0 && i === 0 ? { breakBefore: true } : {}),
        ...(notes.length ? { notes } : {}),
      });
    });
  }
  return units;
}

/** "**Địa điểm:** Bitexco · **Vai trò:** Người tham dự": each shared column's header and value. */
function onceLine(columns: { header: string; cell: TableCell }[]): Paragraph {
  const children = columns.flatMap(({ header, cell }, i): PhrasingContent[] => [
    ...(i > 0 ? [{ type: 'text' as const, value: ' · ' }] : []),
    ...(header
      ? [{ type: 'strong' as const, children: [{ type: 'text' as const, value: `${header}:` }] }]
      : []),
    ...(header ? [{ type: 'text' as const, value: ' ' }] : []),
    ...cell.children,
  ]);
  return { type: 'paragraph', children };
}

/** The cells of a row the slide leaves out, for the notes: one line after the row's first
 * cell, each under its column's header, links kept. */
function leftCells(key: string, cells: { header: string; cell: TableCell }[]): RootContent[] {
  if (cells.length === 0) return [];
  const lead = key.trim() ? [{ type: 'text' as const, value: `${key.trim()} — ` }] : [];
  const children: PhrasingContent[] = [
    ...lead,
    ...cells.flatMap(({ header, cell }, k) => [
      ...(k > 0 ? [{ type: 'text' as const, value: ' · ' }] : []),
      ...(header ? [{ type: 'text' as const, value: `${header}: ` }] : []),
      ...cell.children,
    ]),
  ];
  return [{ type: 'paragraph', children }];
}

/** Column groups that fit the slide: the first column, then as many others as fit beside it. */
function columnParts(table: Table, est: Estimator, layout: Layout): Table[] {
  const columns = Math.max(...table.children.map((row) => row.children.length));
  const width = est.layoutWidth(layout);
  const { size } = est.metrics.text.table;
  const pad = 2 * est.metrics.cell.padX;
  // The narrowest a column can be: its longest word.
  const narrowest = Array.from(
    { length: columns },
    (_, c) =>
      Math.max(
        40,
        ...table.children.flatMap((row) =>
          toString(row.children[c] ?? { type: 'tableCell', children: [] })
            .split(/\s+/)
            // A long word (a link) breaks where the cell ends: it asks for no more than this.
            .map((w) => Math.min(LONG_WORD, est.textWidth(w, { size, line: 1 }))),
        ),
      ) + pad,
  );
  const fits = (cols: number[]) =>
    cols.length <= MAX_COLUMNS && cols.reduce((sum, c) => sum + narrowest[c]!, 0) <= width;
  const others = Array.from({ length: columns - 1 }, (_, c) => c + 1);
  if (fits([0, ...others])) return [table];
  // The fewest even groups that fit, each led by the first column.
  let groups: number[][] = [];
  for (let count = 2; count <= others.length; count += 1) {
    const size = Math.ceil(others.length / count);
    groups = Array.from({ length: count }, (_, g) => [0, ...others.slice(g * size, (g + 1) * size)]).filter(
      (g) => g.length > 1,
    );
    if (groups.every(fits)) break;
  }
  return groups.map((cols) => ({
    ...table,
    align: cols.map((c) => table.align?.[c] ?? null),
    children: table.children.map((row) => ({
      ...row,
      children: cols.map((c) => row.children[c] ?? { type: 'tableCell', children: [] }),
    })),
  }));
}

/** "Header: full text" for each cell a row shows shortened, as one paragraph for the notes. */
function fullCells(header: TableRow, row: TableRow, shown: TableRow): RootContent[] {
  const parts: PhrasingContent[] = [];
  row.children.forEach((cell, c) => {
    if (toString(cell) === toString(shown.children[c] ?? cell)) return;
    const label = toString(header.children[c] ?? { type: 'tableCell', children: [] }).trim();
    if (parts.length > 0) parts.push({ type: 'break' });
    parts.push({ type: 'text', value: label ? `${label}: ` : '' }, ...(cell.children as PhrasingContent[]));
  });
  return parts.length > 0 ? [{ type: 'paragraph', children: parts }] : [];
}

function empty(row: TableRow): boolean {
  return row.children.every((cell) => toString(cell).trim() === '');
}
