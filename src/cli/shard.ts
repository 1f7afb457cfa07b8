// --shard I/N: the I-th of N slices of the recaps, so a large site builds on N machines at
// once with no scheduler: every N-th recap in name order. The slices partition the recaps,
// each built once, whichever machine runs which slice.
import { RecapError } from '../errors.js';

export interface Shard {
  /** 1 to count */
  index: number;
  count: number;
}

const MAX_SHARDS = 1000;

export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || index < 1 || index > count || count > MAX_SHARDS)
    throw new RecapError(
      `--shard is I/N, the I-th of N slices with 1 <= I <= N <= ${MAX_SHARDS} ` +
        `(e.g. --shard 2/4), not "${text}"`,
      { exitCode: 2 },
    );
  return { index, count };
}

/** The recaps of one slice: every `count`-th name, in code-unit order (the same on every machine). */
export function pickShard(names: readonly string[], shard: Shard): string[] {
  return [...names].sort().filter((_, i) => i % shard.count === shard.index - 1);
}
