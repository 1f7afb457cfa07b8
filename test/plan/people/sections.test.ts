// Groups of people under one speakers heading are one grid, each group's name over its cards.
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { plan } from '../../helpers.js';

const recap = (parent: string, groups: [string, string[]][]) =>
  [
    '# Kick-off',
    '',
    `## ${parent}`,
    '',
    ...groups.flatMap(([name, people]) => [`### ${name}`, '', ...people.map((p) => `- ${p}`), '']),
    '## Takeaways',
    '',
    '- Start with the fundamentals',
  ].join('\n');

const groups: [string, string[]][] = [
  ['From FPT University:', ['**Mr. Nguyễn Trần Phước Bảo** – Head of Corporate Relations']],
  [
    'From AWS',
    ['**Mr. Nguyễn Gia Hưng** – Solutions Architect, AWS', '**Ms. Bùi Hồ Linh Nhi** – AI Engineer'],
  ],
];

describe('groups of people under a speakers heading', () => {
  it('are one slide of person cards, each group named over its own', () => {
    const { deck } = plan(recap('Speakers', groups));
    const people = deck.slides.filter((s) => s.layout === 'speakers');
    expect(people).toHaveLength(1);
    expect(people[0]!.title).toBe('Speakers');
    const shown = toString({ type: 'root', children: people[0]!.blocks });
    for (const text of ['From FPT University', 'From AWS', 'Phước Bảo', 'Gia Hưng', 'Linh Nhi'])
      expect(shown).toContain(text);
    // No divider over them, and no slide of its own for a group.
    expect(deck.slides.some((s) => s.title.startsWith('From '))).toBe(false);
    expect(deck.slides.some((s) => s.layout === 'divider')).toBe(false);
  });

  it('stay apart under a heading that does not name people, or where a group says more', () => {
    const other = plan(recap('Teams', groups)).deck.slides;
    expect(other.some((s) => s.layout === 'speakers')).toBe(false);
    const talk: [string, string[]][] = [
      groups[0]!,
      ['From AWS', [...groups[1]![1], 'We discussed the roadmap.']],
    ];
    const said = plan(recap('Speakers', talk)).deck.slides;
    expect(said.some((s) => s.layout === 'speakers' && s.title === 'Speakers')).toBe(false);
  });

  it('stay apart where one grid of them would not hold on one slide', () => {
    const many = (org: string): string[] =>
      Array.from(
        { length: 6 },
        (_, i) =>
          `**Mr. Nguyễn Văn ${org}${i}** – Principal Solutions Architect for data and analytics, ${org}`,
      );
    const slides = plan(
      recap('Speakers', [
        ['From AWS', many('AWS')],
        ['From partners', many('FPT')],
      ]),
    ).deck.slides;
    expect(slides.filter((s) => s.title === 'From AWS' || s.title === 'From partners')).toHaveLength(2);
  });

  it('stand in one grid without their names where the names take it over a slide and a group is one person', () => {
    const aws = [
      '**Mr. Nguyễn Gia Hưng** – Head of Solutions Architect, AWS Vietnam',
      '**Mr. Đỗ Huy Thắng** – DevOps Lead, VNG',
      '**Mr. Danh Hoàng Hiếu Nghị** – GenAI Engineer, Renova',
      '**Ms. Bùi Hồ Linh Nhi** – AI Engineer, SoftwareOne',
      '**Mr. Phạm Nguyễn Hải Anh** – Cloud Engineer, G-Asia Pacific',
      '**Mr. Nguyễn Đồng Thanh Hiệp** – Principal Cloud Engineer, G-Asia Pacific',
    ];
    const { deck } = plan(
      recap('Speakers', [
        ['From FPT University:', ['**Mr. Nguyễn Trần Phước Bảo** – Head of Corporate Relations Department']],
        ['From AWS and Guest Speakers:', aws],
      ]),
    );
    const people = deck.slides.filter((s) => s.layout === 'speakers');
    expect(people).toHaveLength(1);
    const shown = toString({ type: 'root', children: people[0]!.blocks });
    for (const name of ['Phước Bảo', 'Gia Hưng', 'Thanh Hiệp']) expect(shown).toContain(name);
    // The groups' names are not on the slide; the speaker says them.
    expect(shown).not.toContain('From AWS');
    const notes = toString({ type: 'root', children: people[0]!.notes });
    expect(notes).toContain('From FPT University');
    expect(notes).toContain('From AWS and Guest Speakers');
    expect(deck.slides.some((s) => s.title.startsWith('From '))).toBe(false);
  });
});
