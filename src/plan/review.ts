// What only the author can fix: where the recap offers nothing better than a label for a
// slide's title, gives different parts one name, or never says the event's day, the planner
// says which slide it is and what to add to the recap. The build lists these notes;
// `--review` prints them alone.
import type { DeckMeta, Origin, Slide } from '../model/deck.js';
import { isGenericHeading } from './titles/title-words.js';

export interface ReviewNote {
  message: string;
  origin: Origin;
}

/** Parts sharing one title this many times (apart from one part's own run) call for names. */
const SHARED = 3;

/** A line under the cover's headline that gives a day ("27 tháng 6, 2026", "Sep 6 – Dec 5"). */
const DATED = /\d/u;

export function reviewNotes(slides: Slide[], meta: Pick<DeckMeta, 'date'> = {}): ReviewNote[] {
  const notes: ReviewNote[] = [];
  // A cover without the event's day: the front matter's `date` is when the page was published
  // (a day or a month off), so only the author can say it.
  const [cover] = slides;
  if (cover?.layout === 'title' && !meta.date && !(cover.subtitle ?? []).some((line) => DATED.test(line)))
    notes.push({
      message:
        'the cover shows no date; give the event\'s day in the recap (a "Date:" line) or its front ' +
        'matter (event_date: YYYY-MM-DD)',
      origin: cover.origin,
    });
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
        message:
          `slides ${at.map((i) => i + 1).join(', ')} share the title "${title}"; ` +
          'give each part a heading of its own',
        origin: slides[at[0]!]!.origin,
      });
  return notes;
}
