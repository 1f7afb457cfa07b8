// A title that exclaims names its event in part: the recap's fuller name titles the cover.
import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { fullerName } from '../../../src/plan/cover/exclaimed.js';
import { plan } from '../../helpers.js';

const body =
  'Before we start, a few words to our attendees at the AWS Summit Cape Town. ' +
  'You can "Choose Your Own Adventure" from five labs: Choose Your Own Adventure, twice.';

describe('fullerName', () => {
  it("finds the recap's name that holds an exclaiming title's words", () => {
    expect(fullerName('Welcome Cape Town!', body)).toBe('AWS Summit Cape Town');
    expect(fullerName('Attended AWS Summit!', 'We went to the AWS Summit Anaheim last August.')).toBe(
      'AWS Summit Anaheim',
    );
  });

  it('leaves a title that names, or one whose words the text never names more fully', () => {
    expect(fullerName('Welcome Cape Town', body)).toBeUndefined();
    expect(fullerName('Welcome Johannesburg!', body)).toBeUndefined();
    expect(fullerName('AWS Summit Cape Town!', body)).toBeUndefined();
  });
});

describe('an exclaiming title on the cover', () => {
  it('gives way to the fuller name, and the greeting is said once in the notes', () => {
    const recap = [
      '+++',
      'title = "Welcome Cape Town!"',
      '+++',
      '',
      body,
      '',
      '## Your hosts',
      '',
      'Two architects.',
    ];
    const [cover] = plan(recap.join('\n')).deck.slides;
    expect(cover!.title).toBe('AWS Summit Cape Town');
    const notes = cover!.notes.map((n) => toString(n));
    expect(notes.filter((n) => n === 'Welcome Cape Town!')).toHaveLength(1);
  });
});
