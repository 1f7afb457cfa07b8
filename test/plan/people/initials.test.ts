// Avatar initials: from the name, unique among one list's cards.
import { describe, expect, it } from 'vitest';
import { uniqueInitials } from '../../../src/plan/people/initials.js';

describe('people initials', () => {
  it('takes the first and last word, then more of the name when those are taken', () => {
    const taken = new Set<string>();
    expect(uniqueInitials('Đỗ Huy Thắng', taken)).toBe('ĐT');
    expect(uniqueInitials('Đinh Thị Thu', taken)).toBe('ĐTT');
    expect(uniqueInitials('Lê Xuân Anh (Long)', taken)).toBe('LA');
  });

  it('gives one name its one initial, then two of its letters, and never repeats', () => {
    const taken = new Set<string>();
    expect(uniqueInitials('Trung', taken)).toBe('T');
    expect(uniqueInitials('Trường', taken)).toBe('TR');
    expect(taken.size).toBe(2);
  });
});
