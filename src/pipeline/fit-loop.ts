// The planner estimates; the browser measures. Sections whose slides overflowed are
// planned again with a smaller height budget until every slide fits (or rounds run out).
import type { Deck } from '../model/deck.js';
import type { SlideFit } from '../export/fit.js';

export const MAX_ROUNDS = 4;

/** New budget scales for the sections that overflowed; undefined when nothing can be re-planned. */
export function shrinkOverflowing(
  deck: Deck,
  fits: SlideFit[],
  scales: ReadonlyMap<number, number>,
  /** Sections given more room to save a slide: a little over, they give back only that little,
   * and the planner sets them closer rather than on the slides they had. */
  grown: ReadonlySet<number> = new Set(),
): Map<number, number> | undefined {
  const next = new Map(scales);
  let changed = false;
  for (const fit of fits) {
    if (fit.fits) continue;
    const section = deck.slides[fit.index]?.section;
    if (section === undefined) continue;
    // Shrink by the share that overflowed, and a little more, so rounds converge fast;
    // several overflowing slides of one section shrink it once, by the worst of them.
    const factor = grown.has(section)
      ? Math.max(0.5, Math.min(0.98, 1 - fit.overflowPx / 500 - 0.02))
      : Math.max(0.5, Math.min(0.92, 1 - fit.overflowPx / 500 - 0.04));
    const proposed = (scales.get(section) ?? 1) * factor;
    if (proposed < (next.get(section) ?? Infinity)) {
      next.set(section, proposed);
      changed = true;
    }
  }
  return changed ? next : undefined;
}

/** The share of its height a split section may lose when the planner sets it closer (compact
 * lines are 1.28 high against the body's 1.4, with closer gaps): a section that measures this
 * much over one slide fewer may still fit on it. */
const CLOSER_SHARE = 0.88;

/**
 * The estimate is deliberately pessimistic; where a section was split and the browser
 * shows its parts would fit on fewer slides (as they are, or set closer), its budget grows by
 * what the estimate overshot, and the planner chooses again.
 */
export function growUnderfilled(
  deck: Deck,
  fits: SlideFit[],
  scales: ReadonlyMap<number, number>,
): Map<number, number> | undefined {
  const sections = new Map<number, { estimated: number; measured: number; pages: number; budget: number }>();
  deck.slides.forEach((slide, i) => {
    if (
      slide.section === undefined ||
      !slide.part ||
      slide.estimatedPx === undefined ||
      slide.budgetPx === undefined ||
      !fits[i]
    )
      return;
    const entry = sections.get(slide.section) ?? {
      estimated: 0,
      measured: 0,
      pages: 0,
      budget: slide.budgetPx,
    };
    entry.estimated += slide.estimatedPx;
    entry.measured += fits[i].bodyPx;
    entry.pages += 1;
    sections.set(slide.section, entry);
  });
  const next = new Map(scales);
  let changed = false;
  for (const [section, { estimated, measured, pages, budget }] of sections) {
    // Would the measured content fit on one slide fewer, set closer if need be? Then plan it
    // with room for that (savingGrowth undoes it where no slide is saved).
    if (pages < 2 || measured <= 0 || measured * CLOSER_SHARE > 0.95 * budget * (pages - 1)) continue;
    // The estimate overshot by estimated/measured: plan with that much more room.
    const grow = Math.min(1.6, (estimated / measured) * 0.97);
    if (grow > 1.02) {
      next.set(section, (next.get(section) ?? 1) * grow);
      changed = true;
    }
  }
  return changed ? next : undefined;
}

/**
 * More room is worth a new plan only where it saves a slide: a section planned again on as many
 * slides only moves its breaks, and may leave its last page nearly empty. The scales with each
 * such section's growth undone; undefined when every grown section got fewer slides.
 */
export function savingGrowth(
  before: Deck,
  after: Deck,
  previous: ReadonlyMap<number, number>,
  scales: ReadonlyMap<number, number>,
): Map<number, number> | undefined {
  const pages = (deck: Deck, section: number) => deck.slides.filter((s) => s.section === section).length;
  const next = new Map(scales);
  let undone = false;
  for (const [section, scale] of scales) {
    const was = previous.get(section) ?? 1;
    if (scale <= was || pages(after, section) < pages(before, section)) continue;
    if (previous.has(section)) next.set(section, was);
    else next.delete(section);
    undone = true;
  }
  return undone ? next : undefined;
}
