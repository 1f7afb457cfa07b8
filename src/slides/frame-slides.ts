// The slides around the content: title, agenda, section dividers and closing, with
// notes in the recap's language.
import type { List, RootContent } from 'mdast';
import type { Labels } from '../i18n/labels.js';
import { say, type Origin, type Slide } from '../model/deck.js';
import type { Estimator } from './estimate.js';

export function listOf(items: string[], ordered: boolean): List {
  return {
    type: 'list',
    ordered,
    spread: false,
    children: items.map((value) => ({
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children: [{ type: 'text', value }] }],
    })),
  };
}

export interface TitleInput {
  headline: string;
  kicker?: string;
  eyebrow?: string;
  dateLabel?: string;
  details: RootContent[];
  notes: RootContent[];
  origin: Origin;
}

export function titleSlide(input: TitleInput, labels: Labels): Slide {
  const slide: Slide = {
    layout: 'title',
    title: input.headline,
    subtitle: input.dateLabel ? [input.dateLabel] : [],
    blocks: input.details,
    notes: [say(labels.opening(input.headline, input.dateLabel)), ...input.notes],
    origin: input.origin,
  };
  if (input.eyebrow) slide.eyebrow = input.eyebrow;
  if (input.kicker) slide.kicker = input.kicker;
  return slide;
}

/** The agenda, as many slides as its items need: one column up to five, then two. */
export function agendaSlides(
  titles: string[],
  labels: Labels,
  origin: Origin,
  est: Estimator,
  scale = 1,
): Slide[] {
  const budget = est.metrics.body.height * scale;
  const pages: string[][] = [];
  for (let rest = titles; rest.length > 0; ) {
    let n = Math.min(12, rest.length);
    while (n > 1 && agendaHeight(rest.slice(0, n), est) > budget) n -= 1;
    pages.push(rest.slice(0, n));
    rest = rest.slice(n);
  }
  let start = 1;
  return pages.map((chunk, i) => {
    const list = listOf(chunk, true);
    list.start = start;
    start += chunk.length;
    const slide: Slide = {
      layout: 'agenda',
      title: labels.agenda,
      blocks: [list],
      notes: i === 0 ? [say(labels.agendaNote(titles))] : [],
      origin,
      section: AGENDA_KEY,
    };
    if (pages.length > 1) slide.part = { index: i + 1, total: pages.length };
    return slide;
  });
}

/** Re-planning key of the agenda (section keys are recap lines, never 0). */
export const AGENDA_KEY = 0;

/** The theme's agenda rows: a 48px number, 18px apart from the title, in 10px padding. */
function agendaHeight(items: string[], est: Estimator): number {
  const twoColumns = items.length > 5;
  const { body, text } = est.metrics;
  const width = (twoColumns ? (body.width - 40) / 2 : body.width) - 48 - 18 - 28;
  const font = { size: text.body.size, line: 1.25 };
  const heights = items.map(
    (title) => Math.max(48, est.textLines(title, font, width, 'semibold') * font.size * font.line) + 20 + 14,
  );
  if (!twoColumns) return heights.reduce((a, b) => a + b, 0);
  const rows = Math.ceil(items.length / 2);
  // Two columns fill top to bottom: row r holds items r and r + rows.
  return Array.from({ length: rows }, (_, r) => Math.max(heights[r]!, heights[r + rows] ?? 0)).reduce(
    (a, b) => a + b,
    0,
  );
}

export function dividerSlide(
  title: string,
  index: number,
  children: string[],
  intro: RootContent[],
  labels: Labels,
  origin: Origin,
): Slide {
  return {
    layout: 'divider',
    eyebrow: labels.part(index),
    title,
    blocks: [...intro, ...(children.length > 0 && children.length <= 8 ? [listOf(children, false)] : [])],
    notes: [say(labels.dividerNote(title, children))],
    origin,
  };
}

export function closingSlide(headline: string, labels: Labels, origin: Origin): Slide {
  return {
    layout: 'closing',
    title: labels.thanks,
    subtitle: [labels.questions, headline],
    blocks: [],
    notes: [say(labels.closingNote)],
    origin,
  };
}
