import { describe, expect, it } from 'vitest';
import { readStatedDate } from '../../src/recap/dates.js';
import { blockText } from '../../src/model/text.js';
import { plan } from '../helpers.js';

describe('event facts stated in the body', () => {
  it('reads date, time, place and role from label lines, keeping the lines in the recap', () => {
    const { recap, markdown } = plan(
      [
        '---',
        'title: "Event 4"',
        'date: 2024-01-01',
        '---',
        '# Cloud Day',
        '',
        '**Thời gian:** 09:00 – 12:00, ngày 21/03/2026',
        '',
        '📍 **Địa điểm:** Tầng 26, Bitexco',
        '',
        '**Vai trò:** Người tham dự',
        '',
        '## Nội dung',
        '',
        'Text.',
        '',
      ].join('\n'),
    );
    expect(recap.facts).toEqual({
      date: {
        label: 'Thời gian',
        value: '09:00 – 12:00, ngày 21/03/2026',
        iso: '2026-03-21',
        origin: { line: 7, column: 1 },
      },
      time: { label: 'Thời gian', value: '09:00 – 12:00', origin: { line: 7, column: 1 } },
      place: { label: 'Địa điểm', value: 'Tầng 26, Bitexco', origin: { line: 9, column: 1 } },
      role: { label: 'Vai trò', value: 'Người tham dự', origin: { line: 11, column: 1 } },
    });
    // The date stated in the body wins over the front matter's publish date.
    expect(recap.date).toEqual({ iso: '2026-03-21', from: 'body' });
    expect(markdown).toContain('Tầng 26, Bitexco');
  });

  it('reads facts from list items and key/value tables, never from a table header', () => {
    const list = plan(
      '## Key Highlights\n\n- Date & Time: Saturday, November 15, 2025, 8:30 – 12:00 GMT+7\n- Location: AWS Vietnam Office\n',
    );
    expect(list.recap.facts.date?.iso).toBe('2025-11-15');
    expect(list.recap.facts.time?.value).toBe('8:30 – 12:00 GMT+7');
    expect(list.recap.facts.place?.value).toBe('AWS Vietnam Office');
    const table = plan(
      '## Details\n\n| | |\n|---|---|\n| **Date & Time** | January 27, 2026 |\n| **Role** | Attendee |\n\n## Agenda\n\n| Time | Topic |\n|---|---|\n| 9:00 | Opening |\n',
    );
    expect(table.recap.facts).toMatchObject({ date: { iso: '2026-01-27' }, role: { value: 'Attendee' } });
    expect(table.recap.facts.time).toBeUndefined();
  });

  it('reads a "Ngày/giờ" or "Date/Time" row, and a table of facts before the first section is said by the cover', () => {
    const recap = (label: string) =>
      plan(
        `# AWS Study Group\n\n| Trường | Nội dung |\n| --- | --- |\n| ${label} | 09 May 2026 |\n| Địa điểm | AWS Event Hall, TP. Hồ Chí Minh |\n| Vai trò | Người tham gia |\n\n## Nội dung chính\n\n- Học AWS qua dự án\n`,
      );
    for (const label of ['Ngày/giờ', 'Ngày & giờ', 'Date/Time']) {
      const { recap: r, deck } = recap(label);
      expect(r.facts.date?.iso, label).toBe('2026-05-09');
      expect(deck.slides[0]!.subtitle?.[0], label).toMatch(/2026/);
      // No slide repeats the facts table; its words are in the cover's notes.
      expect(deck.slides.some((s) => s.blocks.some((b) => b.type === 'table'))).toBe(false);
      expect(deck.slides[0]!.notes.map(blockText).join('\n')).toContain('Người tham gia');
    }
  });

  it("never takes the page's date for the event's, reads an event_date key, and dates as people write them", () => {
    // A page's `date` is when it was published: a recap is often posted days later.
    expect(plan('---\ndate: 2025-11-16\n---\n# T\n\nText.\n').recap.date).toBeUndefined();
    expect(plan('---\ndate: 2025-11-20\nevent_date: 2025-11-17\n---\n# T\n\nText.\n').recap.date).toEqual({
      iso: '2025-11-17',
      from: 'front matter',
    });
    expect(readStatedDate('Thursday, September 18, 2025')).toBe('2025-09-18');
    expect(readStatedDate('18 tháng 9 năm 2025')).toBe('2025-09-18');
    expect(readStatedDate('Thứ Bảy, 15/11/2025')).toBe('2025-11-15');
    expect(readStatedDate('8/18/2022')).toBe('2022-08-18');
    expect(readStatedDate('27th January 2026')).toBe('2026-01-27');
    expect(readStatedDate('30/02/2025')).toBeUndefined();
    expect(readStatedDate('soon')).toBeUndefined();
  });

  it('reads the hour a date line starts at, and a range whose dash was lost, for the cover', () => {
    const cover = (line: string) => {
      const { recap, deck } = plan(`# Cloud Day\n\n${line}\n\n## Notes\n\nText.\n`);
      return { time: recap.facts.time?.value, shown: deck.slides[0]!.subtitle?.[0] };
    };
    expect(cover('**Thời gian:** 09:00, Thứ Bảy, ngày 27/06/2026')).toEqual({
      time: '09:00',
      shown: '27 tháng 6, 2026 · 09:00',
    });
    expect(cover('**Date:** Saturday, November 29, 2025, 8:30 AM  12:00 PM')).toEqual({
      time: '8:30 AM 12:00 PM',
      shown: 'November 29, 2025 · 8:30 AM – 12:00 PM',
    });
    // A date alone states no hour: neither its day nor its year is one.
    expect(cover('**Date:** 27.06.2026').time).toBeUndefined();
  });

  it('states no one date, time or place for a recap of several events, only the role', () => {
    const { recap, markdown } = plan(
      [
        '# Events I attended',
        '',
        '## Cloud Mastery #1',
        '',
        '- **Date:** 15/11/2025',
        '- **Location:** Bitexco Tower',
        '- **Role:** Attendee',
        '',
        '## Cloud Mastery #2',
        '',
        '- **Date:** 17/11/2025',
        '- **Location:** AWS Office',
        '',
      ].join('\n'),
    );
    expect(recap.facts).toEqual({ role: expect.objectContaining({ value: 'Attendee' }) });
    expect(recap.date).toBeUndefined();
    // The facts stay where they were written, under their own event.
    for (const text of ['15/11/2025', '17/11/2025', 'AWS Office']) expect(markdown).toContain(text);
  });
});
