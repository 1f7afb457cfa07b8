// A recap that is an index of several events (each section names its own event, date and
// place) opens with one slide that shows them all: cards of name, date and place when they
// fit, else a table. It stands where an agenda would, and says more than one.
import type { Paragraph, RootContent, Table, TableRow } from 'mdast';
import { formatDateRange, type Labels } from '../../i18n/labels.js';
import { type Lang, type Origin, type Slide, say } from '../../model/deck.js';
import { readStatedDate } from '../../recap/dates.js';
import { type Card, cardsHeight, cardsList } from '../layouts/card-grid.js';
import type { Estimator } from '../measure/estimate.js';
import { sectionSlides } from '../sections/section-slides.js';
import type { StatedFacts, TitledSection } from '../titles/outline-titles.js';

/** So many sections naming their own event make the recap an index. */
export const INDEX_EVENTS = 3;
const MAX_CARDS = 6;

export function isEventsIndex(sections: TitledSection[]): boolean {
  return sections.filter((s) => s.stated).length >= INDEX_EVENTS;
}

/** An index of events is told in the order they happened: where every event states a date the
 * recap can read, the events take their places in date order (the recap's order breaks ties), and
 * the parts that are no event keep theirs. Their "Event 3" labels go to the notes, so an order by
 * those numbers alone would read as a mistake. */
export function inTimeOrder(sections: TitledSection[]): TitledSection[] {
  if (!isEventsIndex(sections)) return sections;
  const events = sections.flatMap((section, at) => {
    const iso = section.stated?.date ? readStatedDate(section.stated.date) : undefined;
    return section.stated ? [{ section, iso, at }] : [];
  });
  if (events.some((e) => e.iso === undefined)) return sections;
  const order = [...events].sort((a, b) => a.iso!.localeCompare(b.iso!) || a.at - b.at);
  let next = 0;
  return sections.map((section) => (section.stated ? order[next++]!.section : section));
}

/** The dates an index's events span, for its cover ("18 tháng 9 – 29 tháng 11, 2025"). */
export function eventsSpan(sections: TitledSection[], lang: Lang): string | undefined {
  const dates = sections
    .flatMap((s) => (s.stated?.date ? [readStatedDate(s.stated.date)] : []))
    .filter((d): d is string => d !== undefined)
    .sort();
  return dates.length >= 2 ? formatDateRange(dates[0]!, dates[dates.length - 1]!, lang) : undefined;
}

export function eventsOverview(
  sections: TitledSection[],
  labels: Labels,
  est: Estimator,
  origin: Origin,
): Slide[] {
  const events = sections.flatMap((s) => (s.stated ? [s.stated] : []));
  const notes = events.map((e) => say([e.name, e.date, e.place].filter(Boolean).join(' · ')));
  const title = labels.events.title;
  const cards = events.map(
    (e): Card => ({ title: e.name, blocks: [e.date, e.place].flatMap((t) => (t ? [line(t)] : [])) }),
  );
  const height = cardsHeight(cards, est);
  if (events.length <= MAX_CARDS && height <= est.metrics.body.height)
    return [
      {
        layout: 'cards',
        title,
        blocks: [cardsList(cards)],
        notes,
        origin,
        estimatedPx: Math.round(height),
        budgetPx: Math.round(est.metrics.body.height),
      },
    ];
  // Too many for cards: a table, split over slides like any table.
  const slides = sectionSlides({ title, origin, blocks: [table(events, labels)], est, labels });
  slides[0]?.notes.unshift(...notes);
  return slides;
}

function line(text: string): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value: text }] };
}

function table(events: StatedFacts[], labels: Labels): Table {
  const row = (cells: string[]): TableRow => ({
    type: 'tableRow',
    children: cells.map((value) => ({ type: 'tableCell', children: value ? [{ type: 'text', value }] : [] })),
  });
  return {
    type: 'table',
    align: [null, null, null],
    children: [
      row([...labels.events.columns]),
      ...events.map((e) => row([e.name, e.date ?? '', e.place ?? ''])),
    ],
  } as Table & RootContent;
}
