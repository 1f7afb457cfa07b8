import { describe, expect, it } from 'vitest';
import type { Outline, Section } from '../../../src/recap/outline.js';
import { titleOutline } from '../../../src/plan/titles/outline-titles.js';
import { craftTitle } from '../../../src/plan/titles/title-craft.js';
import { plan } from '../../helpers.js';

const section = (title: string, children: Section[] = []): Section => ({
  title,
  origin: { line: 1, column: 1 },
  blocks: [],
  children,
  notes: [],
});

describe('titleOutline', () => {
  it('tells shared sub-section names apart by the parent: in the title when that fits a line', () => {
    const outline: Outline = {
      sections: [
        section('AWS Cloud Mastery Series #1', [section('Event Objectives'), section('Speakers')]),
        section('AWS Cloud Mastery Series #2', [section('Event Objectives'), section('Agenda')]),
      ],
      preamble: [],
      titleNotes: [],
    };
    const [first, second] = titleOutline(outline).sections;
    expect(first!.children.map((c) => c.title)).toEqual([
      'AWS Cloud Mastery Series #1: Event Objectives',
      'Speakers',
    ]);
    expect(first!.children[0]!.kicker).toBeUndefined();
    expect(first!.children[1]!.kicker).toBeUndefined();
    expect(second!.children[0]!.title).toBe('AWS Cloud Mastery Series #2: Event Objectives');
    // Too long for one line together: the parent goes above the title only.
    const long: Outline = {
      sections: [
        section('Building Agentic AI with Context Optimization on Amazon Bedrock', [section('Outcomes')]),
        section('Modern Operations with DevOps and Observability on AWS', [section('Outcomes')]),
      ],
      preamble: [],
      titleNotes: [],
    };
    for (const parent of long.sections)
      parent.blocks = [{ type: 'paragraph', children: [{ type: 'text', value: 'Intro.' }] }];
    const [a] = titleOutline(long).sections;
    expect(a!.children[0]).toMatchObject({ title: 'Outcomes', kicker: a!.title });
    // With no lines of its own, the parent is named by its first sub-section's slide instead.
    for (const parent of long.sections) parent.blocks = [];
    const [b] = titleOutline(long).sections;
    expect(b!.children[0]).toMatchObject({ title: b!.title, kicker: 'Outcomes' });
  });
});

describe('craftTitle', () => {
  it('spaces a label run into its number', () => {
    expect(craftTitle('1.1 Week1', { whole: true }).title).toBe('Week 1');
    expect(craftTitle('Kết quả Tuần3').title).toBe('Kết quả Tuần 3');
    expect(craftTitle('AWS EC2 instances').title).toBe('AWS EC2 instances');
  });

  it('writes numbers run together as a range or a list ("#1#2#3" -> "#1–#3")', () => {
    expect(craftTitle('AWS Cloud Mastery Series #1#2#3').title).toBe('AWS Cloud Mastery Series #1–#3');
    expect(craftTitle('Series #1#3').title).toBe('Series #1, #3');
    expect(craftTitle('Series #2 and #3').title).toBe('Series #2 and #3');
  });

  it('keeps the lede of a long heading whole, its own brackets closed', () => {
    // Split at the dash: the bracket belongs to the lede, which keeps its end.
    const heading =
      'Serverless Application Delivery - How to Maximise Your Velocity in Every Team (Level 300)';
    expect(craftTitle(heading)).toEqual({
      title: 'Serverless Application Delivery',
      lede: 'How to Maximise Your Velocity in Every Team (Level 300)',
    });
    // Split at the bracket itself: the lede is what it held.
    const bracketed = craftTitle(
      'Headfirst and All In Adopting Kubernetes at Speed (Sponsored by the Vibrato Team)',
    );
    expect(bracketed.lede).toBe('Sponsored by the Vibrato Team');
  });

  it('never cuts a long heading after a word that opens more', () => {
    const heading =
      'Building secure private connections for - enterprise data platforms with Amazon QuickSight Q';
    expect(craftTitle(heading).title).toBe(heading);
  });
});

describe('an emoji a heading leads with', () => {
  it('is decoration the title goes without, where a mark that says something stays', () => {
    const items = Array.from(
      { length: 6 },
      (_, i) => `- Point ${i + 1} on what the team learned and will try next`,
    );
    const list = items.join('\n');
    const recap = `# Week\n\n## 📚 Kiến thức học được\n\n${list}\n\n## ✔️ Keynotes\n\n${list}\n`;
    const titles = plan(recap).deck.slides.map((s) => s.title);
    expect(titles.join(' ')).toContain('Kiến thức học được');
    expect(titles.join(' ')).not.toContain('📚');
    expect(titles.join(' ')).toContain('✔️ Keynotes');
  });
});
