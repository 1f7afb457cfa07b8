// Column widths from the words each column must hold whole, in the face they are set in.
import type { Table, TableRow } from 'mdast';
import { describe, expect, it } from 'vitest';
import { est } from '../../helpers.js';

const row = (cells: (string | { bold: string })[]): TableRow => ({
  type: 'tableRow',
  children: cells.map((cell) => ({
    type: 'tableCell',
    children:
      typeof cell === 'string'
        ? [{ type: 'text', value: cell }]
        : [{ type: 'strong', children: [{ type: 'text', value: cell.bold }] }],
  })),
});

describe('tableLayout', () => {
  it('gives a column its longest word as it is set: a bold label in its bold face', () => {
    const long = 'Agents communicate directly with each other and share what they know about the task.';
    const table: Table = {
      type: 'table',
      align: [null, null, null],
      children: [
        row(['Feature', 'Network', 'Supervisor']),
        row([{ bold: 'Structure' }, long, long]),
        row([{ bold: 'Pros' }, long, long]),
      ],
    };
    const width = est.layoutWidth('table');
    const { columns } = est.tableLayout(table, width);
    const font = est.metrics.text.table;
    const { padX } = est.metrics.cell;
    const room = columns[0]! * width - 2 * padX;
    // The bold word fits its column whole; the regular face would have measured it narrower.
    expect(est.textWidth('Structure', font, 'bold')).toBeLessThanOrEqual(room);
    expect(est.textWidth('Structure', font)).toBeLessThan(est.textWidth('Structure', font, 'bold'));
  });
});
