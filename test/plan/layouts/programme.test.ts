// Timed slots written as lines ("**8:30 – 9:00** | Welcome") are a programme: one table.
import { describe, expect, it } from 'vitest';
import type { Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { programmeRun } from '../../../src/plan/layouts/programme.js';
import { plan } from '../../helpers.js';

const slots = [
  '**8:30 – 9:00** | Welcome & Check-in',
  '',
  '- Networking & photo opportunities',
  '',
  '**Keynotes**',
  '',
  '**9:15 – 9:40** | Cloud Journey & Future Direction  ',
  '👤 Nguyễn Gia Hưng – Head of Solutions Architect',
  '',
  '**9:40 – 10:05** | DevOps & Future Career',
  '',
  '**10:05 – 10:20** | Tea Break',
];
const rows = (table: Table) => table.children.slice(1).map((row) => row.children.map((c) => toString(c)));

describe('programmeRun', () => {
  it('reads each slot as a row: its time, what it is, and who or what else; a group as a row', () => {
    const run = programmeRun(
      fromMarkdown(['Our day:', '', ...slots, '', 'It was long.'].join('\n')).children,
    )!;
    expect([run.start, run.end]).toEqual([1, 7]);
    expect(rows(run.table)).toEqual([
      ['8:30 – 9:00', 'Welcome & Check-in', 'Networking & photo opportunities'],
      ['', 'Keynotes', ''],
      ['9:15 – 9:40', 'Cloud Journey & Future Direction', '👤 Nguyễn Gia Hưng – Head of Solutions Architect'],
      ['9:40 – 10:05', 'DevOps & Future Career', ''],
      ['10:05 – 10:20', 'Tea Break', ''],
    ]);
    expect(run.sources[0]!.map((b) => b.type)).toEqual(['paragraph', 'list']);
  });

  it('needs three timed slots', () => {
    expect(programmeRun(fromMarkdown(slots.slice(0, 8).join('\n')).children)).toBeUndefined();
  });
});

describe('a programme in a recap', () => {
  it('is one table on one slide, the notes keeping the lines as written', () => {
    const recap = [
      '# Kick-off',
      '',
      '## Why we came',
      '',
      'To learn.',
      '',
      '## Event Agenda',
      '',
      ...slots,
    ].join('\n');
    const slides = plan(recap).deck.slides.filter((s) => s.title === 'Event Agenda');
    expect(slides).toHaveLength(1);
    expect(slides[0]!.blocks.some((b) => b.type === 'table')).toBe(true);
    const notes = slides[0]!.notes.map((n) => toString(n));
    expect(notes).toContain('8:30 – 9:00 | Welcome & Check-in');
    expect(notes.join('\n')).toContain('Networking & photo opportunities');
  });
});

describe('an opening that holds the day timetable', () => {
  it('is titled as the schedule, not as an introduction', () => {
    const recap = [
      '+++',
      'title = "AWS Summit Lab"',
      '+++',
      '',
      'A few words before we start. This is the plan for today:',
      '',
      '| Start | End | |',
      '|---|---|---|',
      '|13:00 |13:15 |Setup |',
      '|13:15 |14:00 |Lab 0 |',
      '|14:00 |15:50 |Your own adventure |',
      '|15:50 |16:00 |Recap |',
      '',
      '## Your hosts',
      '',
      'Two architects.',
    ].join('\n');
    const titles = plan(recap).deck.slides.map((s) => s.title);
    expect(titles).toContain('Schedule');
    expect(titles).not.toContain('Introduction');
  });
});
