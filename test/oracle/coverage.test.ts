// Nothing lost: every word of every fixture and every real recap in test/corpus reaches the
// parsed tree, and appears on a slide or in its notes, in order.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDroppedWords, findLostWords, sourceWords } from './coverage.js';
import { plan } from '../helpers.js';

const here = import.meta.dirname;
const corpus = readdirSync(join(here, '..', 'corpus'))
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .map((f) => join(here, '..', 'corpus', f));
// (A fixture without an input of its own is the user's recap of that name, recaps/<case>.md.)
const fixtures = readdirSync(join(here, '..', 'fixtures')).map((d) => {
  const own = join(here, '..', 'fixtures', d, 'input.md');
  return existsSync(own) ? own : join(here, '..', '..', 'recaps', `${d}.md`);
});

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

  it('finds source words the parser dropped, and none that are syntax', () => {
    const { recap } = plan('## A\n\n| Day | Task |\n| --- | --- |\n| 2 | - Read rules <br> - Meet team |\n');
    expect(findDroppedWords(recap)).toEqual([]);
    // A parser that lost a cell's words, as one did before: the check names them.
    const cell = (recap.tree.children[1] as { children: { children: { children: unknown[] }[] }[] })
      .children[1]!.children[1]!;
    cell.children = [];
    expect(findDroppedWords(recap).map((w) => [w.word, w.line])).toEqual([
      ['read', 5],
      ['rules', 5],
      ['meet', 5],
      ['team', 5],
    ]);
    // Site syntax, shortcode settings, URLs and alt text are no words; titles and captions are.
    expect(
      sourceWords(
        '{:refdef: style="x"}\n\n{{% expand "Open me" %}}\n\n{{< figure src="/a.png" caption="Team photo" >}}\n\n![alt words](/b.png) [site](https://x.example/path)\n',
      ).map((w) => w.word),
    ).toEqual(['open', 'me', 'team', 'photo', 'site']);
  });

  for (const file of [...fixtures, ...corpus]) {
    it(file.split('/').slice(-2).join('/'), () => {
      const { recap, deck } = plan(readFileSync(file, 'utf8'), file);
      const dropped = findDroppedWords(recap);
      expect(dropped.slice(0, 10).map((w) => `${w.line}:${w.column} ${w.word}`)).toEqual([]);
      const lost = findLostWords(recap.tree, deck, recap.outline.title?.origin.line);
      expect(lost.slice(0, 10).map((w) => `${w.line}:${w.column} ${w.word}`)).toEqual([]);
    });
  }
});
