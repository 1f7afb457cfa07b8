// The slides that open a deck: the cover (event name, kicker, date, the short lines before the
// first section) and, when those lines are longer, a slide of them; a first section headed only
// "Introduction" with a short paragraph counts as those lines.
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Labels } from '../../i18n/labels.js';
import { type Slide, say } from '../../model/deck.js';
import type { Outline } from '../../recap/outline.js';
import { textLength } from '../../model/text.js';
import type { RecapMeta } from '../../recap/meta.js';
import { titleSlide } from '../layouts/frame-slides.js';
import type { Estimator } from '../measure/estimate.js';
import { notesFor } from '../notes-for.js';
import { shownPart, speakerOnly } from '../notes-only.js';
import { sectionSlides } from '../sections/section-slides.js';
import type { TitledOutline } from '../titles/outline-titles.js';
import { aboutTitle } from '../titles/about-title.js';
import { isGenericHeading } from '../titles/title-words.js';
import { isTimetable } from '../layouts/programme.js';
import { type CoverFacts, onlyFacts } from './cover-facts.js';
import { unstatedLines } from './unstated-lines.js';

/** Lines before the first section this short (in characters) go on the cover itself. */
const SHORT_PREAMBLE = 260;

export interface OpeningContext {
  headline: string;
  kicker: string | undefined;
  meta: RecapMeta;
  labels: Labels;
  est: Estimator;
  scale: (line: number) => number | undefined;
  cover: CoverFacts;
  /** The heading the lines before the first section sit under, when the cover no longer says it. */
  preambleTitle?: string;
  /** The label the headline gave up for what the recap is about. */
  unsaid?: string;
  /** What followed the name in a headline too long for the cover: the line under it. */
  strapline?: string;
}

/** The cover (event name, kicker, date, short lines before the first section), then a longer preamble. */
export function openingSlides(whole: Outline, context: OpeningContext): Slide[] {
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
  const siteShown = siteLabel && !said.includes((meta.title ?? '').toLowerCase());
  // (What the headline gave up is said once: not again where the site's label says it.)
  const unsaid = context.unsaid && !(siteShown && siteLabel.includes(context.unsaid)) ? context.unsaid : '';
  // A menu label (a chapter number before it) is said last and as what it is: a presenter
  // reading the notes aloud would otherwise open with "4.7. Event 7". A page's own title, first.
  const siteLine = siteShown
    ? [speakerOnly(say(meta.pre ? labels.notes.sitePage(siteLabel) : siteLabel))]
    : [];
  const [siteFirst, siteLast] = meta.pre ? [[], siteLine] : [siteLine, []];
  const unsaidNote = unsaid ? [speakerOnly(say(unsaid))] : [];
  const cover = titleSlide(
    {
      headline,
      ...(kicker ? { kicker } : {}),
      ...(context.strapline ? { strapline: context.strapline } : {}),
      ...(context.cover.dateLabel ? { dateLabel: context.cover.dateLabel } : {}),
      ...(context.cover.timeLabel ? { timeLabel: context.cover.timeLabel } : {}),
      facts: context.cover.lines,
      // What the cover shows of the lines before the first section: never a notes-only part,
      // and not the fact lines it already states under the headline.
      details: preambleFits
        ? outline.preamble.flatMap((b) => {
            const shown = shownPart(b);
            return (shown && unstatedLines(shown, context.cover.shown)) ?? [];
          })
        : [],
      // Headings that only wrap sections follow the preamble: their words go after it.
      notes: [
        ...siteFirst,
        ...unsaidNote,
        ...factNotes(stated),
        ...(preambleFits
          ? [...notesFor(outline.preamble), ...outline.titleNotes.map(say)]
          : outline.preamble.length
            ? []
            : outline.titleNotes.map(say)),
        ...siteLast,
      ],
      origin: outline.title?.origin ?? { line: 1, column: 1 },
    },
    labels,
  );
  if (preambleFits) return [cover];
  const origin = { line: outline.preamble[0]?.position?.start.line ?? 1, column: 1 };
  const overview = sectionSlides({
    title:
      context.preambleTitle ??
      aboutTitle(outline.preamble, headline, labels.about) ??
      // An opening that holds the day's timetable is the schedule, not an introduction.
      (shownPreamble.some((b) => b.type === 'table' && isTimetable(b)) ? labels.schedule : labels.overview),
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

/** A first section headed only "Introduction" whose words are a short paragraph or two says
 * what a preamble says: the cover shows it under the headline, the heading goes to the notes. */
export function introAsPreamble(outline: TitledOutline): TitledOutline {
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

/** The words of fact lines for the notes: a key/value table read as "key: value" lines. Its
 * header row names the columns ("Item | Details"), no fact: the speaker keeps its words, a
 * reader does not get it. */
export function factNotes(blocks: RootContent[]): RootContent[] {
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
