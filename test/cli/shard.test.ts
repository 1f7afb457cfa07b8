// --shard I/N: the N slices of the recaps partition them (each recap in exactly one slice,
// whatever order the names come in), are balanced, and mistakes in I/N are usage errors.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecapError } from '../../src/errors.js';
import { parseShard, pickShard } from '../../src/cli/shard.js';

describe('pickShard', () => {
  it('splits any set of names into N slices that partition it, balanced to one name', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 12 }),
        (names, count) => {
          const slices = Array.from({ length: count }, (_, i) => pickShard(names, { index: i + 1, count }));
          const all = slices.flat();
          expect(all).toHaveLength(names.length);
          expect(new Set(all)).toEqual(new Set(names));
          const sizes = slices.map((s) => s.length);
          expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('gives the same slice whatever order the folder lists the recaps in', () => {
    const names = ['event-4', 'b', 'a', 'Z', 'đà-nẵng', 'c-10', 'c-9'];
    const shard = { index: 2, count: 3 };
    expect(pickShard([...names].reverse(), shard)).toEqual(pickShard(names, shard));
    // every third name in code-unit order, from the second
    expect(pickShard(names, shard)).toEqual(['a', 'c-9']);
  });

  it('leaves a slice empty when there are more slices than recaps', () => {
    expect(pickShard(['a', 'b'], { index: 3, count: 4 })).toEqual([]);
  });
});

describe('parseShard', () => {
  it('reads I/N', () => {
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
    expect(parseShard('3/4')).toEqual({ index: 3, count: 4 });
    expect(parseShard(' 2/10 ')).toEqual({ index: 2, count: 10 });
  });

  it('refuses anything else as a usage error', () => {
    for (const text of [
      '0/4',
      '5/4',
      '1/0',
      '2',
      '1/2/3',
      'a/b',
      '-1/4',
      '1.5/4',
      '',
      '1/',
      '/4',
      '1/1001',
    ]) {
      let error: unknown;
      try {
        parseShard(text);
      } catch (caught) {
        error = caught;
      }
      expect(error, text).toBeInstanceOf(RecapError);
      expect((error as RecapError).exitCode, text).toBe(2);
      expect((error as RecapError).message).toMatch(/--shard is I\/N/);
    }
  });
});
