import { Marp } from '@marp-team/marp-core';
import type { Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { marpOptions } from '../../src/render/engine.js';
import { inlineText } from '../../src/model/text.js';
import { plan } from '../helpers.js';

const WORKLOG = [
  '### Tasks',
  '| Day | Task | Start | Source |',
  '| --- | --- | --- | --- |',
  '| 2   | - Get acquainted with FCJ members <br> - Read and take note of the rules | 11/08 | <https://policies.example.com/>',
  '| 3   | - Learn AWS services <br>&emsp; + Compute <br>&emsp; + Storage <br> | 12/08 | docs |',
  '| 4   | <ul><li>Create account</li><li>Install CLI</li></ul> | 13/08 | docs | extra note |',
  '',
].join('\n');

const tableOf = (text: string) => {
  const planned = plan(text);
  const table = planned.recap.outline.sections[0]!.blocks.find((b): b is Table => b.type === 'table')!;
  return {
    ...planned,
    rows: table.children.map((row) => row.children.map((c) => inlineText(c.children, '\n'))),
  };
};

describe('table cells as worklog authors write them', () => {
  it('keeps lists written with <br>, &emsp;, - and + as bullet lines, and <ul> in a cell', () => {
    const { rows } = tableOf(WORKLOG);
    expect(rows[1]![1]).toBe('• Get acquainted with FCJ members\n• Read and take note of the rules');
    expect(rows[2]![1]).toBe('• Learn AWS services\n\u2003– Compute\n\u2003– Storage');
    expect(rows[3]![1]).toBe('• Create account\n• Install CLI');
  });

  it('drops the marker of a cell that is one item, as a bullet marks one line of several', () => {
    const { rows } = tableOf(
      [
        '### Tasks',
        '| Day | Task |',
        '| --- | --- |',
        '| 1 | - **Participate in AWS Cloud Mastery #2:** Continue with the authorization errors. |',
        '| 2 | - Read the rules <br> - Meet the team |',
        '',
      ].join('\n'),
    );
    expect(rows[1]![1]).toBe('Participate in AWS Cloud Mastery #2: Continue with the authorization errors.');
    expect(rows[2]![1]).toBe('• Read the rules\n• Meet the team');
  });

  it('puts back on lines a list the row ran together, and leaves a lone star alone', () => {
    const { rows } = tableOf(
      [
        '### Models',
        '| Feature | Network |',
        '| --- | --- |',
        '| **Pros** | * Flexible communication. * Good fault tolerance. |',
        '| **Note** | Rated 4 * 5 by the team |',
        '',
      ].join('\n'),
    );
    expect(rows[1]![1]).toBe('• Flexible communication.\n• Good fault tolerance.');
    expect(rows[2]![1]).toBe('Rated 4 * 5 by the team');
  });

  it('keeps a row without its closing pipe, and extra cells under a widened header, with a warning', () => {
    const { rows, warnings } = tableOf(WORKLOG);
    expect(rows[1]![3]).toBe('https://policies.example.com/');
    expect(rows[0]).toHaveLength(5);
    expect(rows[3]![4]).toBe('extra note');
    expect(warnings.map((w) => [w.location?.line, w.message])).toEqual([
      [6, 'a row has 5 cells, the header 4; the extra cells are kept under an empty heading'],
    ]);
  });

  it('renders line breaks in a cell as <br> that Marp draws, with no raw markup on the slide', () => {
    const { markdown } = tableOf(WORKLOG);
    expect(markdown).toContain('• Get acquainted with FCJ members<br>• Read and take note of the rules');
    const { html } = new Marp(marpOptions()).render(markdown);
    const table = /<table>[\s\S]*?<\/table>/.exec(html)![0];
    expect(table).toContain('• Learn AWS services<br />\u2003– Compute');
    const text = table.replace(/<[^>]*>/g, '');
    expect(text).not.toMatch(/<br|&emsp;|&amp;emsp;|\{\{</);
    expect(text).toContain('extra note');
  });

  it('keeps key/value tables with an empty header row, and a speaker name and role parted by <br>', () => {
    const { rows } = tableOf(
      '## Details\n\n| | |\n|:---|:---|\n| **Date** | January 27, 2026 |\n| **Speaker** | **Mr. Thi**<br>Solution Architect |\n',
    );
    expect(rows).toEqual([
      ['', ''],
      ['Date', 'January 27, 2026'],
      ['Speaker', 'Mr. Thi\nSolution Architect'],
    ]);
  });
});
