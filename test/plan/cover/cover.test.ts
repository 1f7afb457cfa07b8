// What the cover states under its headline, and what it no longer says twice.
import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { isAttending, place } from '../../../src/plan/cover/cover-facts.js';
import { unstatedLines } from '../../../src/plan/cover/unstated-lines.js';
import { labelsFor } from '../../../src/i18n/labels.js';
import { plan } from '../../helpers.js';

const facts = [
  '**Ngày & Giờ:** Thứ Bảy, 29/11/2025, 8:30 AM - 12:00 PM  ',
  '**Địa điểm:** FCJ Learning Center, TP. Hồ Chí Minh  ',
  '**Vai trò:** Người tham gia Workshop  ',
  '**Đơn vị tổ chức:** First Cloud Journey, AWS User Group Vietnam',
].join('\n');
const recap = `# Báo cáo: "Workshop AWS Well-Architected"\n\n${facts}\n\n## Mục đích\n\n- Hiểu năm trụ cột\n`;

describe('unstatedLines', () => {
  it('keeps the lines of a fact paragraph the cover does not state', () => {
    const paragraph = fromMarkdown(facts).children[0]!;
    expect(toString(unstatedLines(paragraph, new Set([1, 2, 3]))!)).toBe(
      'Đơn vị tổ chức: First Cloud Journey, AWS User Group Vietnam',
    );
    expect(unstatedLines(paragraph, new Set([1, 2, 3, 4]))).toBeUndefined();
    expect(unstatedLines(paragraph, new Set([9]))).toBe(paragraph);
  });
});

describe('isAttending', () => {
  it('takes a role that opens by attending for attending, and keeps any other', () => {
    for (const role of ['Người tham dự', 'Attendee (FCJ Cloud Intern)', 'Người tham gia Workshop'])
      expect(isAttending(role)).toBe(true);
    for (const role of ['Speaker', 'Diễn giả chính', 'Volunteer, then attendee'])
      expect(isAttending(role)).toBe(false);
  });
});

describe('the cover', () => {
  const [cover] = plan(recap).deck.slides;

  it('states date and hours, place, and the organiser once, the attending role not at all', () => {
    expect(cover!.subtitle).toEqual([
      '29 tháng 11, 2025 · 8:30 AM – 12:00 PM',
      'FCJ Learning Center, TP. Hồ Chí Minh',
    ]);
    const details = cover!.blocks.map((b) => toString(b)).join('\n');
    expect(details).toBe('Đơn vị tổ chức: First Cloud Journey, AWS User Group Vietnam');
  });

  it('says the date alone in its opening line, the hours on the slide', () => {
    expect(toString(cover!.notes[0]!)).toContain('ngày 29 tháng 11, 2025.');
  });

  it('does not print an event line whose every word the headline already says', () => {
    const lines = ['&emsp;**Event:** AWS Vietnam Cloud Day.', '', '&emsp;**Host:** AWS Vietnam.'].join('\n');
    const text = `# Reflection: AWS Cloud Day Vietnam 2025 & GenAI Track\n\n${lines}\n\n## Goals\n\n- One\n`;
    const [first] = plan(text).deck.slides;
    const shown = first!.blocks.map((b) => toString(b)).join('\n');
    expect(shown).not.toContain('Event:');
    expect(shown).toContain('Host: AWS Vietnam.');
  });

  it('names the event, or what the recap is about, where the headline only labels the page', () => {
    const body = [
      '## Goals\n',
      '- Store files in Amazon S3 and trigger AWS Lambda on each upload',
      '- Secure Amazon S3 buckets with bucket policies',
      '- Watch AWS Lambda logs and Amazon S3 metrics',
    ].join('\n');
    const named = plan(`# Sự kiện 4\n\n**Tên sự kiện:** Agent Forge Day 1\n\n${body}\n`).deck.slides[0]!;
    expect(named.title).toBe('Agent Forge Day 1');
    const topical = plan(`# Event 4\n\n${body}\n`).deck.slides[0]!;
    expect(topical.title).toBe('Amazon S3 and AWS Lambda');
    expect(JSON.stringify(topical.notes)).toContain('Event 4');
    // A label that places the page in time stays before what it was about.
    expect(plan(`# Day 3\n\n${body}\n`).deck.slides[0]!.title).toBe('Day 3: Amazon S3 and AWS Lambda');
    // A day's worklog titled only by its label and date names the day's topics under its kicker.
    const day = plan(`# Worklog - Day 19/09/2025\n\n${body}\n`).deck.slides[0]!;
    expect(day.title).toBe('Day 19/09/2025: Amazon S3 and AWS Lambda');
    expect(day.kicker).toBe(labelsFor('en').worklog);
  });
});

describe('a cover headline and kicker', () => {
  const coverOf = (text: string) => plan(`${text}\n\n## Goals\n\n- Learn\n- Build\n`).deck.slides[0]!;

  it('give a headline too long for two lines what follows its dash, as the line under it', () => {
    const cover = coverOf(
      '# Summary Report: "Vietnam Cloud Day 2025 – Ho Chi Minh City Connect Edition for Builders"',
    );
    expect(cover.title).toBe('Vietnam Cloud Day 2025');
    expect(cover.subtitle?.[0]).toBe('Ho Chi Minh City Connect Edition for Builders');
    expect(coverOf('# Report: "AWS Cloud Club – Security & Data Protection Workshop"').title).toBe(
      'AWS Cloud Club – Security & Data Protection Workshop',
    );
  });

  it('state hours on a 24-hour clock without the AM and PM they cannot take', () => {
    const cover = coverOf('# Cloud Day\n\n**Date:** September 18, 2025\n**Time:** 9:00 AM – 17:00 PM');
    expect(cover.subtitle?.[0]).toBe('September 18, 2025 · 9:00 – 17:00');
    expect(
      coverOf('# Cloud Day\n\n**Date:** September 18, 2025\n**Time:** 8:30 AM – 12:00 PM').subtitle?.[0],
    ).toBe('September 18, 2025 · 8:30 AM – 12:00 PM');
  });
});

describe('place', () => {
  it('names the venue by every part that names one in a row, then the city', () => {
    expect(place('Hội trường B, Đại học FPT TP.HCM, Khu Công nghệ cao, TP. Thủ Đức, TP. Hồ Chí Minh')).toBe(
      'Hội trường B, Đại học FPT TP.HCM, TP. Hồ Chí Minh',
    );
    expect(place('Tầng 26, Tòa nhà Bitexco, số 02 đường Hải Triều, phường Sài Gòn, TP. Hồ Chí Minh')).toBe(
      'Tòa nhà Bitexco, TP. Hồ Chí Minh',
    );
  });
});

describe("the site's menu label in the cover's notes", () => {
  it('comes last before the timing, said as a menu label: the notes do not open with "4.7. Event 7"', () => {
    const head = ['---', 'title: "Event 7"', 'pre: " <b> 4.7. </b> "', '---', ''].join('\n');
    const { deck } = plan(`${head}${recap}`);
    const notes = deck.slides[0]!.notes.map((n) => toString(n));
    // (The recap is Vietnamese: the label is said in its language, before the timing line.)
    expect(notes.at(-2)).toBe('(Mục trên website: 4.7. Event 7)');
    expect(notes.filter((n) => n.includes('Event 7'))).toHaveLength(1);
  });
});
