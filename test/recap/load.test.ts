import { describe, expect, it } from 'vitest';
import { RecapError } from '../../src/errors.js';
import { decodeRecap } from '../../src/recap/load.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeRecap', () => {
  it('drops a byte order mark and turns CRLF and CR into LF', () => {
    expect(decodeRecap(bytes('\ufeff# Tiêu đề\r\n\r\nDòng một\rDòng hai'), 'x.md')).toBe(
      '# Tiêu đề\n\nDòng một\nDòng hai',
    );
  });

  it('refuses invalid UTF-8 with the line and column of the first bad byte', () => {
    const data = new Uint8Array([...bytes('# ok\nab'), 0xc3, 0x28, ...bytes('\n')]);
    expect(() => decodeRecap(data, 'recaps/x.md')).toThrowError(RecapError);
    try {
      decodeRecap(data, 'recaps/x.md');
    } catch (error) {
      expect((error as RecapError).format()).toBe(
        'recaps/x.md:2:3: the recap is not valid UTF-8; save it as UTF-8 and try again',
      );
    }
  });

  it('refuses binary content', () => {
    expect(() => decodeRecap(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), 'x.md')).toThrowError(
      /not a text file/,
    );
  });
});
