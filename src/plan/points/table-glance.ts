// What a table shows at a glance: a column of nothing but links (a worklog's "References")
// is for the notes, a column that says on every row what the one before it says (a start
// date equal to the end date) is said once, a column that says the same on every row (one venue
// for every event) is said once above the table, and columns of paragraphs beside a column that
// names each row (a programme's "What I noted" beside its sessions) are read in the notes.
// The notes keep every cell.
import type { PhrasingContent, Table, TableCell, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';

export interface Glance {
  /** The table as the slide shows it. */
  shown: Table;
  /** Per body row, the cells left out, each under its column's header. */
  dropped: { header: string; cell: TableCell }[][];
  /** Columns with one value on every row, to say once: the header and the first row's cell. */
  once: { header: string; cell: TableCell }[];
}

/** A table keeps at least this many columns. */
const MIN_COLUMNS = 2;
/** A column the same on this many rows or more tells them nothing apart. */
const SAME_ROWS = 3;
/** A column whose cells average this many characters holds paragraphs, not facts... */
const PROSE_CELL = 120;
/** ...and one whose cells average between these names its rows (a title, a topic). */
const NAME_CELL = [8, 80] as const;

export function glanceTable(table: Table): Glance {
  const [header, ...rows] = table.children;
  const width = Math.max(0, ...table.children.map((row) => row.children.length));
  if (!header || rows.length === 0 || width <= MIN_COLUMNS)
    return { shown: table, dropped: rows.map(() => []), once: [] };
  // (In the order found: the dropped cells of a row are listed so in the notes.)
  const drop = new Set<number>();
  const once = new Set<number>();
  for (let c = 0; c < width; c += 1) {
    const fate = columnFate(rows, c, drop);
    if (fate) drop.add(c);
    if (fate === 'once') once.add(c);
  }
  for (const c of proseColumns(rows, width, drop)) drop.add(c);
  if (drop.size === 0 || width - drop.size < MIN_COLUMNS)
    return { shown: table, dropped: rows.map(() => []), once: [] };
  const keep = (row: TableRow): TableRow => ({
    ...row,
    children: row.children.filter((_, c) => !drop.has(c)),
  });
  const shown: Table = {
    ...table,
    ...(table.align ? { align: table.align.filter((_, c) => !drop.has(c)) } : {}),
    children: table.children.map(keep),
  };
  const dropped = rows.map((row) =>
    [...drop]
      .filter((c) => text(row, c) !== '')
      .map((c) => ({ header: text(header, c), cell: cell(row, c)! })),
  );
  return {
    shown,
    dropped,
    once: [...once].map((c) => ({ header: text(header, c), cell: cell(rows[0]!, c)! })),
  };
}

function cell(row: TableRow, c: number): TableCell | undefined {
  return row.children[c];
}

function text(row: TableRow, c: number): string {
  const found = cell(row, c);
  return found ? toString(found).trim() : '';
}

/** Whether column `c` leaves the slide for the notes, or is said once above the table, given the
 * columns before it already dropped. */
function columnFate(rows: TableRow[], c: number, drop: Set<number>): 'notes' | 'once' | undefined {
  const filled = rows.filter((row) => text(row, c) !== '');
  if (filled.length === 0) return undefined;
  // Only links: the slide cannot follow them, the notes can.
  if (filled.every((row) => onlyLinks(cell(row, c)!.children))) return 'notes';
  // The same words as an earlier column on every row: said once.
  for (let k = 0; k < c; k += 1)
    if (!drop.has(k) && rows.every((row) => text(row, c) === text(row, k))) return 'notes';
  // One value in words on every row (not the column that names the rows): said once, above the
  // table. (A column of one mark, every task ✅, stays: "Status: ✅" says nothing as a line.)
  if (c === 0 || rows.length < SAME_ROWS || filled.length !== rows.length) return undefined;
  const first = text(rows[0]!, c);
  return /\p{L}{2,}/u.test(first) && rows.every((row) => text(row, c) === first) ? 'once' : undefined;
}

/** Paragraphs in cells go to the notes where another column still says what each row is. */
function proseColumns(rows: TableRow[], width: number, drop: Set<number>): number[] {
  const average = (c: number) => rows.reduce((n, row) => n + text(row, c).length, 0) / rows.length;
  const wordy = (c: number) => /\p{L}{3,}/u.test(rows.map((row) => text(row, c)).join(' '));
  const columns = [...Array(width).keys()].filter((c) => !drop.has(c));
  const prose = columns.filter((c) => average(c) > PROSE_CELL);
  // (A row's name comes before what is said of it: a column left of the paragraphs.)
  const names = columns.filter(
    (c) => c < Math.min(...prose) && wordy(c) && average(c) >= NAME_CELL[0] && average(c) <= NAME_CELL[1],
  );
  return names.length > 0 ? prose : [];
}

/** A cell of links and the marks between them, no other words. */
function onlyLinks(children: PhrasingContent[]): boolean {
  let links = 0;
  const rest = children
    .map((child) => {
      if (child.type === 'link' || child.type === 'linkReference') {
        links += 1;
        return '';
      }
      return toString(child);
    })
    .join('');
  return links > 0 && /^[\s,;|•·-]*$/u.test(rest);
}
