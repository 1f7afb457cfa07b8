// The slides of one top-level section: its own blocks, then its sub-sections (or one slide
// of cards when they are thin siblings), with or without a divider in front. Words that
// end up on no slide (an empty sub-section's title, a section of missing pictures only)
// are handed back as notes for the slide before them.
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Labels } from '../../i18n/labels.js';
import { type Slide, say } from '../../model/deck.js';
import { aboveCardsHeight } from '../layouts/card-grid.js';
import { cardsSlides } from '../layouts/cards.js';
import { siblingsList } from '../layouts/siblings-list.js';
import { stackedSlides } from '../layouts/stacked.js';
import { cardTitle, underParent } from '../layouts/summaries.js';
import type { Estimator } from '../measure/estimate.js';
import { dividerSlide, listOf } from '../layouts/frame-slides.js';
import { notesFor } from '../notes-for.js';
import { shownPart, speakerOnly } from '../notes-only.js';
import type { TitledSection } from '../titles/outline-titles.js';
import { setSection } from './section-slides.js';
import { WEIGHTS } from '../cost.js';
import { mentions } from '../../lexicon/lexicon.js';

export interface SectionContext {
  labels: Labels;
  scale: (line: number) => number | undefined;
  est: Estimator;
}

export interface PlannedSection {
  section: TitledSection;
  /** Slides of the section's own blocks. */
  own: Slide[];
  /** Slides of its sub-sections, in order. */
  children: Slide[];
  /** Words for the notes of the slide before the section (it shows nothing of its own). */
  leftover: RootContent[];
}

const SHORT_INTRO = 180;
/** Headings of the author's reflections: takeaways, lessons, experience. */
const isReflection = mentions('reflectionHeadings');
/** A sub-section that fills less than this share of its one slide is thin beside its siblings. */
const THIN_FILL = 0.55;
/** An intro slide filled less than this is short enough to list its sub-sections too. */
const SHORT_SHARE = 0.35;

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
  const own = slidesFor({ ...section, notes: [] }, leftover).slides;
  // Each sub-section on slides of its own, or all of them as one slide of cards, whichever
  // costs less (cost.ts); siblings that each fit one slide drawn apart are a flat layout.
  const apart = section.children.map((child) => {
    const carry: RootContent[] = [];
    return { ...slidesFor(child, carry), carry };
  });
  // (Thin: each on one slide it leaves about half empty.)
  const thinApart = (slides: Slide[]) => slides.length === 1 && fill(slides[0]!, est) <= THIN_FILL;
  const single = apart.length >= 2 && apart.every((a) => thinApart(a.slides));
  const apartCost = apart.reduce((sum, a) => sum + a.cost, 0) + (single ? WEIGHTS.flat : 0);
  // Cards take their parent's title: never a list of people's ("Speakers"), whose sub-sections
  // are the talks' own.
  const room = est.metrics.body.height;
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
  const cards = people
    ? undefined
    : cardsSlides(section.title, section.origin, section.children, est, room, single || reflective);
  const flatList =
    !cards && single && !people
      ? siblingsList(section.title, section.origin, section.children, est, room)
      : undefined;
  // Reflections too long for cards share slides under sub-headings, whole (stacked.ts).
  const stacked =
    reflections && !numbered && apart.every((a) => a.carry.length === 0)
      ? stackedSlides(
          section.title,
          section.origin,
          apart.map((a, i) => ({ section: section.children[i]!, slides: a.slides, cost: a.cost })),
          est,
          room,
        )
      : undefined;
  const best = [cards, flatList, stacked].reduce<typeof cards>(
    (low, c) => (c && (!low || c.cost < low.cost) ? c : low),
    undefined,
  );
  const children: Slide[] = [];
  if (best && best.cost < apartCost)
    children.push(
      ...best.slides.map((slide) => (section.kicker ? { ...slide, eyebrow: section.kicker } : slide)),
    );
  else
    for (const { slides, carry } of apart) {
      const before = children[children.length - 1] ?? own[own.length - 1];
      if (before) before.notes.push(...carry);
      else leftover.push(...carry);
      children.push(...slides);
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

/** How much of its room a slide fills at the usual type size (a slide set larger fills more). */
function fill(slide: Slide, est: Estimator): number {
  const { body, roomy, prose, statement } = est.metrics.text;
  const [usual, larger] = slide.layout === 'prose' ? [prose, statement] : [body, roomy];
  const scale = slide.roomy ? (usual.size * usual.line) / (larger.size * larger.line) : 1;
  return ((slide.estimatedPx ?? 0) * scale) / (slide.budgetPx || 1);
}

/** A section whose own slides list people: its sub-sections are not parts of it. */
function listsPeople(slides: Slide[]): boolean {
  return slides.some((slide) => slide.layout === 'speakers');
}

/** A short section intro ("The programme had several sessions:") lists what follows under it;
 * so does any intro that ends by leading into what follows ("Key experiences included:"),
 * when the list fits under it. */
function introduced(own: Slide[], children: Slide[], est: Estimator): Slide[] {
  const titles = [...new Set(children.map((c) => c.title))];
  const [intro] = own;
  if (own.length !== 1 || titles.length < 2 || titles.length > 8 || !intro) return own;
  const list = listOf(titles, false);
  const short = (intro.estimatedPx ?? Infinity) <= (intro.budgetPx ?? 0) * SHORT_SHARE;
  const last = intro.blocks[intro.blocks.length - 1];
  const leads = last?.type === 'paragraph' && /[:：]\s*$/u.test(toString(last));
  const height = [...intro.blocks, list].reduce((sum, b) => sum + est.blockHeight(b, 'content'), 0);
  if (!short && !(leads && height <= (intro.budgetPx ?? 0))) return own;
  return [{ ...intro, layout: 'content', blocks: [...intro.blocks, list], roomy: false, opensPart: true }];
}

/** A short intro whose sub-sections became one slide of cards sits above the cards, on that
 * slide, when it fits: one slide where a designer would not make two of one title. */
function introOnCards(planned: PlannedSection, est: Estimator): PlannedSection {
  const { own, children } = planned;
  const [intro] = own;
  const [cards] = children;
  if (own.length !== 1 || children.length !== 1 || !intro || cards?.layout !== 'cards') return planned;
  if (cards.part || !intro.blocks.every((b) => b.type === 'paragraph')) return planned;
  const height = aboveCardsHeight(intro.blocks, est) + (cards.estimatedPx ?? Infinity);
  if (height > (cards.budgetPx ?? 0)) return planned;
  const merged: Slide = {
    ...cards,
    blocks: [...intro.blocks, ...cards.blocks],
    notes: [...intro.notes, ...cards.notes],
    origin: intro.origin,
    estimatedPx: Math.round(height),
  };
  return { ...planned, own: [], children: [merged] };
}

/** The section's slides in order: with a divider in front (numbered `part`), or its title above each. */
export function framedSlides(
  planned: PlannedSection,
  part: number | undefined,
  labels: Labels,
  est: Estimator,
): Slide[] {
  const { section, own, children } = introOnCards(planned, est);
  if (part === undefined) {
    // Without a divider, each sub-section's slide says which section it belongs to.
    // The parent by its title and outline number ("3. Nội dung"): the number is kept for the audience.
    const numbered =
      section.number && !section.kicker ? `${section.number}. ${section.title}` : section.title;
    const parent = [section.kicker, numbered].filter(Boolean).join(' · ');
    // A sub-section told apart by its parent's name (outline-titles.ts) has it there already.
    const ownEyebrow = (slide: Slide) => slide.eyebrow?.split(' · ').filter((p) => p !== section.title) ?? [];
    // A list of people is no topic's part, nor the parent of one: recaps nest "Speakers" under
    // the event's goals, or the talks' sections under "Speakers", by heading level alone.
    const people = listsPeople(own);
    const titled = children.map((slide) =>
      slide.title === section.title ||
      slide.title.startsWith(`${section.title}: `) ||
      people ||
      slide.layout === 'speakers'
        ? slide
        : { ...slide, eyebrow: [parent, ...ownEyebrow(slide)].join(' · ') },
    );
    return [...introduced(own, children, est), ...titled];
  }
  // A section of one slide needs no divider in front: the slide itself says which part it opens.
  if (own.length + children.length === 1) {
    const [only] = [...own, ...children];
    const label = [labels.part(part), section.kicker, only!.eyebrow].filter(Boolean);
    return [{ ...only!, eyebrow: [...new Set(label)].join(' · ') }];
  }
  const shortIntro =
    own.length === 1 &&
    section.blocks.length === 1 &&
    section.blocks[0]!.type === 'paragraph' &&
    toString(section.blocks[0]!).length <= SHORT_INTRO;
  const divider = dividerSlide(
    section.title,
    part,
    promised(section, children),
    shortIntro ? section.blocks : [],
    labels,
    section.origin,
  );
  if (section.kicker) divider.eyebrow = `${divider.eyebrow} · ${section.kicker}`;
  if (shortIntro) divider.notes.push(...own[0]!.notes);
  if (shortIntro || own.length === 0) return [divider, ...(shortIntro ? [] : own), ...children];
  // An intro too long for the divider opens the part itself, rather than follow a divider
  // of the same title: it takes the divider's label and says what the part holds.
  const [first, ...rest] = introduced(own, children, est);
  const opening: Slide = {
    ...first!,
    eyebrow: [divider.eyebrow, first!.eyebrow].filter(Boolean).join(' · '),
    notes: [...divider.notes, ...first!.notes],
    opensPart: true,
  };
  return [opening, ...rest, ...children];
}

/** What a divider promises is what follows: the titles of the sub-sections' slides, or, where
 * they share slides under the part's own title (cards), the sub-sections' names. */
function promised(section: TitledSection, children: Slide[]): string[] {
  if (children.length < 2) return [];
  const titles = [...new Set(children.map((c) => c.title))];
  if (titles.some((t) => t !== section.title)) return titles;
  return underParent(section.children, section.title).map(cardTitle);
}
