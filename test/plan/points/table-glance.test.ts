import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { plan } from '../../helpers.js';

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
});
