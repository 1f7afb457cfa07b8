import { Marp } from '@marp-team/marp-core';
import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { say } from '../../src/model/deck.js';
import { noteComment, noteText } from '../../src/render/notes-comment.js';

const commentsOf = (notes: RootContent[]) =>
  new Marp().render(`---\nmarp: true\n---\n\n# Slide\n\n${noteComment(notes)}\n`).comments[0];

describe('noteComment', () => {
  it("reaches Marp as the slide's note, exactly, emphasis kept", () => {
    const notes: RootContent[] = [
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'Giới thiệu ' },
          { type: 'strong', children: [{ type: 'text', value: 'ba' }] },
          { type: 'text', value: ' diễn giả.' },
        ],
      },
      say('Tiếp theo: Kế hoạch.'),
    ];
    expect(commentsOf(notes)).toEqual([noteText(notes)]);
    expect(noteText(notes)).toContain('**ba**');
  });

  it('is never swallowed as a directive', () => {
    for (const lines of [
      ['class: lead'],
      ['footer: x', 'paginate: false'],
      ['_backgroundColor: red'],
      ['{class: x}'],
      ['prettier-ignore'],
      ['theme: gaia\nclass: invert'],
    ]) {
      const notes = lines.map(say);
      const comments = commentsOf(notes);
      expect(comments).toEqual([noteText(notes)]);
      for (const line of lines)
        expect(comments![0]!.replace(/\u2060/g, '')).toContain(
          line.split('\n')[0]!.replace(/^_/, '').split(':')[0],
        );
    }
  });

  it('survives --> and <!-- inside the text', () => {
    const notes = [say('commit --> build ---> deploy <!-- not a comment')];
    const comments = commentsOf(notes);
    expect(comments).toEqual([noteText(notes)]);
    expect(comments![0]!.replace(/[\u2060\\]/g, '')).toBe('commit --> build ---> deploy <!-- not a comment');
  });

  it('writes nothing for a slide without notes', () => {
    expect(noteComment([])).toBe('');
  });
});
