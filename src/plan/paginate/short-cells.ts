// A table's cells within a length a slide shows: a cell's labelled lines by their labels, any
// other cell cut at a clause; the planner keeps each cell's whole text for the notes.
import type { PhrasingContent, Table, TableCell } from 'mdast';
import { breakLines, isBullet, unbulleted } from '../../recap/phrasing.js';
import { shorten } from '../points/shorten.js';
import { pageLabel } from '../titles/page-label.js';

/** The table with every body cell within `limit` characters (the header row as it is). */
export function shortenCells(table: Table, limit: number): Table {
  return {
    ...table,
    children: table.children.map((row, r) => ({
      ...row,
      children: row.children.map((cell) => {
        const short = r > 0 ? shortCell(cell.children as PhrasingContent[], limit) : undefined;
        // (Shortened to one line of its list, a cell shows it without its bullet.)
        return short ? { ...cell, children: unbulleted(short) as TableCell['children'] } : cell;
      }),
    })),
  };
}

/** A cell's text within `limit`: where every line opens with the author's bold label ("**Fix
 * CORS:** …"), its labels, each line named whole, where a cut would show the first line and drop
 * the rest; else its text shortened at a clause (shorten.ts). Undefined when it fits whole. */
function shortCell(children: PhrasingContent[], limit: number): PhrasingContent[] | undefined {
  const short = shorten(children, limit);
  if (!short) return undefined;
  const lines = breakLines(children).filter((line) => line.length > 0);
  const labels = lines.map((line) => pageLabel([{ type: 'paragraph', children: withoutBullet(line) }]));
  if (!labels.every((label): label is string => label !== undefined)) return short;
  // (Each line keeps its bullet, if it had one: they are the cell's list, named.)
  return lines.flatMap((line, i): PhrasingContent[] => [
    ...(i > 0 ? [{ type: 'break' as const }] : []),
    ...line.slice(0, line.length - withoutBullet(line).length),
    { type: 'text', value: labels[i]! },
  ]);
}

/** A line without the bullet a list item in a cell starts with (recap/phrasing.ts `bullet`). */
function withoutBullet(line: PhrasingContent[]): PhrasingContent[] {
  return line[0] && isBullet(line[0]) ? line.slice(1) : line;
}
