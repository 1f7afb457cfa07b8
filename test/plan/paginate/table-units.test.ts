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

/** A worklog of one "Tasks" table, a row each of `rows` ("| 2 | … | 10/11/2025 |"). */
const worklog = (rows: string[]) =>
  ['# Week 11', '', '## Tasks', '', '| Day | Task | Date |', '| --- | --- | --- |', ...rows].join('\n');

/** The task cells the "Tasks" slides show, and their notes as one string. */
function shownTasks(recap: string): { cells: string[]; notes: string } {
  const slides = plan(recap).deck.slides.filter((s) => s.title === 'Tasks');
  const tables = slides.flatMap((s) => s.blocks.filter((b): b is Table => b.type === 'table'));
  const cells = tables.flatMap((t) => t.children.slice(1).map((row) => toString(row.children[1]!)));
  return { cells, notes: JSON.stringify(slides.flatMap((s) => s.notes)) };
}

describe('a worklog table whose cells each list several points', () => {
  const rows = ['Attend Cloud Mastery', 'Attend Amazon Q workshop', 'Play GenAI Game Day'].map(
    (label, i) => `| ${i + 2} | ${task(label)} | 1${i}/11/2025 |`,
  );

  it('shows a shortened cell without a lone bullet, and its whole text in the notes', () => {
    const { cells, notes } = shownTasks(worklog(rows));
    expect(cells.length).toBe(3);
    for (const cell of cells) {
      // (Shortened: one of its three points shows.)
      expect(cell.length).toBeLessThan(task('x').length);
      expect(cell).not.toContain('•');
    }
    expect(notes).toContain('Met cloud experts and shared what the team had built');
  });
});

describe('a worklog table whose cells list labelled tasks', () => {
  const days = [
    ['Unify the frontend', 'Research stacks'],
    ['Split the stacks', 'Integrate image processing'],
    ['Fix the errors', 'Build a backup stack'],
    ['Debug CORS', 'Fix the headers'],
  ];
  const labelled = (a: string, b: string) =>
    `- **${a}:** Held a team meeting to agree on how the code is laid out, so that it is easier to keep up, ` +
    'and wrote down the rules the team will follow from now on, with examples for each of them. ' +
    `<br> - **${b}:** Began to work out how the template could be split into smaller stacks for deployment, ` +
    'so that one change no longer redeploys everything, and measured how long each deployment takes.';
  const rows = days.map(([a, b], i) => `| ${i + 1} | ${labelled(a, b)} | 1${i}/11/2025 |`);

  it('names every task of a shortened cell by its label, the rest in the notes', () => {
    const { cells, notes } = shownTasks(worklog(rows));
    // (Too long to show whole on one slide: each cell names its tasks, as the author did.)
    expect(cells).toEqual(days.map(([a, b]) => `• ${a}• ${b}`));
    expect(notes).toContain('Began to work out how the template could be split');
  });
});
