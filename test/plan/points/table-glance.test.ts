import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { plan } from '../../helpers.js';
import { findLostWords } from '../../oracle/coverage.js';

const long = (topic: string) =>
  `The session on ${topic} showed how the team moved from detecting incidents to resolving them, with agents that read logs, draw the topology and propose a plan.`;

describe('a table at a glance', () => {
  it('leaves columns of paragraphs to the notes where a column before them names each row', () => {
    const rows = ['Deep Response Engine', 'Voice Agents at scale', 'DevOps Agent'].map(
      (s, i) => `| 0${9 + i}:00 | ${s} | ${long(s)} |`,
    );
    const { deck } = plan(
      `# Day\n\n## Programme\n\n| Time | Session | What I noted |\n| --- | --- | --- |\n${rows.join('\n')}\n`,
    );
    const slide = deck.slides.find((s) => s.title === 'Programme')!;
    const table = slide.blocks.find((b): b is Table => b.type === 'table')!;
    expect(table.children[0]!.children.map((c) => toString(c))).toEqual(['Time', 'Session']);
    expect(JSON.stringify(slide.notes)).toContain('with agents that read logs');
  });

  it('keeps a long column that is what the table is about', () => {
    const rows = ['CORS', 'API Gateway', 'Lambda'].map((s, i) => `| ${i + 2} | ${long(s)} | 2${i}/11/2025 |`);
    const { deck } = plan(
      `# Week\n\n## Tasks\n\n| Day | Task | Date |\n| --- | --- | --- |\n${rows.join('\n')}\n`,
    );
    const table = deck.slides.flatMap((s) => s.blocks).find((b): b is Table => b.type === 'table')!;
    expect(table.children[0]!.children.map((c) => toString(c))).toEqual(['Day', 'Task', 'Date']);
  });

  it('says once, above the table, a column that is the same on every row', () => {
    const rows = ['Kick-off', 'Cloud Day', 'Mastery #1'].map(
      (e, i) => `| ${e} | 0${i + 1}/09/2025 | Bitexco Tower |`,
    );
    const recap = (body: string[]) =>
      `# Events\n\n## Overview\n\n| Event | Date | Place |\n| --- | --- | --- |\n${body.join('\n')}\n`;
    const { deck, recap: read } = plan(recap(rows));
    const slide = deck.slides.find((s) => s.title === 'Overview')!;
    const table = slide.blocks.find((b): b is Table => b.type === 'table')!;
    expect(table.children[0]!.children.map((c) => toString(c))).toEqual(['Event', 'Date']);
    expect(toString(slide.blocks[0]!)).toBe('Place: Bitexco Tower');
    expect(findLostWords(read.tree, deck)).toEqual([]);
    // A column of one mark (every task done) stays a column: "Status: ✅" says nothing as a line.
    const done = plan(recap(rows.map((r) => r.replace('Bitexco Tower', '✅')))).deck.slides.flatMap(
      (s) => s.blocks,
    );
    expect(done.find((b): b is Table => b.type === 'table')!.children[0]!.children).toHaveLength(3);
    // Two rows alike say nothing yet: the column stays.
    const two = plan(recap(rows.slice(0, 2))).deck.slides.flatMap((s) => s.blocks);
    const kept = two.find((b): b is Table => b.type === 'table')!;
    expect(kept.children[0]!.children).toHaveLength(3);
  });
});
