import { describe, expect, it } from 'vitest';
import { keepNumbersWithWords } from '../../src/render/keep-together.js';

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
