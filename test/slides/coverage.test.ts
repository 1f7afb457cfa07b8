// Nothing lost: every word of every fixture and every real recap in test/corpus appears
// on a slide or in its notes, in order.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLostWords } from '../../src/slides/coverage.js';
import { plan } from '../helpers.js';

const here = import.meta.dirname;
const corpus = readdirSync(join(here, '..', 'corpus'))
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .map((f) => join(here, '..', 'corpus', f));
const fixtures = readdirSync(join(here, '..', 'fixtures')).map((d) =>
  join(here, '..', 'fixtures', d, 'input.md'),
);

describe('nothing lost', () => {
  it('finds words that a deck leaves out', () => {
    const { recap, deck } = plan('### A\n\n- one two\n- three four\n');
    deck.slides = deck.slides.map((s) => ({
      ...s,
      notes: [],
      blocks: s.blocks.filter((b) => b.type !== 'list'),
    }));
    expect(findLostWords(recap.tree, deck).map((w) => [w.word, w.line])).toEqual([
      ['one', 3],
      ['two', 3],
      ['three', 4],
      ['four', 4],
    ]);
  });

  for (const file of [...fixtures, ...corpus]) {
    it(file.split('/').slice(-2).join('/'), () => {
      const { recap, deck } = plan(readFileSync(file, 'utf8'), file);
      const lost = findLostWords(recap.tree, deck, recap.outline.title?.origin.line);
      expect(lost.slice(0, 10).map((w) => `${w.line}:${w.column} ${w.word}`)).toEqual([]);
    });
  }
});
