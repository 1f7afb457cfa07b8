import { describe, expect, it } from 'vitest';
import { blockText } from '../../../src/model/text.js';
import { titleParts } from '../../../src/plan/titles/headline.js';
import { plan } from '../../helpers.js';

describe('titleParts', () => {
  it('makes the quoted workshop name the headline and the rest its kicker, the kind of document aside', () => {
    expect(titleParts('Bài Thu Hoạch Workshop "AWS Cloud Mastery Series #2: DevOps on AWS"')).toEqual({
      headline: 'AWS Cloud Mastery Series #2: DevOps on AWS',
      kicker: 'Workshop',
      kind: 'Bài Thu Hoạch',
    });
    expect(titleParts('Summary Report: “Security - AWS Well-Architected Security Pillar”')).toEqual({
      headline: 'Security - AWS Well-Architected Security Pillar',
      kicker: 'Summary Report',
    });
    // A label that leads into the quoted name ends without the word that linked it.
    expect(titleParts('Report on “FCAJ Community Day”')).toEqual({
      headline: 'FCAJ Community Day',
      kicker: 'Report',
    });
    expect(titleParts('Bài Thu Hoạch: FCAJ COMMUNITY DAY — "DATA DRIVEN, AI RISEN"')).toEqual({
      headline: 'DATA DRIVEN, AI RISEN',
      kicker: 'FCAJ COMMUNITY DAY',
      kind: 'Bài Thu Hoạch',
    });
  });
  it('makes a numbered series before a dash the kicker, not a place or a short name', () => {
    expect(titleParts('Cloud Mastery 2026 #3 - Networking, Security, and IAM on AWS')).toEqual({
      headline: 'Networking, Security, and IAM on AWS',
      kicker: 'Cloud Mastery 2026 #3',
    });
    expect(titleParts('AWS reinvent 2019 - Las Vegas')).toEqual({
      headline: 'AWS reinvent 2019 - Las Vegas',
    });
    expect(titleParts('Security - AWS Well-Architected Security Pillar')).toEqual({
      headline: 'Security - AWS Well-Architected Security Pillar',
    });
  });
  it('splits a short label before a colon from the title', () => {
    expect(titleParts('Event Report: AWS Well-Architected Security Pillar Workshop')).toEqual({
      headline: 'AWS Well-Architected Security Pillar Workshop',
      kicker: 'Event Report',
    });
  });
  it('takes the kind of report as kicker even without quotes or colon', () => {
    expect(titleParts('BÀI THU HOẠCH AWS COMMUNITY DAY')).toEqual({
      headline: 'AWS COMMUNITY DAY',
      kicker: 'BÀI THU HOẠCH',
    });
    expect(titleParts('Report on AWS re:Invent recap day')).toEqual({
      headline: 'AWS re:Invent recap day',
      kicker: 'Report',
    });
  });

  it('keeps a plain title whole', () => {
    expect(titleParts('AWS Community Day 2026')).toEqual({ headline: 'AWS Community Day 2026' });
    expect(titleParts('"Only quotes"')).toEqual({ headline: 'Only quotes' });
  });
});

describe('a bold lead that repeats the slide title', () => {
  it('is said once, by the title: the block keeps the rest', () => {
    // A pictures section without its pictures is titled from what it shows.
    const markdown = [
      '# Deck',
      '',
      '### Event Photos',
      '',
      '![a photo](/images/none.png)',
      '',
      '> **Conclusion:**  ',
      '> The event united the builder community with experts and global insights, and it',
      '> showed where cloud modernisation and AI-powered development are going next.',
      '',
    ].join('\n');
    const slide = plan(markdown).deck.slides.find((s) => s.title === 'Conclusion');
    expect(slide).toBeDefined();
    const shown = slide!.blocks.map(blockText).join(' ');
    expect(shown).toMatch(/^The event united/);
    expect(shown).not.toContain('Conclusion');
  });
});

describe('a long cover headline ending in brackets', () => {
  it('gives the bracketed part to the small line above it', () => {
    const { deck } = plan(
      '# Báo cáo tóm tắt: "AWS Well-Architected Security Pillar (AWS Cloud Mastery Series #3)"\n\n## Nội dung\n\n- Một ý\n',
    );
    expect(deck.slides[0]).toMatchObject({
      title: 'AWS Well-Architected Security Pillar',
      kicker: 'Báo cáo tóm tắt · AWS Cloud Mastery Series #3',
    });
    // A short headline, or a short aside, stays whole.
    expect(plan('# AWS re:Invent 2025 Recap (Vietnam)\n\n## A\n\n- b\n').deck.slides[0]!.title).toBe(
      'AWS re:Invent 2025 Recap (Vietnam)',
    );
  });
});
