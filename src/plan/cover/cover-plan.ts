// What the cover says: the headline (the H1 or title, without outline numbers; a worklog's
// week and topics), the small line above it (never a menu label), and the facts under it
// (date, place, role; an index's span of dates; a speakers line).
import type { Nodes } from 'mdast';
import type { Labels } from '../../i18n/labels.js';
import { isPhrase, labelNumber } from '../../lexicon/lexicon.js';
import type { Lang } from '../../model/deck.js';
import { words } from '../../model/text.js';
import type { EventFacts } from '../../recap/event-facts.js';
import type { RecapMeta } from '../../recap/meta.js';
import { eventsSpan, isEventsIndex } from '../kind/events-index.js';
import { outlineBlocks, saysOnlyADay, topTerms, type WorklogCover, worklogCover } from '../kind/worklog.js';
import { withSpeakers } from '../people/sections.js';
import { titleParts } from '../titles/headline.js';
import { LONGEST_NAME } from '../titles/named-sections.js';
import type { TitledOutline } from '../titles/outline-titles.js';
import { craftTitle } from '../titles/title-craft.js';
import { linkMarkedText } from '../titles/topic-title.js';
import { placesInTime } from '../titles/title-words.js';
import { type CoverFacts, coverFacts, type DateOf } from './cover-facts.js';
import { fullerName } from './exclaimed.js';

export interface CoverPlan {
  headline: string;
  kicker: string | undefined;
  cover: CoverFacts;
  /** The recap is an index of events (kind/events-index.ts). */
  index: boolean;
  /** The heading the lines before the first section sit under, when the cover no longer says it. */
  preambleTitle?: string;
  /** The label the headline gave up for what the recap is about, or the kind of document the
   * kicker gave up: the speaker's. */
  unsaid?: string;
  /** What followed the name in a headline too long for the cover: the line under it. */
  strapline?: string;
}

export interface CoverInput {
  meta: RecapMeta;
  lang: Lang;
  name: string;
  date?: DateOf;
  facts: EventFacts;
}

/** A headline longer than this gives a trailing bracketed part to its kicker. */
const LONG_HEADLINE = 40;
const BRACKETED = /^(.{20,}?)\s*[(（]([^()（）]{8,})[)）]$/u;
/** A headline longer than this (over the cover's two lines) gives what follows its dash to the
 * line under it. */
const LONG_DASHED = 60;
const DASHED = /^(.{12,}?)\s+[–—-]\s+(.{12,})$/u;

export function planCover(outline: TitledOutline, input: CoverInput, labels: Labels): CoverPlan {
  const { meta, lang, name } = input;
  // The cover's headline without outline numbers ("1.1 Week1"); a label it led with is its kicker.
  const parts = titleParts(outline.title?.text ?? meta.title ?? name);
  const crafted = craftTitle(parts.headline, { whole: true });
  const { named, series, strapline } = splitLong(crafted.title || parts.headline);
  // A worklog titled only by its week takes the week's topics and dates (kind/worklog.ts).
  const week = worklogCover(outline, named, lang, labels);
  const { headline, about, day, places } = week
    ? { headline: week.headline, about: undefined, day: false, places: false }
    : labelHeadline(named, outline, input, labels);
  const kicker = coverKicker(parts.kicker ?? crafted.kicker, series, Boolean(week || (day && about)), labels);
  const facts = coverFacts(input.date, input.facts, lang, headline);
  // What the cover gave up, the page's label or the kind of document, the speaker still has.
  const unsaid = [about && !places ? named : undefined, parts.kind].filter(Boolean).join(' · ');
  // An index of events states the span of its events on its cover.
  const index = isEventsIndex(outline.sections);
  const span = index ? eventsSpan(outline.sections, lang) : undefined;
  return {
    headline,
    kicker,
    ...(strapline && !week ? { strapline } : {}),
    cover: withSpeakers(undated(facts, week?.dateLabel || span), outline.sections),
    index,
    ...(unsaid ? { unsaid } : {}),
    ...preamble(week, outline),
  };
}

interface LongHeadline {
  /** What the cover's headline keeps. */
  named: string;
  /** A bracketed series, for the kicker. */
  series?: string;
  /** What followed the dash, for the line under the headline. */
  strapline?: string;
}

/** A headline too long for the cover gives its bracketed series to the kicker, or what follows
 * its dash to the line under it. */
function splitLong(full: string): LongHeadline {
  // "AWS Well-Architected Security Pillar (AWS Cloud Mastery Series #3)": the series in
  // brackets joins the small line above a long headline.
  const aside = LONG_HEADLINE < full.length ? BRACKETED.exec(full) : null;
  if (aside) return { named: aside[1]!, series: aside[2] };
  // "Vietnam Cloud Day 2025 – Ho Chi Minh City Connect Edition for Builders": a headline too
  // long for the cover's lines keeps the name before its dash; the rest is the line under it.
  const dashed = LONG_DASHED < full.length ? DASHED.exec(full) : null;
  if (!dashed || words(dashed[1]!).length < 2) return { named: full };
  return { named: dashed[1]!, strapline: dashed[2] };
}

interface LabelHeadline {
  headline: string;
  /** What a page titled only by its label is about, said in the headline. */
  about: string | undefined;
  /** The title only labels a day's worklog. */
  day: boolean;
  /** The label places the page in time. */
  places: boolean;
}

/** The headline of a recap that is no worklog's week. */
function labelHeadline(
  named: string,
  outline: TitledOutline,
  input: CoverInput,
  labels: Labels,
): LabelHeadline {
  // A headline that only labels the page ("Sự Kiện 4", "Event 1") says nothing: the cover names
  // the event its 'Tên sự kiện:' line states, else what the recap is about (the cloud terms it
  // names most); the label stays in the notes.
  // So does a day's worklog titled only by its label and date, under the worklog's kicker.
  // A title that exclaims names the event in part: the recap's fuller name is the headline.
  const fuller = fullerName(named, outlineText(outline));
  if (fuller) return { headline: fuller, about: fuller, day: false, places: false };
  const day = saysOnlyADay(named);
  // A label that places the page in time ("Ngày 3", "Week 2") stays, before what it was about.
  const places = placesInTime(named);
  if (!day && labelNumber(named) === undefined) return { headline: named, about: undefined, day, places };
  const topic = pageTopic(input.facts, outline, labels);
  const about = topic && places ? `${named}: ${topic}` : topic;
  // A day's worklog keeps its day in the headline where the cover states no date under it.
  const dayPart = day && !input.date ? dayOf(named) : undefined;
  return { headline: (about && dayPart ? `${dayPart}: ${about}` : about) ?? named, about, day, places };
}

/** The small line above the headline: a worklog's, else its label and series. */
function coverKicker(
  label: string | undefined,
  series: string | undefined,
  worklog: boolean,
  labels: Labels,
): string | undefined {
  if (worklog) return labels.worklog;
  // A kicker that only numbers the page in the site's menu ("Event 3") says nothing to an
  // audience (a week, "Week 3", places the work in time): the speaker notes keep the label.
  const namesWeek = label && isPhrase('weekLabels', label.replace(/\d+/gu, ''));
  const said = label && (labelNumber(label) === undefined || namesWeek) ? label : undefined;
  return [said, series].filter(Boolean).join(' · ') || undefined;
}

/** A cover that states no date takes a worklog's week or an index's span of events. */
function undated(facts: CoverFacts, date: string | undefined): CoverFacts {
  return date && !facts.dateLabel ? { ...facts, dateLabel: date } : facts;
}

/** The heading a worklog's cover gave up ("Mục tiêu tuần 1") still heads the lines under it. */
function preamble(week: WorklogCover | undefined, outline: TitledOutline): { preambleTitle?: string } {
  return week && outline.title?.from === 'heading'
    ? { preambleTitle: craftTitle(outline.title.text).title }
    : {};
}

/** What a page titled only by a label is about: the event its 'Tên sự kiện:' line names (none
 * where that line is a sentence), else the two cloud terms the recap names most. */
function pageTopic(facts: EventFacts, outline: TitledOutline, labels: Labels): string | undefined {
  const stated = facts.event?.value.trim();
  if (stated) return stated.length <= LONGEST_NAME ? stated : undefined;
  const [first, second] = topTerms(outlineBlocks(outline));
  return second ? labels.joined([first!, second]) : first;
}

/** "Worklog - Ngày 19/09/2025" -> "Ngày 19/09/2025": the title from its day's label on. */
function dayOf(title: string): string {
  const at = title.search(/\p{L}+\s*\d/u);
  return (at === -1 ? title : title.slice(at)).trim();
}

/** The recap's words, its links cut out (topic-title.ts), for the names it gives. */
function outlineText(outline: TitledOutline): string {
  return outlineBlocks(outline)
    .map((block) => linkMarkedText(block as Nodes))
    .join('\n');
}
