import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { warningsOf } from '../../src/errors.js';
import { MAX_FIELD_CHARS, readMeta } from '../../src/recap/meta.js';

const read = (data: Record<string, unknown>) => {
  const warnings = new VFile({ path: 'x.md' });
  return { meta: readMeta(data, warnings, 1), warnings: warningsOf(warnings).map((w) => w.message) };
};

describe('readMeta', () => {
  it('strips the HTML of pre and reads dates written as text or timestamps', () => {
    expect(read({ title: 'Event 4', pre: ' <b> 4.4. </b> ', date: '2025-11-16', weight: 4 }).meta).toEqual({
      title: 'Event 4',
      titleKey: 'title',
      pre: '4.4.',
      date: '2025-11-16',
      weight: 4,
    });
    expect(read({ date: '2024-01-01T00:00:00+07:00' }).meta.date).toBe('2024-01-01');
  });

  it('warns about a date that is no date and goes on without it', () => {
    const { meta, warnings } = read({ date: '`r Sys.Date()`' });
    expect(meta.date).toBeUndefined();
    expect(warnings[0]).toMatch(/"date" is not a date/);
    expect(read({ date: '2025-02-30' }).meta.date).toBeUndefined();
  });

  it('reads durations in minutes', () => {
    expect(read({ duration: '15m' }).meta.durationMinutes).toBe(15);
    expect(read({ duration: '1h30m' }).meta.durationMinutes).toBe(90);
    expect(read({ duration: 20 }).meta.durationMinutes).toBe(20);
    expect(read({ duration: 'soon' }).warnings[0]).toMatch(/duration/);
  });

  it('ignores fields of the wrong type with a warning', () => {
    const { meta, warnings } = read({ title: ['a', 'b'], weight: 'heavy' });
    expect(meta).toEqual({});
    expect(warnings).toHaveLength(2);
  });
});

describe('front matter fields of the wrong shape or size (issue 22, finding 4)', () => {
  it('ignores a field past the length limit, and authors that are not names, with a warning', () => {
    const long = 'x'.repeat(MAX_FIELD_CHARS + 1);
    const { meta, warnings } = read({ title: long, description: long, authors: ['Ann', { a: 1 }, ['b']] });
    expect(meta).toEqual({ author: 'Ann' });
    expect(warnings).toEqual([
      `front matter "title" is longer than ${MAX_FIELD_CHARS} characters; it is ignored`,
      `front matter "description" is longer than ${MAX_FIELD_CHARS} characters; it is ignored`,
      'front matter "authors" should be a list of names; the rest is ignored',
    ]);
    expect(read({ weight: [[1]] }).warnings).toEqual([
      'front matter "weight" is not a number; it is ignored',
    ]);
  });
});
