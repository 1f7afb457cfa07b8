import { describe, expect, it } from 'vitest';
import { plan } from '../helpers.js';

describe('notes to the author', () => {
  it('marks picture placeholders and template notices notesOnly, with a warning, keeping their words', () => {
    const { recap, warnings } = plan(
      [
        '# Recap',
        '',
        '{{% notice warning %}}',
        '⚠️ **Note:** The information below is for reference purposes only. Please **do not copy verbatim** for your report.',
        '{{% /notice %}}',
        '',
        '## Photos',
        '',
        '*(Insert your photos here)*',
        '',
        '*(Chèn ảnh tại đây)*',
        '',
        '## Takeaways',
        '',
        'We should insert more tests here and there, said the speaker, and we agreed with that idea.',
        '',
        '{{% notice note %}}',
        'Bạn có thể sử dụng ví dụ bên dưới để biết khu vực bạn đang dùng.',
        '{{% /notice %}}',
        '',
      ].join('\n'),
    );
    const marked: string[] = [];
    const visit = (node: { type: string; data?: { notesOnly?: boolean }; children?: unknown[] }) => {
      if (node.data?.notesOnly) marked.push(node.type);
      for (const child of (node.children ?? []) as (typeof node)[]) visit(child);
    };
    visit(recap.tree as never);
    expect(marked).toEqual(['callout', 'paragraph', 'paragraph']);
    expect(warnings.map((w) => w.location?.line)).toEqual([3, 9, 11]);
    expect(warnings[1]!.message).toMatch(/reads as a note to the author; it goes to the speaker notes/);
  });
});
