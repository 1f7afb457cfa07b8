import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { plan } from '../../helpers.js';

const week = (title: string) =>
  [
    '---',
    `title: "${title}"`,
    '---',
    '',
    '### Goals',
    '',
    '- Learn AWS IAM and IAM policies.',
    '',
    '### Tasks this week',
    '',
    '| Day | Task | Start | Done | Reference |',
    '| --- | --- | --- | --- | --- |',
    '| 15 | Introduction to AWS IAM users and groups | 22/09/2025 | 22/09/2025 | <https://docs.aws.amazon.com/IAM/> |',
    '| 16 | IAM policies and their JSON structure | 23/09/2025 | 23/09/2025 | <https://aws.amazon.com/iam/> |',
    '| 17 | Configure MFA for every IAM user | 24/09/2025 | 24/09/2025 | <https://aws.amazon.com/iam/features/mfa/> |',
    '',
  ].join('\n');

describe('a weekly worklog', () => {
  it('has a cover naming the week, what it was about and the dates its tasks span', () => {
    const { deck } = plan(week('Worklog Week 3'));
    const cover = deck.slides[0]!;
    expect(cover.title).toMatch(/^Week 3: /);
    expect(cover.title).toContain('IAM');
    expect(cover.kicker).toBe('Worklog');
    expect(cover.subtitle?.[0]).toMatch(/^September 22\s–\s24, 2025$/u);
  });

  it('reads every date of its table in the order the recap writes dates in', () => {
    // Month first, as "08/15" shows (15 is no month): "08/11" is August 11, not November 8.
    const dated = week('Worklog Week 3')
      .replace(/22\/09\/2025/g, '08/11/2025')
      .replace(/23\/09\/2025/g, '08/12/2025')
      .replace(/24\/09\/2025/g, '08/15/2025');
    expect(plan(dated).deck.slides[0]!.subtitle?.[0]).toMatch(/^August 11\s–\s15, 2025$/u);
    // Day first, as "13/08" shows: "08/11" is November 8 there.
    const dayFirst = dated.replace(/08\/12\/2025/g, '09/11/2025').replace(/08\/15\/2025/g, '13/11/2025');
    expect(plan(dayFirst).deck.slides[0]!.subtitle?.[0]).toMatch(/^November 8\s–\s13, 2025$/u);
  });

  it('names the week in the deck’s language, whichever its title wrote it in', () => {
    const vietnamese = [
      '---',
      'title: "Worklog Week 3"',
      '---',
      '',
      '### Mục tiêu tuần này',
      '',
      '- Tìm hiểu AWS IAM và cách viết các chính sách IAM cho từng nhóm người dùng.',
      '',
      '### Các công việc cần triển khai trong tuần này',
      '',
      '| Thứ | Công việc | Bắt đầu | Hoàn thành |',
      '| --- | --- | --- | --- |',
      '| 2 | Tìm hiểu người dùng và nhóm trong AWS IAM | 22/09/2025 | 22/09/2025 |',
      '| 3 | Viết chính sách IAM và tìm hiểu cấu trúc JSON của nó | 23/09/2025 | 23/09/2025 |',
      '| 4 | Bật xác thực đa yếu tố cho mọi người dùng IAM | 24/09/2025 | 24/09/2025 |',
      '',
    ].join('\n');
    const { deck } = plan(vietnamese);
    expect(deck.meta.lang).toBe('vi');
    expect(deck.slides[0]!.title).toMatch(/^Tuần 3: /);
  });

  it('keeps a title that says more than the week', () => {
    const { deck } = plan(week('Week 3: IAM deep dive'));
    expect(deck.slides[0]).toMatchObject({ title: 'IAM deep dive', kicker: 'Week 3' });
  });

  it('shows its table at a glance: links and repeated dates in the notes, not on the slide', () => {
    const { deck } = plan(week('Worklog Week 3'));
    const slide = deck.slides.find((s) => s.layout === 'table')!;
    const table = slide.blocks.find((b): b is Table => b.type === 'table')!;
    expect(table.children[0]!.children.map((c) => toString(c))).toEqual(['Day', 'Task', 'Start']);
    const notes = JSON.stringify(slide.notes);
    expect(notes).toContain('https://aws.amazon.com/iam/features/mfa/');
    expect(notes).toContain('Done: ');
  });
});
