// A row of cards, a few people, a few boxed points or a short statement that leave much of the
// room under the title empty stand in the middle of it, as a pull-quote does (themes
// section.middle), rather than in a band at the top of a white slide. Only a slide of nothing
// else (a lead-in above them keeps their place; the line a long heading leaves under the title
// is the title's), and only where its neighbours of the same layout are as sparse.
import type { RootContent } from 'mdast';
import type { Slide } from '../../model/deck.js';

/** Boxes that fill less of the room than this are set in its middle: under it, the empty band
 * below them is as tall as they are, and reads as a slide left unfinished. */
const SPARSE = 0.6;
/** The layouts set in the middle when sparse, and the one block each holds: a row of boxes, or
 * a short paragraph at a statement's size (a slide of one thought, not a half-empty page). */
const ALONE: Partial<Record<Slide['layout'], RootContent['type']>> = {
  cards: 'list',
  steps: 'list',
  speakers: 'list',
  prose: 'paragraph',
};

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
  const alone = ALONE[slide.layout];
  if (!alone || slide.part) return false;
  if (slide.blocks.length !== 1 || slide.blocks[0]!.type !== alone) return false;
  // (Prose only at a statement's size: a paragraph in the usual type is no statement.)
  if (slide.layout === 'prose' && !slide.roomy) return false;
  // (At the usual size: the larger type a roomy slide takes fills at most about a fifth more.)
  return (slide.estimatedPx ?? Infinity) < (slide.budgetPx ?? 0) * SPARSE;
}
