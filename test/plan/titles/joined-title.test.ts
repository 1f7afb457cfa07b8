// A slide of several parts is titled by them, on one line.
import { describe, expect, it } from 'vitest';
import { labelsFor } from '../../../src/i18n/labels.js';
import { joinedTitle } from '../../../src/plan/titles/joined-title.js';
import { est } from '../../helpers.js';

describe('joinedTitle', () => {
  const en = labelsFor('en');

  it('joins the parts whole where that fits one line', () => {
    expect(joinedTitle(['Mindset', 'Skills'], en, est)).toBe('Mindset and Skills');
    expect(joinedTitle(['Amazon Q Developer', 'Kiro'], labelsFor('vi'), est)).toBe(
      'Amazon Q Developer và Kiro',
    );
  });

  it('names each part by its head, before the dash or bracket that opens what it adds, where whole they are too long', () => {
    const names = [
      'KMS for DynamoDB (the part I focused on the most)',
      'CloudTrail – Logging & Incident Investigation',
    ];
    expect(joinedTitle(names, en, est)).toBe('KMS for DynamoDB and CloudTrail');
  });

  it('gives no title where even the heads run over a line', () => {
    const long = (n: number) => `A very long name of a session about the platform, number ${n} – detail`;
    expect(joinedTitle([long(1), long(2), long(3)], en, est)).toBeUndefined();
  });
});
