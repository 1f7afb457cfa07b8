import { describe, expect, it } from 'vitest';
import { blockText } from '../../src/model/text.js';
import { plan } from '../helpers.js';

/** Whether `word` of the line is kept off the slides (and still in the notes). */
const offSlides = (line: string, word: string) => {
  const { deck } = plan(
    `# Recap\n\n## Intro\n\nSome words.\n\n## From the day\n\n${line}\n\n## After\n\nMore words.\n`,
  );
  const shown = deck.slides.flatMap((s) => s.blocks.map(blockText)).join(' ');
  const notes = deck.slides.flatMap((s) => s.notes.map(blockText)).join(' ');
  expect(shown.includes(word) || notes.includes(word)).toBe(true);
  return !shown.includes(word);
};

describe('notes to the author', () => {
  it('marks picture placeholders and template notices notesOnly, with a warning, keeping their words', () => {
    const { recap, warnings } = plan(
      [
        '# Recap',
        '',
        '{{% notice warning %}}',
        '⚠️ **Note:** The information below is for reference purposes only. Please **do not copy verbatim** for your report.',
        '{{% /notice %}}',
        '',
        '## Photos',
        '',
        '*(Insert your photos here)*',
        '',
        '*(Chèn ảnh tại đây)*',
        '',
        '## Takeaways',
        '',
        'We should insert more tests here and there, said the speaker, and we agreed with that idea.',
        '',
        '{{% notice note %}}',
        'Bạn có thể sử dụng ví dụ bên dưới để biết khu vực bạn đang dùng.',
        '{{% /notice %}}',
        '',
      ].join('\n'),
    );
    const marked: string[] = [];
    const visit = (node: { type: string; data?: { notesOnly?: boolean }; children?: unknown[] }) => {
      if (node.data?.notesOnly) marked.push(node.type);
      for (const child of (node.children ?? []) as (typeof node)[]) visit(child);
    };
    visit(recap.tree as never);
    expect(marked).toEqual(['callout', 'paragraph', 'paragraph']);
    expect(warnings.map((w) => w.location?.line)).toEqual([3, 9, 11]);
    expect(warnings[1]!.message).toMatch(/reads as a note to the author; it goes to the speaker notes/);
  });
});

describe('a template line still to be filled in', () => {
  it('goes to the notes: bracketed blanks, or an instruction to fill it in', () => {
    expect(
      offSlides('- **[Tên Diễn Giả]** - [Chức vụ/Tổ chức] *(Bạn điền tên diễn giả vào đây nhé)*', 'Chức'),
    ).toBe(true);
    expect(offSlides('- [Speaker name] – [Title, Company]', 'Company')).toBe(true);
    expect(offSlides('- Jane Doe – (fill in the role here)', 'Jane')).toBe(true);
    expect(offSlides('Your name here', 'name')).toBe(true);
  });

  it('leaves real lines with brackets or the same words alone', () => {
    expect(offSlides('- [Kha Van](https://example.com/kv) – AWS Vietnam', 'Kha')).toBe(false);
    expect(
      offSlides('- Jane Doe – [AWS] Solutions Architect, who showed how to fill in gaps here', 'Jane'),
    ).toBe(false);
    expect(offSlides('- Điền Nguyễn – kỹ sư dữ liệu', 'Điền')).toBe(false);
  });
});

describe('template instructions and leftovers', () => {
  it('sends an instruction that tells the writer what to write to the notes', () => {
    expect(
      offSlides(
        '> Trong phần này, bạn nên liệt kê và mô tả chi tiết các sự kiện bạn đã tham gia.\n>\n> - Tên sự kiện',
        'liệt',
      ),
    ).toBe(true);
    expect(offSlides('> In this section, you should list every event you attended.', 'attended')).toBe(true);
    // A quote that only mentions "you should" later is the author's own words.
    expect(
      offSlides('> The speaker said that after many years in the cloud you should list your costs.', 'costs'),
    ).toBe(false);
  });

  it('sends a promise of pictures still to come to the notes', () => {
    expect(offSlides('*Hình ảnh workshop sẽ được thêm vào đây*', 'workshop')).toBe(true);
    expect(offSlides('Photos will be added soon.', 'Photos')).toBe(true);
  });
});
