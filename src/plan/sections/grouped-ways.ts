// The ways a section's sub-sections may be shown together rather than each on slides of its own:
// all on one slide of cards, a list of their headings, stacked under sub-headings, runs of cards.
import type { RootContent } from 'mdast';
import type { Slide } from '../../model/deck.js';
import { mentions } from '../../lexicon/lexicon.js';
import { cardRuns, type Regrouped } from '../layouts/card-runs.js';
import { cardsSlides } from '../layouts/cards.js';
import { titledByParts } from '../layouts/run-titles.js';
import { siblingsList } from '../layouts/siblings-list.js';
import { type SetApart, stackedSlides } from '../layouts/stacked.js';
import { type Depth, REFLECTION_DEPTHS, SUMMARY_DEPTHS } from '../layouts/summaries.js';
import { joinedTitle } from '../titles/joined-title.js';
import type { TitledSection } from '../titles/outline-titles.js';
import { introLead, listsPeople } from './framed-slides.js';
import type { SectionContext } from './types.js';

/** Headings of the author's reflections: takeaways, lessons, experience. */
export const isReflection = mentions('reflectionHeadings');

/** A sub-section on slides of its own, and the words it shows on none (for the slide before). */
export interface Apart {
  slides: Slide[];
  cost: number;
  carry: RootContent[];
}

export interface Way {
  slides: Slide[];
  cost: number;
}

/** Each way of showing the parts together, undefined where it cannot: one slide of cards, a list
 * of their headings, stacked, runs of cards, runs of cards led by the intro. `single`: each part
 * is thin on its one slide. */
export function groupedWays(
  section: TitledSection,
  own: Slide[],
  apart: Apart[],
  single: boolean,
  ctx: SectionContext,
): (Way | undefined)[] {
  const { scale, est } = ctx;
  // Cards take their parent's title: never a list of people's ("Speakers"), whose sub-sections
  // are the talks' own.
  // (The section's room: the fit loop shrinks it where the browser finds a page too tall.)
  const room = est.metrics.body.height * (scale(section.origin.line) ?? 1);
  // Summing sections up for cards is for thin ones, and for the author's own reflections
  // grouped by theme (takeaways, lessons, experience: the arc's takeaways as cards) where each
  // has one slide's worth at most; other parts (a programme's talks) keep their slides, as a
  // summary of a talk drops what mattered (a check-half review found). A list of their
  // headings is the flat fallback where cards cannot hold them.
  const people = listsPeople(own);
  const reflections = isReflection(section.heading) && !people;
  // Parts the author numbered are a sequence of their own: each keeps its slide.
  const numbered = section.children.some((c) => c.number);
  // (The author's reflections grouped by theme, not a numbered sequence.)
  const byTheme = reflections && !numbered;
  const reflective = byTheme && apart.every((a) => a.slides.length === 1);
  // How far cards may sum the parts up: the author's reflections furthest (summaries.ts).
  const depthsIf = (may: boolean) => (may ? depthsOf(byTheme) : []);
  const { title, origin, children } = section;
  const cards = people
    ? undefined
    : cardsSlides(title, origin, children, est, room, depthsIf(single || reflective));
  const flatList = !cards && single && !people ? siblingsList(title, origin, children, est, room) : undefined;
  // Reflections too long for cards share slides under sub-headings, whole (stacked.ts).
  const setApart = apart.map((a, i) => ({ section: children[i]!, slides: a.slides, cost: a.cost }));
  const whole = apart.every((a) => a.carry.length === 0);
  const stacked = byTheme && whole ? stackedSlides(title, origin, setApart, est, room) : undefined;
  // Neighbours two or three a slide as cards, where the others keep their slides (card-runs.ts);
  // numbered parts and talks only shown whole, as a summary of a talk drops what mattered.
  const summarised = depthsIf(single || byTheme);
  const [runs, led] =
    !people && whole ? runWays(section, own, setApart, room, summarised, ctx) : [undefined, undefined];
  return [cards, flatList, stacked, runs, led];
}

function depthsOf(byTheme: boolean): Depth[] {
  return byTheme ? REFLECTION_DEPTHS : SUMMARY_DEPTHS;
}

/** Runs of neighbours as cards, and the same led by the section's intro. */
function runWays(
  section: TitledSection,
  own: Slide[],
  setApart: SetApart[],
  room: number,
  depths: Depth[],
  { labels, est }: SectionContext,
): [Regrouped | undefined, Regrouped | undefined] {
  const { title, origin, children } = section;
  const join = (names: string[]) => joinedTitle(names, labels, est);
  const titleOf = partsTitle(section, join);
  const byParts = (way: Regrouped | undefined) => way && titledByParts(way, children, title, join);
  const runs = byParts(cardRuns(title, origin, setApart, est, room, depths, titleOf));
  // An intro alone on its slide leads the first slide of cards instead, as its lede, where the
  // cards leave it room (set closer if need be).
  const lead = runs ? introLead(own, est) : 0;
  const led =
    lead > 0 ? byParts(cardRuns(title, origin, setApart, est, room, depths, titleOf, lead)) : undefined;
  return [runs, led];
}

/** A page that opens the part is titled by it, as the part's own first slide would be; a later
 * page that holds some of its sub-parts, by them, as the ones kept on slides of their own are
 * ("Mindset and Skills" under "Key Takeaways"). */
function partsTitle(
  section: TitledSection,
  join: (names: string[]) => string | undefined,
): (parts: TitledSection[]) => string {
  return (parts) =>
    parts[0]?.origin.line === section.children[0]?.origin.line
      ? section.title
      : (join(parts.map((p) => p.title)) ?? section.title);
}
