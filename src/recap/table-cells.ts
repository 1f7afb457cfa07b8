// Tables as authors really write them: lists kept inside a cell with `<br>`, `&emsp;`,
// `-` and `+`, or run together on the cell's one line (`* a. * b.`), become bullet lines
// (one mdast `break` between lines), blank lines inside a cell go, and cells beyond the
// header's width are kept by widening the header.
import type { PhrasingContent, Root, TableCell } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { breakLines, bullet, unbulleted } from './phrasing.js';

/** Spaces an author indents with inside a cell: em, en and no-break spaces, tabs. */
const INDENT = /^[ \t\u00a0\u2002\u2003]+/;
const MARKER = /^[-+*•◦▪–]\s+/;

export function tidyTables(tree: Root, warnings: VFile): void {
  visit(tree, 'table', (table) => {
    const [header, ...rows] = table.children;
    if (!header) return;
    const widest = Math.max(...table.children.map((row) => row.children.length));
    if (widest > header.children.length) {
      const extra = rows.find((row) => row.children.length > header.children.length)!;
      warnings.message(
        `a row has ${widest} cells, the header ${header.children.length}; ` +
          'the extra cells are kept under an empty heading',
        extra.position?.start,
      );
      while (header.children.length < widest) header.children.push({ type: 'tableCell', children: [] });
      table.align = [...(table.align ?? []), ...Array(widest - (table.align?.length ?? 0)).fill(null)];
    }
    for (const row of table.children) for (const cell of row.children) cell.children = cellLines(cell);
  });
}

/** Items a table's one line ran together ("* Flexible. * Fault tolerant."): each marker after
 * the first opens a line of its own. */
const INLINE_ITEM = /\s+(?=[*•]\s+\S)/u;

/** A cell that opens with a list marker and holds more than one: a list the table's one-line
 * rows flattened, its items back on lines of their own. */
function unflattened(children: PhrasingContent[]): PhrasingContent[] {
  const [first] = children;
  const markers = children.reduce(
    (n, c) => n + (c.type === 'text' ? (c.value.match(/(?:^|\s)[*•]\s+\S/gu) ?? []).length : 0),
    0,
  );
  if (first?.type !== 'text' || !/^\s*[*•]\s/u.test(first.value) || markers < 2) return children;
  return children.flatMap((child): PhrasingContent[] =>
    child.type !== 'text'
      ? [child]
      : child.value
          .split(INLINE_ITEM)
          .flatMap((part, i) => [...(i > 0 ? [{ type: 'break' as const }] : []), { ...child, value: part }]),
  );
}

/** The cell as lines: list markers turned into bullets, indentation into depth. */
function cellLines(cell: TableCell): PhrasingContent[] {
  const kept = breakLines(unflattened(cell.children))
    .map(tidyLine)
    .filter((line) => line.length > 0);
  // One line: the cell stays as written, apart from its outer spaces, and a list marker before
  // it ("- **Participate in…**") goes: a bullet marks one line of several.
  if (kept.length <= 1) return unbulleted(kept[0] ?? []);
  return kept.flatMap((line, i) => (i === 0 ? line : [{ type: 'break' as const }, ...line]));
}

function tidyLine(line: PhrasingContent[]): PhrasingContent[] {
  const out = [...line];
  const first = out[0];
  if (first?.type === 'text') {
    const indent = INDENT.exec(first.value)?.[0] ?? '';
    let rest = first.value.slice(indent.length);
    const marker = MARKER.exec(rest)?.[0];
    const wide = [...indent].filter((c) => c !== ' ').length;
    const depth = Math.min(2, wide > 0 ? wide : Math.floor(indent.length / 2));
    if (marker) rest = rest.slice(marker.length);
    const lead = marker ? [bullet(depth)] : [];
    out.splice(0, 1, ...lead, ...(rest ? [{ ...first, value: rest }] : []));
  }
  const last = out[out.length - 1];
  if (last?.type === 'text') {
    const value = last.value.replace(/\s+$/, '');
    if (value) out[out.length - 1] = { ...last, value };
    else out.pop();
  }
  const blank = out.every((c) => c.type === 'text' && c.value.trim() === '');
  return blank ? [] : out;
}
