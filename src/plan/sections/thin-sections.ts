// Neighbouring parts of the recap that each fill their one slide thinly ("Event Objectives",
// "Key Highlights", "Key Takeaways" of two bullets each) read as cards side by side, two or
// three a slide, as a designer regroups them, rather than as a row of half-empty slides. The
// slide is titled by the parts it holds ("Goals and Highlights"), and only where that fits one
// line; three or more of the arc's stock parts (goals, highlights, takeaways) joined read as a
// menu, and the slide is the event at a glance. The cost (card-runs.ts) decides which to join.
import type { RootContent } from 'mdast';
import { say } from '../../model/deck.js';
import { cardRuns } from '../layouts/card-runs.js';
import { thin } from '../layouts/summaries.js';
import type { Estimator } from '../measure/estimate.js';
import { slideFill } from '../measure/fill.js';
import type { TitledSection } from '../titles/outline-titles.js';
import { joinedTitle } from '../titles/joined-title.js';
import { isStockHeading } from '../titles/title-words.js';
import type { PlannedSection, SectionContext } from './types.js';

/** Parts on one slide from which it is titled as a glance at them, not by their names. */
const GLANCE = 3;
/** A part that fills more of its slide than this has a slide's worth: it keeps it. */
const THIN_FILL = 0.55;

/** The planned sections with runs of thin neighbours joined on slides of cards; `opening` is a
 * part that says what the event was, which opens the deck's arc on a slide of its own. */
export function joinThinSections(
  planned: PlannedSection[],
  context: SectionContext,
  opening?: PlannedSection,
): PlannedSection[] {
  const { est } = context;
  const joined: PlannedSection[] = [];
  let run: Thin[] = [];
  const flush = () => {
    joined.push(...(run.length >= 2 ? joinRun(run, context) : unjoined(run)));
    run = [];
  };
  for (const part of planned) {
    // A part that shows nothing (its words go to the notes before it) does not part its neighbours.
    const last = run[run.length - 1];
    if (last && part.own.length + part.children.length === 0) last.after.push(part);
    else if (part !== opening && isThin(part, est)) run.push({ part, after: [] });
    else {
      flush();
      joined.push(part);
    }
  }
  flush();
  return joined;
}

/** A thin part, and the parts after it that show nothing. */
interface Thin {
  part: PlannedSection;
  after: PlannedSection[];
}

/** The parts as they were, each followed by those after it that show nothing. */
function unjoined(run: Thin[]): PlannedSection[] {
  return run.flatMap(({ part, after }) => [part, ...after]);
}

/** One plain slide of text, under no kicker or lede, that leaves most of its room empty, of a
 * part with no sub-parts and a card's worth of words. */
function isThin({ section, own, children }: PlannedSection, est: Estimator): boolean {
  const [slide] = own;
  return (
    own.length === 1 &&
    children.length === 0 &&
    slide !== undefined &&
    ['content', 'prose'].includes(slide.layout) &&
    !slide.part &&
    !slide.eyebrow &&
    !slide.subtitle &&
    slideFill(slide, est) <= THIN_FILL &&
    thin(section)
  );
}

function joinRun(run: Thin[], { est, labels, scale }: SectionContext): PlannedSection[] {
  const apart = run.map(({ part }) => ({ section: part.section, slides: part.own, cost: 1 }));
  const titleOf = (parts: TitledSection[]) =>
    parts.length >= GLANCE && parts.every((p) => isStockHeading(p.heading))
      ? labels.glance
      : joinedTitle(
          parts.map((p) => p.title),
          labels,
          est,
        );
  const origin = run[0]!.part.section.origin;
  // (The room of the first part, whose line the slide of cards carries: the fit loop shrinks it.)
  const room = est.metrics.body.height * (scale(origin.line) ?? 1);
  const regrouped = cardRuns('', origin, apart, est, room, [], titleOf);
  if (!regrouped) return unjoined(run);
  return regrouped.slides.flatMap((slide, i): PlannedSection[] => {
    const parts = regrouped.covers[i]!.map((k) => run[k]!);
    if (parts.length === 1) return unjoined(parts);
    // What the parts' own slides left to the notes (a heading's words, a lead-in) stays, in
    // order; words meant for the slide before a later part, or after it, are now this slide's.
    const notes: RootContent[] = parts.flatMap(({ part, after }, k) => [
      ...(k > 0 ? part.leftover : []),
      say(part.section.heading),
      ...part.own[0]!.notes,
      ...after.flatMap((p) => p.leftover),
    ]);
    const first = parts[0]!.part;
    return [
      {
        section: { ...first.section, title: slide.title },
        own: [{ ...slide, notes }],
        children: [],
        leftover: first.leftover,
      },
    ];
  });
}
