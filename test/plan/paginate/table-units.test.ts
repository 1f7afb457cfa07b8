// A table's cells as a slide shows them: a cell too long is shortened to its key line, whole in
// the notes, and a cell shortened to one line of its list shows it without the list's bullet.
import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { plan } from '../../helpers.js';

const task = (label: string) =>
  `**${label}:** <br> - Joined the second session of the series on cloud security and governance. ` +
  '<br> - Learned advanced best practices for identity, networking and data protection on AWS. ' +
  '<br> - Met cloud experts and shared what the team had built during the internship so far.';

describe('a worklog table whose cells each list several points', () => {
  const rows = ['Attend Cloud Mastery', 'Attend Amazon Q workshop', 'Play GenAI Game Day'].map(
    (label, i) => `| ${i + 2} | ${task(label)} | 1${i}/11/2025 |`,
  );
  const recap = [
    '# Week 11',
    '',
    '## Tasks',
    '',
    '| Day | Task | Date |',
    '| --- | --- | --- |',
    ...rows,
  ].join('\n');

  it('shows a shortened cell without a lone bullet, and its whole text in the notes', () => {
    const slides = plan(recap).deck.slides.filter((s) => s.title === 'Tasks');
    const tables = slides.flatMap((s) => s.blocks.filter((b): b is Table => b.type === 'table'));
    const cells = tables.flatMap((t) => t.children.slice(1).map((row) => toString(row.children[1]!)));
    expect(cells.length).toBe(3);
    for (const cell of cells) {
      // (Shortened: one of its three points shows.)
      expect(cell.length).toBeLessThan(task('x').length);
      expect(cell).not.toContain('•');
    }
    const notes = JSON.stringify(slides.flatMap((s) => s.notes));
    expect(notes).toContain('Met cloud experts and shared what the team had built');
  });
});
