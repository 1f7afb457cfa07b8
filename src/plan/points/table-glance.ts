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
  const cell = (row: TableRow, c: number) => row.children[c];
  const text = (row: TableRow, c: number) => {
    const found = cell(row, c);
    return found ? toString(found).trim() : '';
  };
  const drop = new Set<number>();
  const once = new Set<number>();
  for (let c = 0; c < width; c += 1) {
    const filled = rows.filter((row) => text(row, c) !== '');
    // Only links: the slide cannot follow them, the notes can.
    if (filled.length > 0 && filled.every((row) => onlyLinks(cell(row, c)!.children))) drop.add(c);
    // The same words as an earlier column on every row: said once.
    for (let k = 0; k < c && !drop.has(c); k += 1)
      if (!drop.has(k) && filled.length > 0 && rows.every((row) => text(row, c) === text(row, k)))
        drop.add(c);
    // One value in words on every row (not the column that names the rows): said once, above the
    // table. (A column of one mark, every task ✅, stays: "Status: ✅" says nothing as a line.)
    if (c > 0 && !drop.has(c) && rows.length >= SAME_ROWS && filled.length === rows.length)
      if (/\p{L}{2,}/u.test(text(rows[0]!, c)) && rows.every((row) => text(row, c) === text(rows[0]!, c))) {
        drop.add(c);
        once.add(c);
      }
  }
  // Paragraphs in cells go to the notes where another column still says what each row is.
  const average = (c: number) => rows.reduce((n, row) => n + text(row, c).length, 0) / rows.length;
  const wordy = (c: number) => /\p{L}{3,}/u.test(rows.map((row) => text(row, c)).join(' '));
  const columns = [...Array(width).keys()].filter((c) => !drop.has(c));
  const prose = columns.filter((c) => average(c) > PROSE_CELL);
  // (A row's name comes before what is said of it: a column left of the paragraphs.)
  const names = columns.filter(
    (c) => c < Math.min(...prose) && wordy(c) && average(c) >= NAME_CELL[0] && average(c) <= NAME_CELL[1],
  );
  if (prose.length > 0 && names.length > 0) for (const c of prose) drop.add(c);
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
