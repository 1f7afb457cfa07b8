// A closing line that names its role ("Tổng kết: …") shows its words without the label.
import { describe, expect, it } from 'vitest';
import type { RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { withoutRoleLabel } from '../../../src/plan/points/role-label.js';
import { plan } from '../../helpers.js';

const block = (markdown: string) => fromMarkdown(markdown).children[0] as RootContent;

describe('withoutRoleLabel', () => {
  it('drops a conclusion label, plain or bold, from a quote or a paragraph, and capitalises what follows', () => {
    expect(toString(withoutRoleLabel(block('> Tổng kết: sự kiện mang lại nhiều giá trị.')))).toBe(
      'Sự kiện mang lại nhiều giá trị.',
    );
    expect(toString(withoutRoleLabel(block('**Summary:** The day was worth it.')))).toBe(
      'The day was worth it.',
    );
  });

  it('keeps a line that only starts with such a word, or is the label alone', () => {
    expect(toString(withoutRoleLabel(block('Summary of the day: three talks.')))).toBe(
      'Summary of the day: three talks.',
    );
    expect(toString(withoutRoleLabel(block('**Summary:**')))).toBe('Summary:');
  });
});

describe('a closing quote in a part', () => {
  it('shows its words without its label, the notes keeping the line as written', () => {
    const recap = [
      '# Cloud Day',
      '',
      '## Why',
      '',
      'To learn.',
      '',
      '## Results',
      '',
      '- Network isolation with VPC',
      '- Layered defence',
      '',
      '> Tổng kết: sự kiện mang lại kiến thức giá trị cao.',
    ].join('\n');
    const slide = plan(recap).deck.slides.find((s) => s.title === 'Results')!;
    const shown = toString({ type: 'root', children: slide.blocks });
    expect(shown).toContain('Sự kiện mang lại kiến thức giá trị cao.');
    expect(shown).not.toContain('Tổng kết');
    expect(slide.notes.map((n) => toString(n)).join('\n')).toContain('Tổng kết: sự kiện');
  });
});
