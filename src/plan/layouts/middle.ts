// A row of cards or a few boxed points that leave most of the room under the title empty stand
// in the middle of it, as a pull-quote does (themes section.middle), rather than in a band at
// the top of a white slide. Only a slide of nothing else (a lead-in above them keeps their
// place), and only where its neighbours of the same layout are as sparse.
import type { Slide } from '../../model/deck.js';

/** Boxes that fill less of the room than this are set in its middle. */
const SPARSE = 0.45;
const BOXED = new Set<Slide['layout']>(['cards', 'steps']);

export function middled(slides: Slide[]): Slide[] {
  // Neighbouring slides of one layout stand alike: all in the middle, or all under the title
  // (a reviewer saw the cards jump from one place to the other between neighbours).
  const alike = (i: number, step: number): boolean => {
    const next = slides[i + step];
    return !next || next.layout !== slides[i]!.layout || (sparseBoxes(next) && alike(i + step, step));
  };
  return slides.map((slide, i) =>
    sparseBoxes(slide) && alike(i, -1) && alike(i, 1) ? { ...slide, middle: true } : slide,
  );
}

function sparseBoxes(slide: Slide): boolean {
  if (!BOXED.has(slide.layout) || slide.part || slide.subtitle?.length) return false;
  if (slide.blocks.length !== 1 || slide.blocks[0]!.type !== 'list') return false;
  // (At the usual size: the larger type a roomy slide takes fills at most about a fifth more.)
  return (slide.estimatedPx ?? Infinity) < (slide.budgetPx ?? 0) * SPARSE;
}
