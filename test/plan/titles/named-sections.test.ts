import { describe, expect, it } from 'vitest';
import { plan, titles } from '../../helpers.js';

const event = (n: number, name: string, extra = '') =>
  [
    `### Sự kiện ${n}`,
    '',
    `**Tên sự kiện:** ${name}`,
    '',
    `**Thời gian:** 09:00, ngày ${n} tháng 10 năm 2025`,
    '',
    '**Vai trò:** Người tham dự',
    '',
    extra,
  ].join('\n');

describe('a section headed only by a label', () => {
  it('is titled by the event name it states, its date under the title and the label in the notes', () => {
    const lessons = 'Em học được cách dùng Amazon Bedrock để xây dựng agent cho doanh nghiệp.';
    const { deck } = plan(
      `# Các sự kiện\n\n${event(1, 'Cloud Day Vietnam', lessons)}\n\n${event(2, 'Data Science on AWS', lessons)}\n`,
    );
    const slide = deck.slides.find((s) => s.title === 'Cloud Day Vietnam')!;
    // A label that only counts the events is the speaker's, not the audience's.
    expect(slide.eyebrow ?? '').not.toContain('Sự kiện 1');
    expect(JSON.stringify(slide.notes)).toContain('Sự kiện 1: Cloud Day Vietnam');
    expect(slide.subtitle).toEqual(['09:00, ngày 1 tháng 10 năm 2025']);
    // The lines the title and the line under it say are no longer on the slide, only in the notes.
    const shown = JSON.stringify(slide.blocks);
    expect(shown).not.toContain('Tên sự kiện');
    expect(shown).not.toContain('Người tham dự');
    expect(shown).toContain('Amazon Bedrock');
    expect(JSON.stringify(slide.notes)).toContain('Tên sự kiện');
    expect(titles(deck)).toContain('Data Science on AWS');
  });

  it('keeps its label when it names nothing better', () => {
    const { deck } = plan('# Tuần 1\n\n## Giới thiệu\n\n- Làm quen với AWS Console\n- Tạo tài khoản\n');
    expect(titles(deck)).toContain('Giới thiệu');
  });
});

describe('sections that each state their own date and place', () => {
  const named = (n: number, name: string) =>
    [
      `## Event ${n}: ${name}`,
      `- **Thời gian tổ chức:** 0${n}/10/2025`,
      '- **Địa điểm:** Tầng 26, Tòa tháp Bitexco, 02 Đường Hải Triều, Thành Phố Hồ Chí Minh',
      '- **Vai trò:** Người tham dự',
      `- **Nội dung chính:** Em học về ${name} và cách áp dụng vào dự án.`,
      '',
    ].join('\n');

  it('are the events of an index: date and place under each title, the lines in the notes', () => {
    const text = [
      '# Các events đã tham gia',
      '',
      named(1, 'Kick-off FCJ'),
      named(2, 'DevOps on AWS'),
      named(3, 'AI/ML on AWS'),
    ];
    const { deck } = plan(text.join('\n'));
    const slide = deck.slides.find((s) => s.title === 'DevOps on AWS')!;
    expect(slide.subtitle?.[0]).toMatch(/^02\/10\/2025 · Tòa tháp Bitexco/);
    const shown = JSON.stringify(slide.blocks);
    expect(shown).not.toContain('Thời gian tổ chức');
    expect(shown).not.toContain('Người tham dự');
    expect(shown).toContain('cách áp dụng vào dự án');
    expect(JSON.stringify(slide.notes)).toContain('Thời gian tổ chức');
    // An index opens with its events side by side, and its cover spans their dates.
    expect(titles(deck)).toContain('Tổng quan các sự kiện');
  });

  it('are told alike: where one heading has a line under its title, every date sits above it', () => {
    const long = 'AI/ML on AWS: Reinventing how teams build, run and secure generative AI in production';
    const text = [
      '# Các events đã tham gia',
      '',
      named(1, 'Kick-off FCJ'),
      named(2, 'DevOps on AWS'),
      named(3, long),
    ];
    const slides = plan(text.join('\n')).deck.slides.filter((s) => /^0\d\/10\/2025/.test(s.eyebrow ?? ''));
    expect(slides.map((s) => s.title)).toEqual(['Kick-off FCJ', 'DevOps on AWS', 'AI/ML on AWS']);
  });

  it('stay as they are when fewer than three sections state them', () => {
    const { deck } = plan(['# Recap', '', named(1, 'Kick-off FCJ'), named(2, 'DevOps on AWS')].join('\n'));
    const slide = deck.slides.find((s) => s.title === 'DevOps on AWS')!;
    expect(JSON.stringify(slide.blocks)).toContain('Thời gian tổ chức');
  });
});

describe('a section that states the deck’s own event', () => {
  it('keeps its own heading, not "Introduction", and repeats no fact above it', () => {
    const table = [
      '| Item | Details |',
      '| --- | --- |',
      '| Event name | Cloud Day Vietnam |',
      '| Date | 12 October 2025 |',
      '| Venue | Bitexco Financial Tower |',
      '| Room | Floor 26 |',
      '| Format | In person |',
    ].join('\n');
    const recap = [
      '---\ntitle: Cloud Day Vietnam\n---',
      `## Event information\n\n${table}`,
      '## Lessons\n\n- One\n- Two\n',
    ].join('\n\n');
    const slide = plan(recap).deck.slides.find((s) => s.layout === 'table')!;
    expect(slide.title).toBe('Event information');
    expect(slide.eyebrow ?? '').not.toContain('Event information');
    expect(slide.subtitle ?? []).toEqual([]);
  });
});
