import { describe, expect, it } from 'vitest';
import { plan } from '../helpers.js';

describe('lines of a paragraph', () => {
  it('join where a line starts in lower case (the editor wrapped a sentence), and keep other breaks', () => {
    const { markdown } = plan(
      [
        '# Summit',
        '',
        '## Day',
        '',
        'The app had the schedule of all the sessions that day.',
        'it is a must-have if you attend.',
        'You can meet AWS experts there.',
        'Date: 15/11/2025',
        'Location: Amsterdam',
        '',
      ].join('\n'),
    );
    expect(markdown).toContain(
      'sessions that day. it is a must-have if you attend.\nYou can meet AWS experts there.',
    );
    expect(markdown).toContain('Date: 15/11/2025\nLocation: Amsterdam');
  });
});
