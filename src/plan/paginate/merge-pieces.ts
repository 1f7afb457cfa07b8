// A page's units merged back into blocks: the pieces of one list, table, code block or
// paragraph that the page holds are one block again, on the side shown or the recap's own.
import type { Code, Paragraph, RootContent, Table } from 'mdast';
import { type ListUnit, mergeList } from './list-units.js';
import type { Unit } from './types.js';

export function mergePieces(units: Unit[], side: 'display' | 'original'): RootContent[] {
  const out: RootContent[] = [];
  for (let i = 0; i < units.length; ) {
    const unit = units[i]!;
    let end = i + 1;
    while (unit.group && end < units.length && units[end]!.group === unit.group) end += 1;
    const run = units.slice(i, end);
    out.push(...mergeRun(run, side));
    // What the notes say besides the recap's blocks (a shortened cell's full text) follows them.
    if (side === 'original') out.push(...run.flatMap((u) => u.notes ?? []));
    i = end;
  }
  return out;
}

/** One run of units: the pieces of one block as that block again, or units as they stand. */
function mergeRun(run: Unit[], side: 'display' | 'original'): RootContent[] {
  const unit = run[0]!;
  if (unit.group && unit.display.type === 'list') return [mergeList(run as ListUnit[], side)];
  if (unit.group?.type === 'code' && unit[side].type === 'code')
    return [{ ...unit.group, value: run.map((u) => (u[side] as Code).value).join('\n') }];
  if (unit.group?.type === 'paragraph' && unit[side].type === 'paragraph')
    return [
      {
        ...unit.group,
        children: run.flatMap((u, k) => [
          ...(k > 0 ? [{ type: 'text' as const, value: ' ' }] : []),
          ...(u[side] as Paragraph).children,
        ]),
      },
    ];
  if (unit.display.type === 'table' && unit[side].type === 'table') {
    const table = unit[side] as Table;
    return [
      {
        ...table,
        children: [table.children[0]!, ...run.flatMap((u) => (u[side] as Table).children.slice(1))],
      },
    ];
  }
  return run.map((u) => u[side]);
}
