// Which layouts a section is priced in: the one its content suits, and two columns for a flat
// list of short points that would otherwise run onto a second slide.
import { describe, expect, it } from 'vitest';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { chooseLayout, layoutChoices } from '../../../src/plan/layouts/choose-layout.js';
import { est, plan } from '../../helpers.js';

const items = (count: number, text: string) =>
  Array.from({ length: count }, (_, i) => `- ${text} number ${i + 1}`).join('\n');

describe('layoutChoices', () => {
  it('offers two columns for a flat list of four to ten short points', () => {
    const blocks = fromMarkdown(items(7, 'Refactor the frontend structure for the app')).children;
    expect(layoutChoices('content', blocks)).toEqual(['content', 'two-column']);
  });

  it('keeps one layout for nested, long, few or many points, and for other layouts', () => {
    const nested = fromMarkdown('- One\n  - under it\n- Two\n- Three\n- Four').children;
    const long = fromMarkdown(items(6, 'A point far too long for a column '.repeat(4))).children;
    const few = fromMarkdown(items(3, 'Short')).children;
    const many = fromMarkdown(items(11, 'Short')).children;
    for (const blocks of [nested, long, few, many])
      expect(layoutChoices('content', blocks)).toEqual(['content']);
    expect(layoutChoices('steps', few)).toEqual(['steps']);
  });
});

describe('two columns in a deck', () => {
  it('set seven objectives that run past one slide in two columns on one', () => {
    const objectives = items(
      7,
      'Implement a multi-stack architecture and standardise the frontend build pipeline',
    );
    const slides = plan(`# Week 11\n\n## Objectives\n\n${objectives}\n`).deck.slides;
    const shown = slides.filter((s) => s.title === 'Objectives');
    expect(shown.map((s) => s.layout)).toEqual(['two-column']);
  });
});

describe('a quote alone on its slide', () => {
  const recap = (between: string) =>
    `# Day one\n\n## Talks\n\n- A talk on networks\n- A talk on identity\n\n## Photos\n\n${between}` +
    '> **Conclusion:** The day united the builders of the region around modern cloud practice, ' +
    'and it showed where serverless and AI-assisted development are going next.\n';

  it('is a pull-quote where the photos before it are missing or a rule stands above it', () => {
    for (const between of ['![Check-in](/images/missing.jpg)\n\n---\n\n', '---\n\n', ''])
      expect(plan(recap(between)).deck.slides.find((s) => s.title === 'Conclusion')?.layout).toBe('quote');
  });

  it('is set a size up when it is short, and stays a plain slide beside a list', () => {
    const slides = plan(recap('![Check-in](/images/missing.jpg)\n\n')).deck.slides;
    expect(slides.find((s) => s.title === 'Conclusion')?.roomy).toBe(true);
    const mixed = plan(`# Day\n\n## Notes\n\n> A quote here.\n\n- and a point after it\n`).deck.slides;
    expect(mixed.find((s) => s.title === 'Notes')?.layout).toBe('content');
  });
});

describe('chooseLayout', () => {
  it('sets a list of six or more items of a few words in two columns, five or fewer as a list', () => {
    const short = (count: number) => fromMarkdown(items(count, 'Amazon S3 bucket policy')).children;
    expect(chooseLayout('Services', short(6), est)).toBe('two-column');
    expect(chooseLayout('Services', short(5), est)).toBe('content');
    // Items past a few words (48 characters) stay one column.
    const wordy = fromMarkdown(items(8, 'Amazon S3 bucket policies for every team account')).children;
    expect(chooseLayout('Services', wordy, est)).toBe('content');
  });
});
