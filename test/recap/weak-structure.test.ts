import { describe, expect, it } from 'vitest';
import { plan } from '../helpers.js';

const sections = (text: string) =>
  plan(text).recap.outline.sections.map((s) => [s.title, s.children.map((c) => c.title)]);

describe('structure from weak signals', () => {
  it('takes sections from emoji-led lines in a worklog without headings', () => {
    expect(
      sections(
        '📅 Thông tin cơ bản\nNgày: 15/09/2025\n\n🎯 Mục tiêu ngày hôm nay\n- Học IAM\n\n💼 Công việc đã thực hiện\n- Tạo user\n',
      ),
    ).toEqual([
      ['📅 Thông tin cơ bản', []],
      ['🎯 Mục tiêu ngày hôm nay', []],
      ['💼 Công việc đã thực hiện', []],
    ]);
  });

  it('takes sections from label lines and from short lines over &emsp;-indented paragraphs', () => {
    expect(sections('Mục tiêu:\n\n- Một\n\nKết quả:\n\n- Hai\n')).toEqual([
      ['Mục tiêu', []],
      ['Kết quả', []],
    ]);
    const { recap, markdown } = plan(
      'Cloud Day\n\n&emsp;First paragraph of the day.\n\n&emsp;Second one.\n\nGenAI Track\n\n&emsp;More text.\n',
    );
    expect(recap.outline.sections.map((s) => s.title)).toEqual(['Cloud Day', 'GenAI Track']);
    expect(markdown).not.toMatch(/&emsp;|\u2003First/);
    // A short line with its own lines indented under it, in one paragraph.
    expect(
      sections(
        'Intro line.\n\nEvent 1: Cloud Day\n&emsp;**Date:** 18/09/2025\n&emsp;Talks on GenAI.\n\nEvent 2: Community Day\n&emsp;Talks on DevOps.\n',
      ),
    ).toEqual([
      ['Event 1: Cloud Day', []],
      ['Event 2: Community Day', []],
    ]);
  });

  it('splits a section with sparse headings at lines that stand as headings', () => {
    expect(
      sections(
        '## Day one\n\n**Morning**\n\nKeynote talk.\n\n**Afternoon**\n\nWorkshop.\n\n## Day two\n\nMore.\n',
      ),
    ).toEqual([
      ['Day one', ['Morning', 'Afternoon']],
      ['Day two', []],
    ]);
  });

  it("ends a slot's group of labels at the next slot written like it", () => {
    const slot = (time: string, name: string, groups: string[]) =>
      [
        `**${time} | ${name}**`,
        '',
        ...groups.flatMap((g) => [`**${g}:**`, `- ${g} point one`, `- ${g} point two`, '']),
      ].join('\n');
    const programme = [
      '## Programme',
      '',
      slot('8:50 – 9:30 AM', 'Operational Excellence', ['Concepts', 'Best Practices']),
      slot('11:15 – 11:45 AM', 'Cost Optimization', ['Costs', 'Tools']),
      '**11:45 – 12:00 PM | Wrap-up & Q&A**',
      '- Summary of the key points',
      '- Demo of the Well-Architected Tool',
      '',
      '## Takeaways',
      '',
      '- A point.',
    ].join('\n');
    expect(sections(`# Workshop\n\n${programme}\n`)).toEqual([
      [
        'Programme',
        [
          '8:50 – 9:30 AM | Operational Excellence',
          '11:15 – 11:45 AM | Cost Optimization',
          '11:45 – 12:00 PM | Wrap-up & Q&A',
        ],
      ],
      ['Takeaways', []],
    ]);
  });

  it('makes several H1s parts and a page of several events one section per event', () => {
    expect(sections('# CEO Keynote\n\n- a\n\n# CTO Keynote\n\n- b\n')).toEqual([
      ['CEO Keynote', []],
      ['CTO Keynote', []],
    ]);
    expect(
      sections(
        [
          'Event 2 - Cloud Mastery #1',
          '**Summary:** A day on AI.',
          '',
          '**Objectives**',
          '- Learn AI',
          '',
          '**Takeaways**',
          '- Use Bedrock',
          '',
          '---',
          '',
          'Event 3 - Cloud Mastery #2',
          '**Summary:** A day on DevOps.',
          '',
          '**Objectives**',
          '- Learn CI/CD',
          '',
          '**Takeaways**',
          '- Ship often',
          '',
        ].join('\n'),
      ),
    ).toEqual([
      ['Event 2 - Cloud Mastery #1', ['Summary', 'Objectives', 'Takeaways']],
      ['Event 3 - Cloud Mastery #2', ['Summary', 'Objectives', 'Takeaways']],
    ]);
  });

  it('shows [x], [ ] and - [x] as checkboxes', () => {
    const { markdown } = plan('## Tasks\n\n- [x] Create account\n- [ ] Install CLI\n\n[x] Read the rules\n');
    expect(markdown).toContain('- ✅ Create account\n- ⬜ Install CLI');
    expect(markdown).toContain('✅ Read the rules');
    expect(markdown).not.toContain('[x]');
  });
});
