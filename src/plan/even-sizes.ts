// Type keeps its size from slide to slide: a run of neighbouring slides of text (lists and
// prose) is set in the larger type only when every one of them has the room for it, else all
// in the usual size. A slide of another kind ends the run: its type is its own.
import type { Layout, Slide } from '../model/deck.js';

/** Layouts whose type sizes match: a run holds slides of one family. Running prose is read
 * beside the lists around it: a paragraph set a size up between lists is a jump a reader sees
 * (reviewers flagged it), so it is larger only where its neighbours are too. */
const FAMILY: Partial<Record<Layout, string>> = { content: 'text', 'two-column': 'text', prose: 'text' };

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
