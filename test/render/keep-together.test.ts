import { describe, expect, it } from 'vitest';
import { keepLastWordsTogether, keepNumbersWithWords } from '../../src/render/keep-together.js';

describe('keepNumbersWithWords', () => {
  it('keeps a number on the line of the word or number before it, and nothing else', () => {
    expect(keepNumbersWithWords('FCAJ Community Day - Tháng 6 2026')).toBe(
      'FCAJ Community Day - Tháng\u00a06\u00a02026',
    );
    expect(keepNumbersWithWords('AWS Cloud Mastery Series #2: DevOps')).toBe(
      'AWS Cloud Mastery Series\u00a0#2: DevOps',
    );
    expect(keepNumbersWithWords('Top 5 lessons - 3 days')).toBe('Top\u00a05 lessons - 3 days');
  });
});

describe('keepLastWordsTogether', () => {
  it('keeps a headline’s last two words on one line, where three words come before them', () => {
    expect(keepLastWordsTogether('AWS re:Invent 2025 Recap (Vietnam)')).toBe(
      'AWS re:Invent 2025 Recap\u00a0(Vietnam)',
    );
    expect(keepLastWordsTogether('AWS Well-Architected Security Pillar')).toBe(
      'AWS Well-Architected Security\u00a0Pillar',
    );
    expect(keepLastWordsTogether('Cloud Day 2025')).toBe('Cloud Day 2025');
  });
});
