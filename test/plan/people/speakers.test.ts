// Person cards through the planner: who gets a card, with what, and that the notes keep
// whatever a card leaves out (nothing lost).
import type { List } from 'mdast';
import { describe, expect, it } from 'vitest';
import { blockText } from '../../../src/model/text.js';
import type { Slide } from '../../../src/model/deck.js';
import { findLostWords } from '../../oracle/coverage.js';
import { speakerRows } from '../../../src/plan/people/speakers.js';
import { est, plan } from '../../helpers.js';

const recap = (heading: string, list: string) =>
  `---\ntitle: Event\n---\n\n## Intro\n\nA short intro paragraph.\n\n### ${heading}\n\n${list}\n\n### After\n\nSome closing words.\n`;

function speakers(markdown: string) {
  const planned = plan(markdown);
  const slides = planned.deck.slides.filter((s) => s.layout === 'speakers');
  const cards = slides.flatMap((s) =>
    s.blocks
      .flatMap((b) => (b.type === 'list' ? b.children : []))
      .map((item) => item.data?.person ?? 'other'),
  );
  const notes = (slide: Slide) => slide.notes.map(blockText).join('\n');
  return { ...planned, slides, cards, notes: slides.map(notes).join('\n') };
}

describe('speaker cards', () => {
  it('makes a card of each person of a joint name, once per slide, initials from the name', () => {
    const {
      cards,
      notes,
      recap: r,
      deck,
    } = speakers(
      recap(
        'Danh sách diễn giả',
        [
          '- **Anh Steve Trần** - Cloud Thinker',
          '- **Anh Nghi Danh, Anh Trung Vu** - Renova Cloud, AWS Study Builder',
          '- **Chị Bảo và Anh Nguyên Nguyễn** - Cloud Engineer, Cloud Kinetic',
          '- **Anh Toàn Nguyễn và Anh Nghi Danh** - Renova Cloud',
        ].join('\n'),
      ),
    );
    expect(cards.map((c) => (c === 'other' ? c : c.name))).toEqual([
      'Anh Steve Trần',
      'Anh Nghi Danh',
      'Anh Trung Vu',
      'Chị Bảo',
      'Anh Nguyên Nguyễn',
      'Anh Toàn Nguyễn',
    ]);
    const initials = cards.map((c) => (c === 'other' ? '' : c.initials));
    expect(initials.slice(0, 3)).toEqual(['ST', 'ND', 'TV']);
    expect(new Set(initials).size).toBe(initials.length);
    expect(initials.some((i) => i.startsWith('A') || i.startsWith('C'))).toBe(false);
    // The lines the cards cut apart are in the notes word for word.
    expect(notes).toContain('Anh Toàn Nguyễn và Anh Nghi Danh - Renova Cloud');
    expect(findLostWords(r.tree, deck)).toEqual([]);
  });

  it('puts "(role – org)" on the card and the bio in the notes', () => {
    const {
      cards,
      notes,
      recap: r,
      deck,
    } = speakers(
      recap(
        'Featured Speakers',
        [
          '* **Lâm Tuấn Kiệt** (Sr DevOps Engineer - FPT Software): Shared in-depth insights on system operations.',
          '* **Danh Hoàng Hiếu Nghị** (AI Engineer - Renova Cloud): Expert on AI solutions and models.',
        ].join('\n'),
      ),
    );
    expect(cards).toMatchObject([
      { name: 'Lâm Tuấn Kiệt', role: 'Sr DevOps Engineer - FPT Software' },
      { name: 'Danh Hoàng Hiếu Nghị', role: 'AI Engineer - Renova Cloud' },
    ]);
    expect(notes).toContain('Shared in-depth insights on system operations.');
    expect(findLostWords(r.tree, deck)).toEqual([]);
  });

  it('shows hosts listed with e-mails as cards, the addresses in the notes', () => {
    const { cards, notes, slides } = speakers(
      recap(
        'Your hosts for today',
        '- Dirk Fröhner (froehner@amazon.de), Solutions Architect, AWS\n- Steffen Grunwald (steffeng@amazon.de), Solutions Architect, AWS',
      ),
    );
    expect(cards).toMatchObject([
      { name: 'Dirk Fröhner', role: 'Solutions Architect, AWS', initials: 'DF' },
      { name: 'Steffen Grunwald', role: 'Solutions Architect, AWS', initials: 'SG' },
    ]);
    expect(slides.map((s) => s.blocks.map(blockText).join(' ')).join(' ')).not.toContain('@');
    expect(notes).toContain('froehner@amazon.de');
  });

  it('reads a nested speaker list and a group line: a caption over each group of cards', () => {
    const {
      cards,
      slides,
      recap: r,
      deck,
    } = speakers(
      recap(
        'Ban Tổ Chức & Diễn Giả',
        [
          '- **Người hướng dẫn chính**:',
          '  - **Anh Toan Huynh** – Trình bày AI-Driven SDLC, demo Amazon Q Developer',
          '  - **Chị My Nguyen** – Demo công cụ Kiro',
          '- **Ban điều phối**: Chị Diem My, Anh Dai Truong, Anh Dinh Nguyen (AWS GenAI Builder Club Vietnam)',
        ].join('\n'),
      ),
    );
    expect(slides).toHaveLength(1);
    const list = slides[0]!.blocks.find((b): b is List => b.type === 'list')!;
    expect(list.children.map((i) => (i.data?.person ? i.data.person.name : blockText(i)))).toEqual([
      'Người hướng dẫn chính',
      'Anh Toan Huynh',
      'Chị My Nguyen',
      'Ban điều phối',
      'Chị Diem My',
      'Anh Dai Truong',
      'Anh Dinh Nguyen',
    ]);
    expect(cards[4]).toMatchObject({ role: 'AWS GenAI Builder Club Vietnam', initials: 'DM' });
    expect(findLostWords(r.tree, deck)).toEqual([]);
  });

  it('gives a speaker with sub-items their role from them', () => {
    const { cards } = speakers(
      recap(
        'Speakers',
        [
          '- **Nguyen Van Minh**',
          '  - Topic: Serverless at scale',
          '  - Role: Solutions Architect, AWS',
          '- **Tran Thi Lan**',
          '  - Topic: Data lakes on S3',
        ].join('\n'),
      ),
    );
    expect(cards).toMatchObject([
      { name: 'Nguyen Van Minh', role: 'Solutions Architect, AWS' },
      { name: 'Tran Thi Lan', role: 'Data lakes on S3' },
    ]);
  });

  it('keeps lists that name no one out of person cards', () => {
    const lists = [
      '- **Zero Trust** – never trust, always verify\n- **Least Privilege** – grant only what is needed',
      '- Cost Explorer – see your spend\n- Budget Alerts – get told early',
      '- **Amazon S3** – object storage\n- **AWS Lambda** – run code without servers',
      '- **Step One** – create the bucket\n- **Step Two** – upload the site',
    ];
    for (const list of lists)
      for (const heading of ['Highlights', 'Hosting a static website', 'Speakers'])
        expect(speakers(recap(heading, list)).slides, `${heading}: ${list}`).toEqual([]);
    // Plainly people, even under a heading that does not say so.
    const people =
      '- **Nguyen Van Minh** – Solutions Architect, AWS\n- **Tran Thi Lan** – Data Engineer, FPT';
    expect(speakers(recap('Highlights', people)).cards).toHaveLength(2);
  });

  it('shows a group as a line across the grid, not as a person', () => {
    const { cards } = speakers(
      recap(
        'Speakers',
        '- **Mr. Thi** – Solution Architect\n- **Mr. Tung** – Speaker\n- **Various AWS Solution Architects**',
      ),
    );
    expect(cards.map((c) => (c === 'other' ? c : c.initials))).toEqual(['T', 'TU', 'other']);
  });
});

describe('a list of people among sections', () => {
  it('neither takes nor gives a parent name in the small line over a title', () => {
    const markdown = [
      '# Event',
      '',
      '## Goals',
      '',
      'Why we came, in a sentence or two.',
      '',
      '### Speakers',
      '',
      '- **Nguyen Van An** – Solutions Architect, AWS',
      '- **Tran Thi Binh** – DevOps Lead, VNG',
      '',
      '## Speaker List',
      '',
      '- **Le Van Cuong** – Cloud Engineer, FPT',
      '- **Pham Thi Dung** – Data Engineer, Grab',
      '',
      '### Overview',
      '',
      'The project in a few words.',
      '',
      '### Architecture',
      '',
      'How it was built, in a few words.',
      '',
    ].join('\n');
    const slides = plan(markdown).deck.slides;
    const people = slides.filter((s) => s.layout === 'speakers');
    expect(people).toHaveLength(2);
    for (const slide of people) expect(slide.eyebrow ?? '').not.toContain('Goals');
    for (const title of ['Overview', 'Architecture'])
      expect(slides.find((s) => s.title.includes(title))!.eyebrow ?? '').not.toContain('Speaker List');
  });
});

describe('a speaker grid with room to spare', () => {
  const people = (count: number, role: string) =>
    Array.from(
      { length: count },
      (_, i) => `- **Person${String.fromCharCode(65 + i)} Nguyen** - ${role}`,
    ).join('\n');

  it('is set larger (taller rows) when one slide holds it with room left', () => {
    const short = speakers(recap('Speakers', people(6, 'Cloud Engineer')));
    expect(short.slides).toHaveLength(1);
    expect(short.slides[0]!.roomy).toBe(true);
    const rows = (roomy: boolean) =>
      speakerRows(short.slides[0]!.blocks[0] as List, est, roomy).map((row) => row.height);
    for (const [i, height] of rows(true).entries()) expect(height).toBeGreaterThan(rows(false)[i]!);
  });

  it('keeps its size when the larger cards would crowd the slide', () => {
    const role = 'Principal Solutions Architect for Data and Analytics, Amazon Web Services Vietnam';
    const long = speakers(recap('Speakers', people(6, role)));
    expect(long.slides.every((slide) => !slide.roomy)).toBe(true);
  });
});

describe('a speakers section of one short line', () => {
  const deckOf = (speakers: string) =>
    plan(
      `# Event\n\n## Objectives\n\n- Learn DevOps\n\n## Speakers\n\n${speakers}\n\n## Takeaways\n\n- Ship more\n`,
    );

  it('is said by the cover ("Speakers: AWS Experts Team"), with no slide of its own', () => {
    const { deck, recap: r } = deckOf('- **AWS Experts Team**');
    expect(deck.slides[0]!.subtitle).toContain('Speakers: AWS Experts Team');
    expect(deck.slides.some((s) => s.title === 'Speakers')).toBe(false);
    expect(findLostWords(r.tree, deck)).toEqual([]);
  });

  it('keeps its slide when it says more than a line', () => {
    const { deck } = deckOf('- **Jane Doe** – Solutions Architect, AWS\n- **John Roe** – DevOps Lead, VNG');
    expect(deck.slides[0]!.subtitle ?? []).not.toContainEqual(expect.stringMatching(/^Speakers/));
    expect(deck.slides.some((s) => s.title === 'Speakers')).toBe(true);
  });
});

describe('sub-sections under a speaker list', () => {
  it('are parts of the deck of their own, after the speakers and not under them', () => {
    const { deck } = plan(
      [
        '# Build Week',
        '### Purpose',
        '- Learn agents\n- Build fast\n- Pitch well',
        '### Project',
        'Signal Scout, a market scanner.',
        '### Speakers',
        '- **Le Tan Luc** – Solutions Architect, AWS\n- **Do Hoang Hieu** – Cloud Engineer, FCJ',
        '#### Overview',
        'The project scans markets for signals and reports them every morning.',
        '#### Architecture',
        '- Lambda agents\n- Bedrock models\n- DynamoDB state',
        '#### Lessons',
        '- Start small\n- Test prompts',
        '#### Demo',
        'We showed the scanner live, from a market event to the morning report.',
        '#### Results',
        '- Second place\n- Two pilot users',
        '#### Next steps',
        '- Add more markets\n- Cut the cost per run',
      ].join('\n\n'),
    );
    // (Thin parts share slides as cards, titled by the parts they hold.)
    expect(deck.slides.map((s) => s.title).join('\n')).toMatch(
      /Speakers[\s\S]*Overview[\s\S]*Architecture[\s\S]*Lessons/,
    );
    expect(deck.slides.find((s) => s.title.includes('Architecture'))?.eyebrow ?? '').not.toMatch(/Speakers/);
  });
});

describe('a speaker grid too long for one slide', () => {
  it('stands on evener slides, three to a row, rather than leave a few cards alone on the last', () => {
    const names = ['An', 'Binh', 'Cuong', 'Dung', 'Giang', 'Hieu', 'Khanh', 'Linh', 'Minh', 'Nam', 'Phuong'];
    const role = 'AWS Cloud Club Captain HCMUTE, First Cloud AI Journey';
    const list = names.map((n) => `- **Nguyen Van ${n}** – ${role}`).join('\n');
    const slides = plan(recap('Speakers', list)).deck.slides.filter((s) => s.layout === 'speakers');
    const counts = slides.map((s) => s.blocks.flatMap((b) => (b.type === 'list' ? b.children : [])).length);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(names.length);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(Math.floor(names.length / counts.length));
  });
});
