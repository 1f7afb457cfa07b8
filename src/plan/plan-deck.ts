// Plans the whole deck from the recap's outline: the cover, an agenda in longer decks, each
// section's slides (behind a divider when every section gets one), the closing; then the
// lead-in lines that take the presenter from each slide to the next.
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { type Labels, labelsFor } from '../i18n/labels.js';
import { isPhrase, labelNumber } from '../lexicon/lexicon.js';
import { type Asset, type Lang, markNote, type Slide, say } from '../model/deck.js';
import type { RecapMeta } from '../recap/meta.js';
import type { EventFacts } from '../recap/event-facts.js';
import type { Outline } from '../recap/outline.js';
import { AGENDA_KEY, agendaSlides } from './layouts/agenda.js';
import { closingSlide, titleSlide } from './layouts/frame-slides.js';
import { notesFor } from './notes-for.js';
import type { Estimator } from './measure/estimate.js';
import { type CoverFacts, coverFacts, type DateOf, onlyFacts } from './cover/cover-facts.js';
import { hideMissingPictures, shownPart, speakerOnly } from './notes-only.js';
import { type TitledOutline, type TitledSection, titleOutline } from './titles/outline-titles.js';
import { isGenericHeading } from './titles/title-words.js';
import { framedSlides, type PlannedSection, planSection } from './sections/section-plan.js';
import { sectionSlides } from './sections/section-slides.js';
import { liftFromPeople, withSpeakers } from './people/sections.js';
import { evenTypeSizes } from './even-sizes.js';
import { eventsOverview, eventsSpan, isEventsIndex } from './kind/events-index.js';
import { worklogCover } from './kind/worklog.js';
import { nameSections } from './titles/named-sections.js';
import { craftTitle } from './titles/title-craft.js';
import { titleParts } from './titles/headline.js';

export interface PlanInput {
  outline: Outline;
  meta: RecapMeta;
  lang: Lang;
  /** File name without extension, the title of last resort. */
  name: string;
  /** The event's date: stated in the body, else the front matter's. */
  date?: DateOf;
  /** Date, time, place and role as the body states them, for the cover. */
  facts: EventFacts;
  /** Pictures by the URL the recap gives; missing ones stay off the slides. */
  assets: ReadonlyMap<string, Asset>;
  /** Show a placeholder where a picture is missing (for drafting). */
  placeholders?: boolean;
  /** Per section (keyed by its recap line): how much to shrink its height budget. */
  scales?: ReadonlyMap<number, number>;
  est: Estimator;
}

export interface Plan {
  slides: Slide[];
  headline: string;
}

const SHORT_PREAMBLE = 260;
/** A headline longer than this gives a trailing bracketed part to its kicker. */
const LONG_HEADLINE = 40;
const BRACKETED = /^(.{20,}?)\s*[(（]([^()（）]{8,})[)）]$/u;
/** An agenda needs this many sections, in a deck of at least this many slides. */
const AGENDA_SECTIONS = 3;
const AGENDA_DECK = 10;
/** Dividers introduce every section, or none: every one only in long decks of big sections. */
const DIVIDER_SECTIONS = 3;
const DIVIDER_SLIDES = 3;
const DIVIDER_DECK = 16;

export function planDeck(input: PlanInput): Plan {
  const { meta, lang, name, scales, est } = input;
  const labels = labelsFor(lang);
  const titled = titleOutline(
    input.placeholders
      ? input.outline
      : hideMissingPictures(input.outline, input.assets, labels.imageMissing),
    labels.part,
  );
  const outline = introAsPreamble({ ...titled, sections: nameSections(liftFromPeople(titled.sections)) });
  // The cover's headline without outline numbers ("1.1 Week1"); a label it led with is its kicker.
  const parts = titleParts(outline.title?.text ?? meta.title ?? name);
  const crafted = craftTitle(parts.headline, { whole: true });
  const full = crafted.title || parts.headline;
  // "AWS Well-Architected Security Pillar (AWS Cloud Mastery Series #3)": the series in
  // brackets joins the small line above a long headline.
  const aside = LONG_HEADLINE < full.length ? BRACKETED.exec(full) : null;
  // A worklog titled only by its week takes the week's topics and dates (kind/worklog.ts).
  const week = worklogCover(outline, aside ? aside[1]! : full, lang, labels);
  const headline = week?.headline ?? (aside ? aside[1]! : full);
  // A kicker that only numbers the page in the site's menu ("Event 3") says nothing to an
  // audience (a week, "Week 3", places the work in time): the speaker notes keep the label.
  const label = parts.kicker ?? crafted.kicker;
  const said =
    label && (labelNumber(label) === undefined || isPhrase('weekLabels', label.replace(/\d+/gu, '')))
      ? label
      : undefined;
  const kicker = week ? week.kicker : [said, aside?.[2]].filter(Boolean).join(' · ') || undefined;
  const scale = (line: number) => scales?.get(line);
  const context = { labels, scale, est };

  const facts = coverFacts(input.date, input.facts, lang, headline);
  if (week?.dateLabel && !facts.dateLabel) facts.dateLabel = week.dateLabel;
  // An index of events states the span of its events on its cover.
  const index = isEventsIndex(outline.sections);
  const span = index ? eventsSpan(outline.sections, lang) : undefined;
  if (span && !facts.dateLabel) facts.dateLabel = span;
  const cover = withSpeakers(facts, outline.sections);
  const opening = openingSlides(outline, {
    headline,
    kicker,
    meta,
    lang,
    labels,
    est,
    scale,
    cover,
    // The heading a worklog's cover gave up ("Mục tiêu tuần 1") still heads the lines under it.
    ...(week && outline.title?.from === 'heading'
      ? { preambleTitle: craftTitle(outline.title.text).title }
      : {}),
  });
  // A section titled like the deck itself introduces it: it is the overview.
  const same = (title: string) => title.toLocaleLowerCase().trim() === headline.toLocaleLowerCase().trim();
  // A section that only states the facts the cover shows needs no slide: its words go to the cover's notes.
  const stated = (s: TitledSection) => s.children.length === 0 && onlyFacts(s.blocks, cover.shown);
  const planned = outline.sections.map(
    (section): PlannedSection =>
      stated(section)
        ? {
            section,
            own: [],
            children: [],
            // Its notes too: the titles of the empty sub-sections in it and sections after it.
            leftover: [
              say(section.heading),
              ...factNotes(section.blocks),
              ...[...(section.introNotes ?? []), ...section.notes].map(say),
            ],
          }
        : planSection(same(section.title) ? asOverview(section, labels.overview) : section, context),
  );
  // Sections that show something; a section of missing pictures only has no slide.
  const shown = planned.filter((p) => p.own.length + p.children.length > 0);
  const size = (p: PlannedSection) => p.own.length + p.children.length;
  const big = shown.filter((p) => size(p) >= DIVIDER_SLIDES).length;
  const count = shown.reduce((n, p) => n + size(p), 0);
  // Every section gets a divider, or none: only where most sections run to several slides.
  const dividers =
    shown.length >= DIVIDER_SECTIONS && big * 2 >= shown.length && count + opening.length >= DIVIDER_DECK;
  // An index of events opens with all of them on one slide, where an agenda would stand.
  const overview = index ? eventsOverview(outline.sections, labels, est, outline.sections[0]!.origin) : [];
  const before = [...opening, ...overview];
  const body: Slide[] = [];
  let part = 0;
  for (const section of planned) {
    const framed = size(section) > 0 ? framedSlides(section, dividers ? ++part : undefined, labels) : [];
    (body[body.length - 1] ?? before[before.length - 1])!.notes.push(...section.leftover);
    body.push(...framed);
  }
  const agenda =
    overview.length === 0 &&
    shown.length >= AGENDA_SECTIONS &&
    opening.length + body.length + 2 >= AGENDA_DECK
      ? agendaSlides(
          shown.map((p) => p.own[0]?.title ?? p.section.title),
          labels,
          body[0]?.origin ?? opening[0]!.origin,
          est,
          scale(AGENDA_KEY),
        )
      : [];
  const slides = evenTypeSizes([...opening, ...overview, ...agenda, ...body]);
  slides.push(closingSlide(headline, labels, slides[slides.length - 1]!.origin));
  addLeadIns(slides, labels);
  return { slides, headline };
}

interface OpeningContext {
  headline: string;
  kicker: string | undefined;
  meta: RecapMeta;
  lang: Lang;
  labels: Labels;
  est: Estimator;
  scale: (line: number) => number | undefined;
  cover: CoverFacts;
  /** The heading the lines before the first section sit under, when the cover no longer says it. */
  preambleTitle?: string;
}

/** The cover (event name, kicker, date, short lines before the first section), then a longer preamble. */
function openingSlides(whole: Outline, context: OpeningContext): Slide[] {
  const { headline, kicker, meta, labels, est, scale } = context;
  // Blocks of only the facts the cover states (a Date/Location/Role table) that open the
  // recap need no slide: their words go to the cover's notes, which come first.
  const lead = whole.preamble.findIndex((b) => !onlyFacts([b], context.cover.shown));
  const stated = whole.preamble.slice(0, lead === -1 ? whole.preamble.length : lead);
  const outline = { ...whole, preamble: whole.preamble.filter((b) => !stated.includes(b)) };
  // (Lines for the speaker alone, a template's instruction say, take no room on the cover.)
  const shownPreamble = outline.preamble.flatMap((b) => shownPart(b) ?? []);
  const preambleFits =
    shownPreamble.every((b) => b.type === 'paragraph') && textLength(shownPreamble) <= SHORT_PREAMBLE;
  // The site's menu label and chapter number stay off the cover and out of the handout; the
  // speaker still has them.
  const siteLabel = [meta.pre, meta.title].filter(Boolean).join(' ');
  const said = `${kicker ?? ''} ${headline}`.toLowerCase();
  const siteNote =
    siteLabel && !said.includes((meta.title ?? '').toLowerCase()) ? [speakerOnly(say(siteLabel))] : [];
  const cover = titleSlide(
    {
      headline,
      ...(kicker ? { kicker } : {}),
      ...(context.cover.dateLabel ? { dateLabel: context.cover.dateLabel } : {}),
      facts: context.cover.lines,
      // What the cover shows of the lines before the first section: never a notes-only part.
      // and not the facts it already states under the headline.
      details: preambleFits
        ? outline.preamble.flatMap((b) => (onlyFacts([b], context.cover.shown) ? [] : (shownPart(b) ?? [])))
        : [],
      // Headings that only wrap sections follow the preamble: their words go after it.
      notes: [
        ...siteNote,
        ...factNotes(stated),
        ...(preambleFits
          ? [...notesFor(outline.preamble), ...outline.titleNotes.map(say)]
          : outline.preamble.length
            ? []
            : outline.titleNotes.map(say)),
      ],
      origin: outline.title?.origin ?? { line: 1, column: 1 },
    },
    labels,
  );
  if (preambleFits) return [cover];
  const origin = { line: outline.preamble[0]?.position?.start.line ?? 1, column: 1 };
  const overview = sectionSlides({
    title: context.preambleTitle ?? labels.overview,
    origin,
    blocks: outline.preamble,
    extraNotes: outline.titleNotes,
    scale: scale(origin.line),
    est,
    labels,
  });
  // A preamble with nothing to show (a note to the author only): its words are the cover's.
  if (overview.length === 0) cover.notes.push(...notesFor(outline.preamble), ...outline.titleNotes.map(say));
  return [cover, ...overview];
}

/** Ends every slide's notes with a line that leads into the next slide. */
function addLeadIns(slides: Slide[], labels: ReturnType<typeof labelsFor>): void {
  slides.forEach((slide, i) => {
    const following = slides[i + 1];
    if (slide.notes.length === 0)
      slide.notes.push(
        markNote(say(slide.layout === 'gallery' ? labels.galleryNote : slide.title), 'filler'),
      );
    if (!following) return;
    const title = following.layout === 'closing' ? labels.questions : following.title;
    // Into a continuation of the same title, the speaker hears what it opens with.
    const continued = following.part && following.title === slide.title;
    const opens = continued ? openingWords(following) : '';
    const next = continued ? `${title} ${labels.continued}${opens ? `: ${opens}` : ''}` : title;
    slide.notes.push(markNote(say(labels.next(next)), 'cue'));
  });
}

/** A first section headed only "Introduction" whose words are a short paragraph or two says
 * what a preamble says: the cover shows it under the headline, the heading goes to the notes. */
function introAsPreamble(outline: TitledOutline): TitledOutline {
  const [first, ...rest] = outline.sections;
  if (!first || outline.preamble.some((b) => shownPart(b)) || first.children.length > 0) return outline;
  const shown = first.blocks.flatMap((b) => shownPart(b) ?? []);
  if (!isGenericHeading(first.title) || !shown.every((b) => b.type === 'paragraph')) return outline;
  if (shown.length === 0 || textLength(shown) > SHORT_PREAMBLE) return outline;
  return {
    ...outline,
    preamble: [...outline.preamble, ...first.blocks],
    titleNotes: [...outline.titleNotes, first.heading, ...(first.introNotes ?? []), ...first.notes],
    sections: rest,
  };
}

/** A section titled like the deck is its overview; the notes keep the heading it had. */
function asOverview(section: TitledSection, overview: string): TitledSection {
  return { ...section, title: overview, introNotes: [section.title, ...(section.introNotes ?? [])] };
}

const OPENING_WORDS = 8;

/** What a slide opens with when it is short: its first item's line, or its first paragraph
 * (a trailing colon left out); nothing for a table, code or a longer line. */
function openingWords(slide: Slide): string {
  const [first] = slide.blocks;
  const block = first?.type === 'list' ? first.children[0]?.children[0] : first;
  if (block?.type !== 'paragraph') return '';
  const words = toString(block)
    .trim()
    .replace(/[:：]$/u, '')
    .split(/\s+/u)
    .filter(Boolean);
  return words.length <= OPENING_WORDS ? words.join(' ') : '';
}

/** The words of fact lines for the notes: a key/value table read as "key: value" lines. Its
 * header row names the columns ("Item | Details"), no fact: the speaker keeps its words, a
 * reader does not get it. */
function factNotes(blocks: RootContent[]): RootContent[] {
  return blocks.flatMap((block) =>
    block.type === 'table'
      ? block.children.flatMap((row, r) => {
          const cells = row.children.map((cell) => toString(cell).trim()).filter(Boolean);
          if (cells.length === 0) return [];
          return r === 0 ? [speakerOnly(say(cells.join(' · ')))] : [say(cells.join(': '))];
        })
      : notesFor([block]),
  );
}

function textLength(blocks: RootContent[]): number {
  return blocks.reduce((sum, b) => sum + toString(b).length, 0);
}
