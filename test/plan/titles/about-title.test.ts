// The part that opens a deck under a label only is titled by what it is about.
import { describe, expect, it } from 'vitest';
import { plan, titles } from '../../helpers.js';

const rest =
  '## Keynotes\n\n- Serverless databases\n- Quantum computing\n\n## Takeaways\n\n- Try Aurora\n- Watch more';

describe('an opening part headed only "Introduction"', () => {
  it('is titled after the event the deck names, when the headline is a short name', () => {
    const intro =
      'I watched the recorded sessions at speed after the week ended, and share what stood out here '.repeat(
        3,
      );
    const { deck } = plan(`---\ntitle: AWS re:Invent 2023\n---\n\n## Introduction\n\n${intro}\n\n${rest}\n`);
    expect(titles(deck)).toContain('About AWS re:Invent 2023');
    expect(titles(deck)).not.toContain('Introduction');
    // "Event overview", "Tổng quan sự kiện": the same label, naming the event only as "the event".
    const overview = plan(
      `---\ntitle: AWS re:Invent 2023\n---\n\n## Event Overview\n\n${intro}\n\n${rest}\n`,
    );
    expect(titles(overview.deck)).toContain('About AWS re:Invent 2023');
  });

  it('is the first part with a slide, after lines that only state the facts of the cover', () => {
    const recap = [
      '---',
      'title: "Event 3 - AWS Security Pillar Workshop"',
      '---',
      '# AWS Security Pillar Workshop',
      '',
      // (As an author typed them: a space inside the bold marks.)
      '** Date:** November 29, 2025  ',
      '** Location:** AWS Vietnam Office',
      '',
      '## Event Overview',
      '',
      'A morning deep dive into the AWS Security Pillar, covering identity, detection and response.',
      '',
      rest,
    ].join('\n');
    expect(titles(plan(recap).deck)).toContain('About AWS Security Pillar Workshop');
  });

  it('is titled after the name its words mention most, when the headline is a phrase', () => {
    const intro = [
      "This year's Berlin Summit showed why it needs to be taken seriously, in one day instead of two.",
      'The Berlin Summit had polished booths, a diverse crowd and good talks, and it was worth it.',
      'My colleague stayed home this time after mixed reviews of earlier years, so only I went along.',
    ].join(' ');
    const front = '---\ntitle: What I took home from the Berlin Summit\n---';
    const recap = `${front}\n\n## Introduction\n\n${intro}\n\n${rest}\n`;
    expect(titles(plan(recap).deck)).toContain('About Berlin Summit');
  });

  it('says it in the recap’s language, and keeps the label over a table', () => {
    const vi =
      'Sự kiện Vietnam Cloud Day 2025 là buổi gặp gỡ của cộng đồng AWS tại Thành phố Hồ Chí Minh. '.repeat(3);
    const viRecap = `---\ntitle: Vietnam Cloud Day 2025\n---\n\n## Giới thiệu\n\n${vi}\n\n${rest}\n`;
    expect(titles(plan(viRecap).deck)).toContain('Về Vietnam Cloud Day 2025');
    const table = '| Start | Talk |\n| --- | --- |\n| 13:00 | Setup |\n| 13:15 | Lab 0 |';
    const agenda = `## Introduction\n\nOur agenda:\n\n${table}`;
    const withTable = `---\ntitle: AWS Summit 2024\n---\n\n${agenda}\n\n${rest}\n`;
    expect(titles(plan(withTable).deck)).toContain('Introduction');
  });

  it('keeps the label where the name its words mention is not the event the deck names', () => {
    const intro = [
      'During my internship with AWS Vietnam I joined five events, and AWS Vietnam hosted most of them.',
      'Each one taught me something new about the cloud, and this page collects what I took from them.',
      'The notes below follow the order of the events, with the date and the place of each one of them.',
      'I wrote them in the week after the last event, while the talks were still fresh in my memory.',
    ].join(' ');
    const recap = `---\ntitle: Events Attended\n---\n\n## Introduction\n\n${intro}\n\n${rest}\n`;
    expect(titles(plan(recap).deck)).toContain('Introduction');
  });
});
