import { describe, expect, it } from 'vitest';
import { isMenuLabel } from '../../src/recap/choose-title.js';
import { plan } from '../helpers.js';

const titleOf = (text: string) => {
  const { recap, warnings } = plan(text);
  return { title: recap.title, date: recap.meta.date, warnings: warnings.map((w) => w.message) };
};

describe('the deck title', () => {
  it('tells menu labels from titles', () => {
    for (const label of [
      'Event 4',
      'Week 3',
      'Worklog',
      'Sự kiện 2',
      '1.1 Week1',
      '4.4. Event 4',
      'Worklog Tuần 3',
    ])
      expect(isMenuLabel(label), label).toBe(true);
    for (const title of [
      'AWS Summit Amsterdam 2023',
      'Event 2, 3, 4 - AWS Cloud Mastery',
      'Week of Serverless',
    ])
      expect(isMenuLabel(title), title).toBe(false);
  });

  it('takes the front matter title, or the names other generators give it', () => {
    expect(titleOf('---\ntitle: "AWS Summit Amsterdam 2023"\n---\n\nSome text here.\n').title).toMatchObject({
      text: 'AWS Summit Amsterdam 2023',
      from: 'front matter',
      key: 'title',
    });
    for (const key of ['post_title', 'name', 'headline'])
      expect(titleOf(`---\n${key}: "Cloud Day"\n---\n\nSome text here.\n`).title).toMatchObject({
        text: 'Cloud Day',
        key,
      });
  });

  it('lets a real H1 beat a menu label, and an H1 that says the front matter title and more', () => {
    expect(titleOf('---\ntitle: "Event 4"\n---\n# DevOps on AWS\n\n## A\n\nx\n').title).toMatchObject({
      text: 'DevOps on AWS',
      from: 'heading',
    });
    expect(
      titleOf('---\ntitle: "Serverless Day"\n---\n# Recap: "Serverless Day 2026"\n\nx\n').title?.text,
    ).toBe('Recap: "Serverless Day 2026"');
  });

  it('keeps a different H1 in the recap when the front matter title wins', () => {
    const { recap } = plan('---\ntitle: "Cloud Day 2025"\n---\n# My notes\n\nText under it.\n');
    expect(recap.title?.text).toBe('Cloud Day 2025');
    expect(recap.outline.sections.map((s) => s.title)).toEqual(['My notes']);
  });

  it('reads a first line that reads as a title, never a sentence or a label', () => {
    expect(titleOf('Nhật ký công việc tuần 3\n\nHôm nay em học IAM.\n').title).toMatchObject({
      text: 'Nhật ký công việc tuần 3',
      from: 'first line',
    });
    expect(titleOf('Date: 15/11/2025\n\nText.\n').title).toBeUndefined();
    expect(titleOf('This is a sentence about the day.\n\nText.\n').title).toBeUndefined();
  });

  it('titles several H1s that each open a part together', () => {
    expect(titleOf('# CEO Keynote\n\n- a\n\n# CTO Keynote\n\n- b\n').title?.text).toBe(
      'CEO Keynote · CTO Keynote',
    );
  });

  it('reads dates from date, post_date and publishDate, Jekyll timestamps included', () => {
    expect(titleOf('---\npost_title: x y z\npost_date: 2022-08-24 15:00:00 -0000\n---\nText.\n').date).toBe(
      '2022-08-24',
    );
    expect(titleOf('---\npublishDate: 2024-03-01\n---\nText.\n').date).toBe('2024-03-01');
    const rmd = titleOf('---\ndate: "`r Sys.Date()`"\npost_date: 2024-05-06\n---\nText.\n');
    expect(rmd.date).toBe('2024-05-06');
    expect(rmd.warnings[0]).toMatch(/"date" is not a date/);
  });
});
