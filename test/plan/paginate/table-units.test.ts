// A table's rows as units: a cell written as lines shows its first few, the rest in the notes.
import { describe, expect, it } from 'vitest';
import { plan } from '../../helpers.js';

const cell = (day: number) =>
  [1, 2, 3, 4, 5, 6].map((n) => `- Task ${n} of day ${day}: read the lab guide and run it`).join(' <br> ');

describe('a table of cells written as lines', () => {
  it('shows each cell’s first lines, on one slide, and keeps the whole cell in the notes', () => {
    const rows = [2, 3, 4, 5, 6].map((d) => `| ${d} | ${cell(d)} | 0${d}/01/2026 |`);
    const recap = [
      '# Week 1',
      '',
      '## Tasks',
      '',
      '| Day | Tasks | Date |',
      '| --- | --- | --- |',
      ...rows,
      '',
    ].join('\n');
    const tables = plan(recap).deck.slides.filter((s) => s.layout === 'table');
    expect(tables).toHaveLength(1);
    const shown = JSON.stringify(tables[0]!.blocks);
    expect(shown).toContain('Task 1 of day 4');
    expect(shown).not.toContain('Task 6 of day 4');
    expect(JSON.stringify(tables[0]!.notes)).toContain('Task 6 of day 4');
  });
});
