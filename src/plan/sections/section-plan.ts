// The slides of one top-level section: its own blocks, then its sub-sections (or one slide
// of cards when they are thin siblings), with or without a divider in front. Words that
// end up on no slide (an empty sub-section's title, a section of missing pictures only)
// are handed back as notes for the slide before them.
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { type Slide, say, unechoed } from '../../model/deck.js';
import { cardRuns, type Regrouped } from '../layouts/card-runs.js';
import { titledByParts } from '../layouts/run-titles.js';
import { cardsSlides } from '../layouts/cards.js';
import { REFLECTION_DEPTHS, SUMMARY_DEPTHS } from '../layouts/summaries.js';
import { siblingsList } from '../layouts/siblings-list.js';
import { stackedSlides } from '../layouts/stacked.js';
import { slideFill } from '../measure/fill.js';
import { notesFor } from '../notes-for.js';
import { shownPart, speakerOnly } from '../notes-only.js';
import type { TitledSection } from '../titles/outline-titles.js';
import { setSection } from './section-slides.js';
import { joinedTitle } from '../titles/joined-title.js';
import { WEIGHTS } from '../cost.js';
import { mentions } from '../../lexicon/lexicon.js';
import { introLead, listsPeople } from './framed-slides.js';
import { type IntroFate, introFates } from './intro-fate.js';
import type { PlannedSection, SectionContext } from './types.js';

/** Headings of the author's reflections: takeaways, lessons, experience. */
const isReflection = mentions('reflectionHeadings');
/** A sub-section that fills less than this share of its one slide is thin beside its siblings. */
const THIN_FILL = 0.55;

export function planSection(section: TitledSection, { scale, est, labels }: SectionContext): PlannedSection {
  const leftover: RootContent[] = [];
  const slidesFor = (s: TitledSection, carry: RootContent[]): { slides: Slide[]; cost: number } => {
    const set = setSection({
      title: s.title,
      origin: s.origin,
      blocks: s.blocks,
      extraNotes: s.notes,
      scale: scale(s.origin.line),
      est,
      labels,
      ...(s.kicker ? { kicker: s.kicker } : {}),
      ...(isReflection(section.heading) || isReflection(s.heading) ? { reflective: true } : {}),
      ...(s.lede ? { lede: s.lede } : {}),
    });
    // Nothing to show (only missing pictures, say): its words join the slide before. A heading
    // over nothing but the speaker's lines is the speaker's too.
    if (set.slides.length === 0 && s.blocks.length > 0) {
      const heading = say(s.heading);
      const forSpeaker = s.blocks.every((b) => !shownPart(b)) && s.notes.length === 0;
      carry.push(forSpeaker ? speakerOnly(heading) : heading, ...notesFor(s.blocks), ...s.notes.map(say));
    }
    return set;
  };
  let own = slidesFor({ ...section, notes: [] }, leftover).slides;
  // Each sub-section on slides of its own, or all of them as one slide of cards, whichever
  // costs less (cost.ts); siblings that each fit one slide drawn apart are a flat layout.
  const apart = section.children.map((child) => {
    const carry: RootContent[] = [];
    return { ...slidesFor(child, carry), carry };
  });
  // (Thin: each on one slide it leaves about half empty.)
  const thinApart = (slides: Slide[]) => slides.length === 1 && slideFill(slides[0]!, est) <= THIN_FILL;
  const single = apart.length >= 2 && apart.every((a) => thinApart(a.slides));
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
  const reflective = reflections && !numbered && apart.every((a) => a.slides.length === 1);
  // How far cards may sum the parts up: the author's reflections furthest (summaries.ts).
  const depthsIf = (may: boolean) =>
    !may ? [] : reflections && !numbered ? REFLECTION_DEPTHS : SUMMARY_DEPTHS;
  const cards = people
    ? undefined
    : cardsSlides(section.title, section.origin, section.children, est, room, depthsIf(single || reflective));
  const flatList =
    !cards && single && !people
      ? siblingsList(section.title, section.origin, section.children, est, room)
      : undefined;
  // Reflections too long for cards share slides under sub-headings, whole (stacked.ts).
  const setApart = apart.map((a, i) => ({ section: section.children[i]!, slides: a.slides, cost: a.cost }));
  const stacked =
    reflections && !numbered && apart.every((a) => a.carry.length === 0)
      ? stackedSlides(section.title, section.origin, setApart, est, room)
      : undefined;
  // Neighbours two or three a slide as cards, where the others keep their slides (card-runs.ts);
  // numbered parts and talks only shown whole, as a summary of a talk drops what mattered.
  const summarised = depthsIf(single || (reflections && !numbered));
  // A page that opens the part is titled by it, as the part's own first slide would be; a later
  // page that holds some of its sub-parts, by them, as the ones kept on slides of their own are
  // ("Mindset and Skills" under "Key Takeaways").
  const titleOf = (parts: TitledSection[]) =>
    parts[0]?.origin.line === section.children[0]?.origin.line
      ? section.title
      : (joinedTitle(
          parts.map((p) => p.title),
          labels,
          est,
        ) ?? section.title);
  const runnable = !people && apart.every((a) => a.carry.length === 0);
  const join = (names: string[]) => joinedTitle(names, labels, est);
  const byParts = (way: Regrouped | undefined) =>
    way && titledByParts(way, section.children, section.title, join);
  const runs = runnable
    ? byParts(cardRuns(section.title, section.origin, setApart, est, room, summarised, titleOf))
    : undefined;
  // An intro alone on its slide leads the first slide of cards instead, as its lede, where the
  // cards leave it room (set closer if need be).
  const lead = runs ? introLead(own, est) : 0;
  const led =
    lead > 0
      ? byParts(cardRuns(section.title, section.origin, setApart, est, room, summarised, titleOf, lead))
      : undefined;
  // An intro alone on its slide may fold into the first slide after it, or be said rather than
  // shown, depending on how the sub-parts are shown (intro-fate.ts).
  const ways = [cards, flatList, stacked, runs, led];
  const fates = introFates(own, section, est, [
    apart.flatMap((a) => a.slides),
    ...ways.map((w) => w?.slides),
  ]);
  const apartFate = fates[0]!;
  const apartCost = apart.reduce((sum, a) => sum + a.cost, 0) + (single ? WEIGHTS.flat : 0) + apartFate.cost;
  const best = ways
    .map((way, i) => way && { ...way, fate: fates[i + 1]!, cost: way.cost + fates[i + 1]!.cost })
    .reduce<{ slides: Slide[]; cost: number; fate: IntroFate } | undefined>(
      (low, c) => (c && (!low || c.cost < low.cost) ? c : low),
      undefined,
    );
  const children: Slide[] = [];
  const grouped = best && best.cost < apartCost;
  if (grouped)
    children.push(
      // Slides under the part's own title carry its kicker; a part kept on its own slide keeps
      // its own (a talk's time), if it has one.
      ...best.slides.map((slide) =>
        section.kicker && (slide.title === section.title || !slide.eyebrow)
          ? { ...slide, eyebrow: section.kicker }
          : slide,
      ),
    );
  else
    for (const { slides, carry } of apart) {
      const before = children[children.length - 1] ?? own[own.length - 1];
      if (before) before.notes.push(...carry);
      else leftover.push(...carry);
      children.push(...slides);
    }
  // An intro said rather than shown is the first slide after it to say.
  const [opening] = own;
  if ((grouped ? best.fate : apartFate).said && opening && children[0]) {
    // (Its notes say whatever of it the slide did not show, each of its words once; what its
    // slide showed is no echo of a slide any more, so the handout's reader has it too.)
    const unsaid = opening.blocks.filter((b) => !opening.notes.some((n) => toString(n) === toString(b)));
    const notes = [...unsaid, ...opening.notes.map(unechoed), ...children[0].notes];
    children[0] = { ...children[0], notes };
    own = [];
  }
  // An empty sub-section's title stays in the notes of the slide before it.
  const lastOwn = own[own.length - 1];
  const intro = section.introNotes?.map(say) ?? [];
  // With no slide of its own (only a missing picture, say), they go before, like its words.
  ((lastOwn ?? children[0])?.notes ?? leftover).push(...intro);
  const last = children[children.length - 1] ?? lastOwn;
  if (last) last.notes.push(...section.notes.map(say));
  else leftover.push(...section.notes.map(say));
  // A section that shows nothing at all still says its heading, before its other words.
  if (own.length + children.length === 0 && section.blocks.length === 0)
    leftover.unshift(say(section.heading));
  return { section, own, children, leftover };
}
