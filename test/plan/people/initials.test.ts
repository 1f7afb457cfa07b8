// Avatar initials: from the name, unique among one list's cards.
import { describe, expect, it } from 'vitest';
import { uniqueInitials } from '../../../src/plan/people/initials.js';

describe('people initials', () => {
  it('takes the first and last word, then a middle initial, and never more than two letters', () => {
    const taken = new Set<string>();
    expect(uniqueInitials('Đỗ Huy Thắng', taken)).toBe('ĐT');
    expect(uniqueInitials('Đinh Hoàng Thu', taken)).toBe('ĐH');
    expect(uniqueInitials('Đào Thị Thu', taken)).toBe('ĐT');
    expect(uniqueInitials('Lê Xuân Anh (Long)', taken)).toBe('LA');
    expect(uniqueInitials('Nguyễn Đỗ Thanh Hải', new Set(['NH']))).toHaveLength(2);
  });

  it('gives one name its one initial, then two of its letters, and never repeats', () => {
    const taken = new Set<string>();
    expect(uniqueInitials('Trung', taken)).toBe('T');
    expect(uniqueInitials('Trường', taken)).toBe('TR');
    expect(taken.size).toBe(2);
  });
});
