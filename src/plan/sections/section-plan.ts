// The slides of one top-level section: its own blocks, then its sub-sections (or one slide
// of cards when they are thin siblings), with or without a divider in front. Words that
// end up on no slide (an empty sub-section's title, a section of missing pictures only)
// are handed back as notes for the slide before them.
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { type Slide, say, unechoed } from '../../model/deck.js';
import { WEIGHTS } from '../cost.js';
import { slideFill } from '../measure/fill.js';
import type { Estimator } from '../measure/estimate.js';
import { notesFor } from '../notes-for.js';
import { shownPart, speakerOnly } from '../notes-only.js';
import type { TitledSection } from '../titles/outline-titles.js';
import { type Apart, groupedWays, isReflection, type Way } from './grouped-ways.js';
import { type IntroFate, introFates } from './intro-fate.js';
import { setSection } from './section-slides.js';
import type { PlannedSection, SectionContext } from './types.js';

/** A sub-section that fills less than this share of its one slide is thin beside its siblings. */
const THIN_FILL = 0.55;

type Chosen = Way & { fate: IntroFate };

export function planSection(section: TitledSection, ctx: SectionContext): PlannedSection {
  const { est } = ctx;
  const opened = setSlides(section, { ...section, notes: [] }, ctx);
  const leftover: RootContent[] = [...opened.carry];
  const own = opened.slides;
  // Each sub-section on slides of its own, or all of them as one slide of cards, whichever
  // costs less (cost.ts); siblings that each fit one slide drawn apart are a flat layout.
  const apart = section.children.map((child) => setSlides(section, child, ctx));
  const single = thinSiblings(apart, est);
  const ways = groupedWays(section, own, apart, single, ctx);
  // An intro alone on its slide may fold into the first slide after it, or be said rather than
  // shown, depending on how the sub-parts are shown (intro-fate.ts).
  const fates = introFates(own, section, est, [
    apart.flatMap((a) => a.slides),
    ...ways.map((w) => w?.slides),
  ]);
  const apartFate = fates[0]!;
  const apartCost = apart.reduce((sum, a) => sum + a.cost, 0) + (single ? WEIGHTS.flat : 0) + apartFate.cost;
  const best = cheapest(ways, fates);
  const grouped = best !== undefined && best.cost < apartCost;
  const children = grouped ? kickered(best.slides, section) : laidApart(apart, own, leftover);
  // An intro said rather than shown is the first slide after it to say.
  const [opening] = own;
  const first = children[0];
  const says = (grouped ? best.fate : apartFate).said && opening !== undefined && first !== undefined;
  if (says) children[0] = sayingIntro(opening, first);
  const shown = says ? [] : own;
  placeNotes(section, shown, children, leftover);
  return { section, own: shown, children, leftover };
}

/** A section's own slides (or a sub-section's), and the words that end up on none of them. */
function setSlides(parent: TitledSection, s: TitledSection, { scale, est, labels }: SectionContext): Apart {
  const set = setSection({
    title: s.title,
    origin: s.origin,
    blocks: s.blocks,
    extraNotes: s.notes,
    scale: scale(s.origin.line),
    est,
    labels,
    ...(s.kicker ? { kicker: s.kicker } : {}),
    ...(isReflection(parent.heading) || isReflection(s.heading) ? { reflective: true } : {}),
    ...(s.lede ? { lede: s.lede } : {}),
  });
  return { ...set, carry: unshown(set.slides, s) };
}

/** Nothing to show (only missing pictures, say): its words join the slide before. A heading
 * over nothing but the speaker's lines is the speaker's too. */
function unshown(slides: Slide[], s: TitledSection): RootContent[] {
  if (slides.length > 0 || s.blocks.length === 0) return [];
  const heading = say(s.heading);
  const forSpeaker = s.blocks.every((b) => !shownPart(b)) && s.notes.length === 0;
  return [forSpeaker ? speakerOnly(heading) : heading, ...notesFor(s.blocks), ...s.notes.map(say)];
}

/** Two sub-sections or more, each on one slide it leaves about half empty. */
function thinSiblings(apart: Apart[], est: Estimator): boolean {
  const thinApart = (slides: Slide[]) => slides.length === 1 && slideFill(slides[0]!, est) <= THIN_FILL;
  return apart.length >= 2 && apart.every((a) => thinApart(a.slides));
}

/** The cheapest way of showing the parts together, the intro's fate with it priced in (`fates`:
 * the parts apart first, then one for each way). */
function cheapest(ways: (Way | undefined)[], fates: IntroFate[]): Chosen | undefined {
  return ways
    .map((way, i) => way && { ...way, fate: fates[i + 1]!, cost: way.cost + fates[i + 1]!.cost })
    .reduce<Chosen | undefined>((low, c) => (c && (!low || c.cost < low.cost) ? c : low), undefined);
}

/** Slides under the part's own title carry its kicker; a part kept on its own slide keeps
 * its own (a talk's time), if it has one. */
function kickered(slides: Slide[], section: TitledSection): Slide[] {
  return slides.map((slide) =>
    section.kicker && (slide.title === section.title || !slide.eyebrow)
      ? { ...slide, eyebrow: section.kicker }
      : slide,
  );
}

/** Each sub-section's slides in order; the words of one that shows nothing go to the notes of the
 * slide before it (or the section's leftover), which this adds them to. */
function laidApart(apart: Apart[], own: Slide[], leftover: RootContent[]): Slide[] {
  const children: Slide[] = [];
  for (const { slides, carry } of apart) {
    const before = children[children.length - 1] ?? own[own.length - 1];
    if (before) before.notes.push(...carry);
    else leftover.push(...carry);
    children.push(...slides);
  }
  return children;
}

/** The first slide after an intro said rather than shown, saying it. */
function sayingIntro(opening: Slide, first: Slide): Slide {
  // (Its notes say whatever of it the slide did not show, each of its words once; what its
  // slide showed is no echo of a slide any more, so the handout's reader has it too.)
  const unsaid = opening.blocks.filter((b) => !opening.notes.some((n) => toString(n) === toString(b)));
  return { ...first, notes: [...unsaid, ...opening.notes.map(unechoed), ...first.notes] };
}

/** The section's own words for the notes: its intro's and its closing ones, added to the slides'
 * notes (or the leftover). */
function placeNotes(section: TitledSection, own: Slide[], children: Slide[], leftover: RootContent[]): void {
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
}
