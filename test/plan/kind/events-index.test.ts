import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { plan, titles } from '../../helpers.js';

const event = (n: number, name: string, body = '') =>
  [
    `### Event ${n}`,
    '',
    `**Event name:** ${name}`,
    '',
    `**Date:** ${n + 10}/10/2025`,
    '',
    '**Location:** AWS Vietnam Office, Bitexco Financial Tower, Ho Chi Minh City',
    '',
    body,
  ].join('\n');

describe('an index of several events', () => {
  it('opens with one slide of every event, their dates and places, instead of an agenda', () => {
    const names = ['Cloud Day', 'Data Science on AWS', 'DevOps on AWS', 'Security Pillar'];
    const body = '- I learned how Amazon Bedrock agents call tools.\n- I built a small pipeline.';
    const { deck } = plan(
      `# Events I attended\n\n${names.map((n, i) => event(i + 1, n, body)).join('\n\n')}\n`,
    );
    const overview = deck.slides[1]!;
    expect(overview.title).toBe('The events at a glance');
    for (const name of names) expect(toString({ type: 'root', children: overview.blocks })).toContain(name);
    expect(toString({ type: 'root', children: overview.blocks })).toContain('11/10/2025');
    expect(deck.slides.some((s) => s.layout === 'agenda')).toBe(false);
    // The cover states the span of the events.
    expect(deck.slides[0]!.subtitle?.[0]).toMatch(/^October 11\s–\s14, 2025$/u);
    // Then one slide per event, titled by its name.
    expect(titles(deck).slice(2, 6)).toEqual(names);
  });

  it("follows the author's own introduction, which says what the index is", () => {
    const names = ['Cloud Day', 'Data Science on AWS', 'DevOps on AWS'];
    const intro =
      '### About this page\n\nDuring my internship at the First Cloud Journey program I attended these AWS ' +
      'events. Each taught me something I now use at work, from agents on Amazon Bedrock to pipelines on ' +
      'AWS. This page sums up what I heard, what I tried and what I will do next, event by event.';
    const body = '- I learned how Amazon Bedrock agents call tools.\n- I built a small pipeline.';
    const { deck } = plan(
      `# Events\n\n${intro}\n\n${names.map((n, i) => event(i + 1, n, body)).join('\n\n')}\n`,
    );
    expect(titles(deck).slice(0, 4)).toEqual([
      'Events',
      'About this page',
      'The events at a glance',
      names[0],
    ]);
  });

  it("gives an event's hours beside its day where the recap states both", () => {
    const names = ['Cloud Day', 'Data Science on AWS', 'DevOps on AWS'];
    const timed = (n: number, name: string) =>
      event(
        n,
        name,
        '**Time:** 8:30 AM – 5:00 PM\n\n- I learned how agents call tools.\n- I built a pipeline.',
      );
    const { deck } = plan(`# Events\n\n${names.map((n, i) => timed(i + 1, n)).join('\n\n')}\n`);
    const slide = deck.slides.find((s) => s.title === 'DevOps on AWS')!;
    expect(slide.subtitle?.[0]).toContain('13/10/2025, 8:30 AM – 5:00 PM');
  });

  it('says an event that states only its facts on that slide alone', () => {
    const names = ['Cloud Day', 'Data Science on AWS', 'DevOps on AWS'];
    const { deck } = plan(`# Events\n\n${names.map((n, i) => event(i + 1, n)).join('\n\n')}\n`);
    expect(titles(deck)).toEqual(['Events', 'The events at a glance', 'Thank you!']);
  });

  it('is no index with fewer than three events', () => {
    const { deck } = plan(
      `# Events\n\n${event(1, 'Cloud Day', '- A point.')}\n\n${event(2, 'DevOps', '- B.')}\n`,
    );
    expect(titles(deck)).not.toContain('The events at a glance');
  });
});

describe('the events of an index', () => {
  const dated = (n: number, name: string, date: string) =>
    [
      `### Event ${n}`,
      '',
      `**Event name:** ${name}`,
      '',
      `**Date:** ${date}`,
      '',
      '- What I learned there.',
    ].join('\n');

  /** The kick-off, the security pillar and cloud day, on the dates given, in that order. */
  const index = (dates: [string, string, string]) =>
    [
      '# Events I attended',
      dated(1, 'Kick-off', dates[0]),
      dated(2, 'Security Pillar', dates[1]),
      dated(3, 'Cloud Day', dates[2]),
    ].join('\n\n');

  it('are told in the order they happened, in the overview and on their slides', () => {
    const recap = index(['06/09/2025', '29/11/2025', '18/09/2025']);
    const { deck } = plan(recap);
    const overview = toString({ type: 'root', children: deck.slides[1]!.blocks });
    const at = (name: string) => overview.indexOf(name);
    expect(at('Kick-off')).toBeLessThan(at('Cloud Day'));
    expect(at('Cloud Day')).toBeLessThan(at('Security Pillar'));
    expect(titles(deck).slice(2, 5)).toEqual(['Kick-off', 'Cloud Day', 'Security Pillar']);
    // The deck says in which order it tells the recap's parts (by their first lines).
    const lines = recap.split('\n');
    const line = (n: number) => lines.indexOf(`### Event ${n}`) + 1;
    expect(deck.partsTold).toEqual([line(1), line(3), line(2)]);
  });

  it("keep the recap's order where one of them states no date", () => {
    const { deck } = plan(index(['06/09/2025', '29/11/2025', 'soon']));
    expect(titles(deck).slice(2, 5)).toEqual(['Kick-off', 'Security Pillar', 'Cloud Day']);
    expect(deck.partsTold).toBeUndefined();
  });
});
