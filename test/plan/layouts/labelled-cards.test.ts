import type { List } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { labelledCards } from '../../../src/plan/layouts/labelled-cards.js';
import { est, plan, withPart } from '../../helpers.js';
import { findLostWords } from '../../oracle/coverage.js';

const item = (label: string, text: string) => `- **${label}**: ${text}`;

describe('a list of labelled parallel parts', () => {
  it('is drawn as cards, each titled by its label over its key sentence, the whole item in the notes', () => {
    const long =
      'Em học được cách dùng Amazon Bedrock để xây dựng agent. Buổi chiều có phần thực hành với AgentCore Runtime. Cuối cùng là phần hỏi đáp.';
    const { deck } = plan(
      `# Event\n\n## Kết quả\n\n${[item('Bài học', long), item('Kỹ năng', long), item('Đóng góp', long)].join('\n')}\n`,
    );
    const slide = deck.slides.find((s) => s.title === 'Kết quả')!;
    expect(slide.layout).toBe('cards');
    const cards = (slide.blocks.find((b) => b.type === 'list') as List).children;
    expect(cards.map((c) => toString(c.children[0]!))).toEqual(['Bài học', 'Kỹ năng', 'Đóng góp']);
    for (const card of cards) expect(toString(card)).not.toContain('…');
    expect(JSON.stringify(slide.notes)).toContain('Cuối cùng là phần hỏi đáp.');
  });

  it('takes a label written plainly before a colon as one written in bold', () => {
    const goals = [
      '- Experience and practice AI: Create a platform for students to learn and apply agentic AI.',
      '- Develop system design skills: Guide students to architect systems on AWS, from idea to product.',
      '- Enhance soft skills: Cultivate teamwork, time management and pitching within a tight timeframe.',
      '- Problem-solving mindset: Learn to turn a raw idea into a project that solves a real pain point.',
    ].join('\n');
    const { deck, recap } = plan(`# Build Week\n\n## Intro\n\nWhy we came.\n\n## Purpose\n\n${goals}\n`);
    const slide = deck.slides.find((s) => s.title === 'Purpose')!;
    expect(slide.layout).toBe('cards');
    const cards = (slide.blocks.find((b) => b.type === 'list') as List).children;
    expect(cards.map((c) => toString(c.children[0]!))).toEqual([
      'Experience and practice AI',
      'Develop system design skills',
      'Enhance soft skills',
      'Problem-solving mindset',
    ]);
    expect(findLostWords(recap.tree, deck)).toEqual([]);
    // A sentence with a colon late in it, or an address, is no label.
    const prose = plan(
      '# E\n\n## Notes\n\n- We tried many things in the lab that day: CDK, SAM and Terraform.\n- See https://aws.amazon.com for more.\n- Another point with no label at all.\n',
    );
    expect(prose.deck.slides.find((s) => s.title === 'Notes')!.layout).not.toBe('cards');
  });

  it('is not cards when a bold word only opens a sentence, or the list names people', () => {
    const subject = plan(
      '# E\n\n## IaC\n\n- **CloudFormation** mô tả hạ tầng bằng YAML.\n- **CDK** dùng TypeScript.\n- **Drift Detection** so khớp cấu hình.\n',
    );
    expect(subject.deck.slides.find((s) => s.title === 'IaC')!.layout).not.toBe('cards');
    const people = plan(
      '# E\n\n## Diễn giả\n\n- **Nguyễn Văn An** – Solutions Architect, AWS\n- **Trần Thị Bình** – Cloud Engineer, FPT\n',
    );
    expect(people.deck.slides.find((s) => s.title === 'Diễn giả')!.layout).toBe('speakers');
  });

  it('draws bold labels each over a list as cards, and a bold line over them titles their part', () => {
    const items = (topic: string) =>
      Array.from(
        { length: 4 },
        (_, i) => `- ${topic} practice ${i} that the team applies to every workload it runs`,
      );
    const pillar = (time: string, name: string) => [
      `**${time} | ${name}**`,
      '',
      '**Key concepts:**',
      ...items(name),
      '',
      '**Best practices:**',
      ...items(name),
      '',
    ];
    const { deck } = plan(
      [
        '# Workshop',
        '',
        '## Programme',
        '',
        ...pillar('8:50 – 9:30 AM', 'Operational Excellence'),
        ...pillar('9:30 – 10:00 AM', 'Security'),
      ].join('\n'),
    );
    const slide = deck.slides.find((s) => s.title === 'Operational Excellence')!;
    expect(slide.layout).toBe('cards');
    expect(slide.eyebrow).toContain('8:50 – 9:30 AM');
    const cards = (slide.blocks.find((b) => b.type === 'list') as List).children;
    expect(cards.map((c) => toString(c.children[0]!))).toEqual(['Key concepts', 'Best practices']);
    expect(deck.slides.some((s) => s.title === 'Security' && s.layout === 'cards')).toBe(true);
  });
});

describe('seven or eight labelled tips, each a line', () => {
  const tips = [
    ['Start small', 'Build one project end to end on AWS.'],
    ['Get certified', 'Cloud Practitioner first, then Associate.'],
    ['Join the community', 'Go to the study group every week.'],
    ['Practise daily', 'Spend thirty minutes in the console.'],
    ['Find a mentor', 'Ask an alumnus for an hour a month.'],
    ['Write it down', 'Keep a log of what you learned.'],
    ['Stay curious', 'Read one AWS blog post a day.'],
    ['Network', 'Talk to two new people at every event.'],
  ];

  it('stand two rows of four cards on one slide, every word on it', () => {
    const { deck, recap, markdown } = plan(
      withPart(
        'Tips',
        tips.map(([l, t]) => item(l!, t!)),
      ),
    );
    const slides = deck.slides.filter((s) => s.title === 'Tips');
    expect(slides).toHaveLength(1);
    expect(slides[0]!.layout).toBe('cards');
    expect((slides[0]!.blocks.find((b) => b.type === 'list') as List).children).toHaveLength(8);
    expect(markdown).toContain('class="cards cards-8"');
    expect(findLostWords(recap.tree, deck)).toEqual([]);
  });

  it('stay a list where two rows of four would not hold them: no grid cut over two slides', () => {
    // (One sentence each, too long for a card a quarter of the slide wide.)
    const long =
      ', which also means reading the docs, asking questions and writing notes after every lab session';
    const { deck } = plan(
      withPart(
        'Tips',
        tips.map(([l, t]) => item(l!, `${t!.slice(0, -1)}${long}.`)),
      ),
    );
    expect(deck.slides.filter((s) => s.title === 'Tips').every((s) => s.layout !== 'cards')).toBe(true);
  });
});

describe('labelled groups too many for one slide', () => {
  const sub = (topic: string, n: number) =>
    `  - ${topic} point ${n}: teams configure it per account and review it every sprint`;
  const groups = ['WAF', 'Shield', 'Network Firewall', 'Firewall Manager'];

  it('are cards two or three a slide, every sub-point kept, each slide with its own words in the notes', () => {
    const lines = groups.flatMap((g) => [`- **${g}:**`, ...[1, 2, 3].map((n) => sub(g, n))]);
    const slides = plan(`# E\n\n## Protection\n\n${lines.join('\n')}\n`).deck.slides.filter(
      (s) => s.title === 'Protection',
    );
    expect(slides.length).toBeGreaterThan(1);
    expect(slides.every((s) => s.layout === 'cards')).toBe(true);
    const shown = slides.map((s) => toString({ type: 'root', children: s.blocks })).join('\n');
    for (const g of groups) for (const n of [1, 2, 3]) expect(shown).toContain(`${g} point ${n}`);
    expect(toString({ type: 'root', children: slides[1]!.notes })).toContain(groups[groups.length - 1]!);
  });

  it('stay lists when cards would leave their sub-points out', () => {
    const groupsOf = (deep: boolean) =>
      groups.flatMap((g) => [
        `**${g}:**`,
        '',
        ...[1, 2].flatMap((n) => [`- ${g} topic ${n}`, ...(deep ? [sub(g, n), sub(g, n + 2)] : [])]),
        '',
      ]);
    const blocks = (deep: boolean) => fromMarkdown(groupsOf(deep).join('\n')).children;
    // Too tall for one slide at this room: two slides of cards, unless points would be left out.
    expect(labelledCards(blocks(false), est, 200)?.pages.length).toBe(2);
    expect(labelledCards(blocks(true), est, 200)).toBeUndefined();
  });

  it('take as few slides as hold them: six tall cards are two slides of three, not three of two', () => {
    const words = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    const items = [1, 2, 3, 4, 5, 6].map((n) => item(`Theme ${n}`, `${words}.`));
    const why = 'A paragraph long enough to be a slide of its own, about the goals.';
    const recap = `# Event\n\n## Why\n\n${why}\n\n## Takeaways\n\n${items.join('\n')}\n`;
    const slides = plan(recap).deck.slides.filter((s) => s.title === 'Takeaways');
    expect(slides.map((s) => s.layout)).toEqual(['cards', 'cards']);
    expect(slides.map((s) => (s.blocks.find((b) => b.type === 'list') as List).children.length)).toEqual([
      3, 3,
    ]);
  });
});

describe('labelled cards a little too tall for one slide', () => {
  const text = 'Teams configure it per account, review it every sprint and alert on every change.';
  const blocks = fromMarkdown(
    ['WAF', 'Shield', 'Firewall', 'Manager'].map((g) => item(g, text)).join('\n'),
  ).children;

  it('are set closer on the one slide rather than split over two half-empty ones', () => {
    const usual = labelledCards(blocks, est, 10_000)!;
    expect(usual.compact).toBeUndefined();
    const height = usual.pages[0]!.height;
    // A room a few pixels short of the usual grid: the same cards, closer, on one slide.
    const close = labelledCards(blocks, est, height - 10)!;
    expect(close.compact).toBe(true);
    expect(close.pages).toHaveLength(1);
    expect(close.pages[0]!.height).toBeLessThanOrEqual(height - 10);
    // Far too little room even for closer cards: they are split, at their usual spacing.
    const split = labelledCards(blocks, est, height * 0.6);
    expect(split?.compact).toBeUndefined();
  });

  it('carry the compact class to the slide, which the theme styles', () => {
    // Cards growing a sentence at a time: the first grid too tall for the usual spacing is set
    // closer on its one slide, before any is split.
    const grown = Array.from({ length: 16 }, (_, n) => {
      const subs = Array.from({ length: n + 1 }, (_, k) => `  - Rule ${k}: review it every sprint`);
      const groups = ['WAF', 'Shield', 'Firewall', 'Manager'].flatMap((g) => [`- **${g}:**`, ...subs]);
      return plan(`# E\n\n## Objectives\n\n${groups.join('\n')}\n`);
    });
    const first = grown.find(({ deck }) => deck.slides.some((s) => s.title === 'Objectives' && s.compact));
    expect(first).toBeDefined();
    const before = grown[grown.indexOf(first!) - 1]!;
    expect(before.deck.slides.filter((s) => s.title === 'Objectives')).toHaveLength(1);
    expect(first!.deck.slides.filter((s) => s.title === 'Objectives')).toHaveLength(1);
    expect(first!.markdown).toMatch(/_class: cards compact/);
  });
});

describe('parts a talk sets apart with bold labels, each with its own sentences', () => {
  const talk = [
    'The first session asked what happens after an alert fires, and proposed a move from alerts to actions.',
    '',
    '**Alert fatigue:**',
    'Cloud systems raise thousands of alerts a day. Teams drown in them and miss the serious ones. MTTD and MTTR grow.',
    '',
    '**Action-driven operations:**',
    'Instead of waiting for an engineer, the system can:',
    '- find the root cause',
    '- roll back on its own',
    '',
    '**Live demo:** The demo showed a failing service rolled back in seconds, with no engineer woken up.',
  ].join('\n');

  it('are cards titled by their labels, over the opening line, every list item kept', () => {
    const { deck, recap } = plan(`# E\n\n## Deep Response Engine\n\n${talk}\n`);
    const slides = deck.slides.filter((s) => s.title === 'Deep Response Engine');
    expect(slides.map((s) => s.layout)).toEqual(['cards']);
    const list = slides[0]!.blocks.find((b) => b.type === 'list') as List;
    expect(list.children.map((c) => toString(c.children[0]!))).toEqual([
      'Alert fatigue',
      'Action-driven operations',
      'Live demo',
    ]);
    const shown = toString({ type: 'root', children: slides[0]!.blocks });
    expect(shown).toContain('The first session asked');
    expect(shown).toContain('roll back on its own');
    expect(shown).not.toContain('**');
    expect(findLostWords(recap.tree, deck)).toEqual([]);
  });

  it('never take a bold word that opens a sentence, its subject, for a label', () => {
    const prose = talk.replaceAll('**Alert fatigue:**', '**Alert fatigue** is what teams feel when');
    const { deck } = plan(`# E\n\n## Deep Response Engine\n\n${prose}\n`);
    const cards = deck.slides.flatMap((s) =>
      s.layout === 'cards' ? (s.blocks.find((b) => b.type === 'list') as List).children : [],
    );
    expect(cards.map((c) => toString(c.children[0]!))).toEqual(['Action-driven operations', 'Live demo']);
  });
});

describe('a labelled part whose sentence leads into its list', () => {
  it('stands over the items in its card, not among them', () => {
    const part = (label: string) =>
      `**${label}:**\nThay vì chỉ cảnh báo, hệ thống có khả năng:\n- Phân tích nguyên nhân.\n- Đề xuất hành động.\n`;
    const { deck } = plan(`# Event\n\n## Kiến trúc\n\n${part('Phát hiện')}\n${part('Khắc phục')}`);
    const slide = deck.slides.find((s) => s.title === 'Kiến trúc')!;
    expect(slide.layout).toBe('cards');
    const cards = (slide.blocks.find((b) => b.type === 'list') as List).children;
    for (const card of cards) {
      const [, lead, items] = card.children;
      expect(lead?.type).toBe('paragraph');
      expect(toString(lead!)).toMatch(/có khả năng:$/u);
      expect(items?.type).toBe('list');
      expect((items as List).children.map((i) => toString(i))).toEqual([
        'Phân tích nguyên nhân.',
        'Đề xuất hành động.',
      ]);
    }
  });
});

describe('labelled groups of the author’s results too many lines for one slide', () => {
  const group = (label: string, count: number) => [
    `* **${label}:**`,
    ...Array.from(
      { length: count },
      (_, i) => `  * ${label} ${i + 1}: đã hoàn thành phần việc này cùng cả nhóm thực tập`,
    ),
    '',
  ];
  const body = [
    ...group('Kết nối', 3),
    ...group('Quy trình', 4),
    ...group('Thực hành AWS', 5),
    ...group('Tổng quan', 2),
  ];
  const recap = (heading: string) => withPart(heading, body);

  it('show each card’s first items on one slide, where they are the author’s results', () => {
    const cards = plan(recap('Kết quả đạt được tuần 1')).deck.slides.filter((s) => s.layout === 'cards');
    expect(cards).toHaveLength(1);
    const shown = toString({ type: 'root', children: cards[0]!.blocks });
    expect(shown).toContain('Thực hành AWS 2:');
    expect(shown).not.toContain('Thực hành AWS 3:');
    expect(toString({ type: 'root', children: cards[0]!.notes })).toContain('Thực hành AWS 5:');
  });

  it('keep every item over more slides where they are a workshop’s content', () => {
    const slides = plan(recap('Nội dung workshop')).deck.slides;
    const shown = slides.map((s) => toString({ type: 'root', children: s.blocks })).join('\n');
    expect(shown).toContain('Thực hành AWS 5:');
    expect(slides.filter((s) => s.title.startsWith('Nội dung workshop')).length).toBeGreaterThan(1);
  });
});
