import { Marp } from '@marp-team/marp-core';
import { describe, expect, it } from 'vitest';
import { noteComment, noteText } from '../../src/render/notes-comment.js';

const commentsOf = (notes: string[]) => new Marp().render(`---\nmarp: true\n---\n\n# Slide\n\n${noteComment(notes)}\n`).comments[0];

describe('noteComment', () => {
  it('reaches Marp as the slide\'s note, exactly', () => {
    const notes = ['Giới thiệu **ba** diễn giả.', 'Tiếp theo: Kế hoạch.'];
    expect(commentsOf(notes)).toEqual([noteText(notes)]);
  });

  it('is never swallowed as a directive', () => {
    for (const notes of [['class: lead'], ['footer: x', 'paginate: false'], ['_backgroundColor: red'], ['{class: x}'], ['prettier-ignore']]) {
      const comments = commentsOf(notes);
      expect(comments).toHaveLength(1);
      expect(comments![0]!.replace(/\u2060/g, '')).toBe(notes.join('\n\n'));
    }
  });

  it('survives --> and <!-- inside the text', () => {
    const notes = ['commit --> build ---> deploy <!-- not a comment'];
    const comments = commentsOf(notes);
    expect(comments).toHaveLength(1);
    expect(comments![0]!.replace(/\u2060/g, '')).toBe(notes[0]);
  });

  it('writes nothing for a slide without notes', () => {
    expect(noteComment([])).toBe('');
  });
});
