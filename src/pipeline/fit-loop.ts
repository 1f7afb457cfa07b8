// The planner estimates; the browser measures. Sections whose slides overflowed are
// planned again with a smaller height budget until every slide fits (or rounds run out).
import type { Deck } from '../model/deck.js';
import type { SlideFit } from '../export/fit.js';

export const MAX_ROUNDS = 4;

/** New budget scales for the sections that overflowed; undefined when nothing can be re-planned. */
export function shrinkOverflowing(deck: Deck, fits: SlideFit[], scales: ReadonlyMap<number, number>): Map<number, number> | undefined {
  const next = new Map(scales);
  let changed = false;
  for (const fit of fits) {
    if (fit.fits) continue;
    const section = deck.slides[fit.index]?.section;
    if (section === undefined) continue;
    const current = next.get(section) ?? 1;
    // Shrink by the share that overflowed, and a little more, so rounds converge fast.
    const factor = Math.max(0.5, Math.min(0.92, 1 - fit.overflowPx / 500 - 0.04));
    const proposed = current * factor;
    if (proposed < (next.get(section) ?? Infinity)) {
      next.set(section, proposed);
      changed = true;
    }
  }
  return changed ? next : undefined;
}
