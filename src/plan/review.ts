// What only the author can fix: where the recap offers nothing better than a label for a
// slide's title, or gives different parts one name, the planner says which slide it is and
// what to add to the recap. The build lists these notes; `--review` prints them alone.
import type { Origin, Slide } from '../model/deck.js';
import { isGenericHeading } from './titles/title-words.js';

export interface ReviewNote {
  message: string;
  origin: Origin;
}

/** Parts sharing one title this many times (apart from one part's own run) call for names. */
const SHARED = 3;

export function reviewNotes(slides: Slide[]): ReviewNote[] {
  const notes: ReviewNote[] = [];
  slides.forEach((slide, i) => {
    if (slide.layout === 'closing' || slide.layout === 'agenda') return;
    if (!isGenericHeading(slide.title)) return;
    const what =
      slide.layout === 'title' ? "the event in the recap's title or H1" : 'the part in its heading';
    notes.push({
      message: `slide ${i + 1} is titled only "${slide.title}"; name ${what}`,
      origin: slide.origin,
    });
  });
  // One title over different parts: the audience cannot tell them apart.
  const byTitle = new Map<string, number[]>();
  slides.forEach((slide, i) => {
    if (slide.layout === 'title' || slide.layout === 'closing' || slide.part) return;
    byTitle.set(slide.title, [...(byTitle.get(slide.title) ?? []), i]);
  });
  for (const [title, at] of byTitle)
    if (at.length >= SHARED)
      notes.push({
        message: `slides ${at.map((i) => i + 1).join(', ')} share the title "${title}"; give each part a heading of its own`,
        origin: slides[at[0]!]!.origin,
      });
  return notes;
}
