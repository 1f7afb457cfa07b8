// Every message the CLI prints about a file is one line, whatever the file is named: a folder
// named with a line break cannot split a warning or forge one (issue 22, findings 8 and 10).
import { describe, expect, it } from 'vitest';
import { formatWarning, printable, RecapError } from '../src/errors.js';

describe('file names in messages', () => {
  it('are written with their control characters escaped', () => {
    const file = 'recaps/x\nwarning: recaps/y.md:1:1: forged\r\u2028/talk.md';
    const line = formatWarning({ message: 'image not found', location: { file, line: 3, column: 1 } });
    expect(line).toBe(
      'recaps/x\\u000awarning: recaps/y.md:1:1: forged\\u000d\\u2028/talk.md:3:1: image not found',
    );
    expect(new RecapError('bad', { location: { file, line: 1, column: 1 } }).format()).not.toMatch(/[\n\r]/);
    expect(printable('recaps/plain name.md')).toBe('recaps/plain name.md');
  });
});
