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

  it('join a long line that stops mid-sentence to the next (hard-wrapped text), even before a link', () => {
    const { markdown } = plan(
      [
        '# Summit',
        '',
        '## Talks',
        '',
        '- The Four In A Row game was interesting, as the metrics were published through',
        '  [Athena](https://docs.aws.amazon.com/athena/) into a Grafana dashboard.',
        '- While I thought the keynote was underwhelming due to its focus on the situation in',
        '  Ukraine, what followed was much better.',
        '- Short line kept',
        '  As its own line.',
        '- A line long enough to be wrapped by an editor but ending in a lead-in:',
        '  Next line.',
        '',
      ].join('\n'),
    );
    expect(markdown).toContain('published through [Athena](https://docs.aws.amazon.com/athena/) into');
    expect(markdown).toContain('the situation in Ukraine, what followed');
    expect(markdown).toContain('Short line kept\n');
    expect(markdown).toContain('ending in a lead-in:\n');
  });

  it('join where the source line was wide with a link’s address, and inside a link’s words', () => {
    const { markdown } = plan(
      [
        '# Summit',
        '',
        '## Talks',
        '',
        "- [Jonathan Weiss'](https://www.linkedin.com/in/jonathan-weiss-26938622/) MAD202 (The Amazon",
        '  Development Process) must have been a close second.',
        '- Following the approach of [working',
        '  backwards](https://www.allthingsdistributed.com/2006/11/working_backwards.html) from customers.',
        '',
      ].join('\n'),
    );
    expect(markdown).toContain('MAD202 (The Amazon Development Process) must have been');
    expect(markdown).toContain('[working backwards](');
  });
});
