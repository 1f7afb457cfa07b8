// Type keeps its size from slide to slide: a run of neighbouring text slides is set in the
// larger type only when every one of them has the room for it, else all in the body size.
// A slide of another layout (cards, a table, people) ends the run: its type is its own.
import type { Layout, Slide } from '../model/deck.js';

const TEXT_LAYOUTS = new Set<Layout>(['content', 'two-column']);

export function evenTypeSizes(slides: Slide[]): Slide[] {
  const out = [...slides];
  let start = 0;
  while (start < out.length) {
    if (!TEXT_LAYOUTS.has(out[start]!.layout)) {
      start += 1;
      continue;
    }
    let end = start;
    while (end < out.length && TEXT_LAYOUTS.has(out[end]!.layout)) end += 1;
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
