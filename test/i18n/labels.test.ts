// The words the tool adds: lists of phrases read as lists, never as run-together phrases.
import { describe, expect, it } from 'vitest';
import { labelsFor } from '../../src/i18n/labels.js';

describe('labels', () => {
  it('list phrases with commas and a last "and"', () => {
    expect(labelsFor('en').notes.keyPoints(['IAM', 'VPC', 'KMS'])).toBe('Key points: IAM, VPC and KMS.');
    expect(labelsFor('vi').agendaNote(['Mục tiêu', 'Diễn giả'])).toBe(
      'Bài chia sẻ gồm 2 phần: Mục tiêu và Diễn giả.',
    );
  });

  it('set phrases apart with semicolons when one has an "and" or a comma of its own', () => {
    expect(labelsFor('vi').notes.keyPoints(['Kết nối và làm quen', 'Thiết lập tài khoản'])).toBe(
      'Ý chính: Kết nối và làm quen; Thiết lập tài khoản.',
    );
    expect(labelsFor('en').notes.keyPoints(['Networking, Security', 'IAM'])).toBe(
      'Key points: Networking, Security; IAM.',
    );
  });
});
