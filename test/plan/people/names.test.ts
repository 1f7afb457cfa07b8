// People's names: honorifics, joint names, groups, and when words read as a name at all.
import { describe, expect, it } from 'vitest';
import {
  isGroup,
  kinAddresses,
  personKey,
  readsAsName,
  splitHonorific,
  splitNames,
} from '../../../src/plan/people/names.js';

describe('people names', () => {
  it('parts a leading honorific from the name, never the name itself', () => {
    expect(splitHonorific('Chị Nguyễn Thị Thu Hà', true)).toEqual({
      honorific: 'Chị',
      name: 'Nguyễn Thị Thu Hà',
    });
    expect(splitHonorific('Mr. Nguyen Gia Hung', false)).toEqual({
      honorific: 'Mr.',
      name: 'Nguyen Gia Hung',
    });
    // The last "Anh" is his name; a lone "Anh" stays a name.
    expect(splitHonorific('Anh Phạm Tuấn Anh', true).name).toBe('Phạm Tuấn Anh');
    expect(splitHonorific('Anh', true).name).toBe('Anh');
    // In a list of plain names "Anh Dang" is a man called Anh.
    expect(splitHonorific('Anh Dang', false).name).toBe('Anh Dang');
  });

  it('takes "Anh" for an honorific only where the list addresses people', () => {
    expect(kinAddresses(['Anh Dang', 'Steve Tran', 'Bao Phan'])).toBe(false);
    expect(kinAddresses(['Anh Steve Trần', 'Chị Bảo'])).toBe(true);
    expect(kinAddresses(['Anh Đỗ Huy Thắng', 'Hà Nguyễn'])).toBe(true);
  });

  it('reads names, and not jobs, services or groups', () => {
    expect(readsAsName('Đinh Lê Hoàng Anh')).toBe(true);
    expect(readsAsName('Mendel Grabski (Long)')).toBe(true);
    expect(readsAsName('Chị Bảo')).toBe(true);
    expect(readsAsName('Solutions Architect')).toBe(false);
    expect(readsAsName('Amazon Bedrock')).toBe(false);
    expect(readsAsName('AWS Experts Team')).toBe(false);
    expect(readsAsName('Kiệt')).toBe(false);
    // Bold under a speakers heading: one word may be a name, one odd word a typo.
    expect(readsAsName('Kiệt', true)).toBe(true);
    expect(readsAsName('Nguyen Tuan Thinh Cloud', true)).toBe(true);
    expect(readsAsName('Cloud Engineer', true)).toBe(false);
  });

  it('cuts a joint name into its people only when every part is a name', () => {
    expect(splitNames('Chị Bảo và Anh Nguyên Nguyễn')).toEqual(['Chị Bảo', 'Anh Nguyên Nguyễn']);
    expect(splitNames('Anh Nghi Danh, Anh Trung Vu, Anh Kiet Tran')).toEqual([
      'Anh Nghi Danh',
      'Anh Trung Vu',
      'Anh Kiet Tran',
    ]);
    expect(splitNames('Lam An Thinh & Nguyen Phan Quoc Viet')).toEqual([
      'Lam An Thinh',
      'Nguyen Phan Quoc Viet',
    ]);
    expect(splitNames('Amazon Q Developer và Kiro')).toEqual(['Amazon Q Developer và Kiro']);
  });

  it('knows a group and compares people without honorifics or nicknames', () => {
    expect(isGroup('Various AWS SAs')).toBe(true);
    expect(isGroup('Đội ngũ AWS')).toBe(true);
    expect(isGroup('Nguyen Gia Hung')).toBe(false);
    expect(isGroup('Ban điều phối')).toBe(true);
    expect(personKey('Anh Nghi Danh')).toBe(personKey('nghi  danh'));
    expect(personKey('Mendel Grabski (Long)')).toBe('mendel grabski');
  });
});
