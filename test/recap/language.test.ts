import { describe, expect, it } from 'vitest';
import { detectLang } from '../../src/recap/language.js';

describe('detectLang', () => {
  it('follows the front matter when it says', () => {
    expect(detectLang('Hello world', 'vi-VN')).toBe('vi');
    expect(detectLang('Xin chào các bạn', 'en')).toBe('en');
  });
  it('recognises Vietnamese text', () => {
    expect(
      detectLang('Bài thu hoạch về sự kiện AWS Cloud Day, các diễn giả đã chia sẻ nhiều kiến thức hữu ích.'),
    ).toBe('vi');
  });
  it('keeps English recaps English even with Vietnamese names', () => {
    expect(
      detectLang(
        'Speakers: Nguyễn Gia Hưng and Kiên Nguyễn explained how agents plan and execute tasks on AWS with Bedrock.',
      ),
    ).toBe('en');
  });
});
