// Type keeps its size from slide to slide: a run of neighbouring slides of one kind of text
// (lists, prose, or cards) is set in the larger type only when every one of them has the room for
// it, else all in the usual size. A slide of another kind ends the run: its type is its own.
import type { Layout, Slide } from '../model/deck.js';

/** Layouts whose type sizes match: a run holds slides of one family. */
const FAMILY: Partial<Record<Layout, string>> = {
  content: 'list',
  'two-column': 'list',
  // Points in boxes beside plain lists are read as the same text (boxed-points.ts).
  steps: 'list',
  prose: 'prose',
  cards: 'cards',
};

export function evenTypeSizes(slides: Slide[]): Slide[] {
  const out = [...slides];
  let start = 0;
  while (start < out.length) {
    const family = FAMILY[out[start]!.layout];
    if (!family) {
      start += 1;
      continue;
    }
    let end = start;
    while (end < out.length && FAMILY[out[end]!.layout] === family) end += 1;
    const run = out.slice(start, end);
    if (run.some((s) => s.roomy) && !run.every((s) => s.roomy))
      for (let i = start; i < end; i += 1) {
        const { roomy: _, ...plain } = out[i]!;
        out[i] = plain;
      }
    start = end;
  }
  return out;
}
