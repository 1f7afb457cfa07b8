// The agenda: the sections of a longer talk on one slide (two columns past five), its long
// titles cut to their head and its rows set closer when that is what it takes to fit.
// Thirteen to twenty-four sections take two balanced slides; more make no useful agenda.
import type { Labels } from '../../i18n/labels.js';
import { type Origin, type Slide, say } from '../../model/deck.js';
import type { Estimator } from '../measure/estimate.js';
import { listOf } from './frame-slides.js';
import { layoutSizes } from '../measure/metrics.js';

/** Re-planning key of the agenda (section keys are recap lines, never 0). */
export const AGENDA_KEY = 0;

const ONE_SLIDE = 12;
const TWO_SLIDES = 24;
/** The theme's agenda rows (section.agenda): number box, gaps, padding. */
const ROW_SIZES = [
  'agenda-marker',
  'agenda-gap',
  'agenda-pad-y',
  'agenda-pad-left',
  'agenda-pad-right',
  'agenda-row-gap',
  'agenda-column-gap',
  'agenda-line',
] as const;

export function agendaSlides(
  titles: string[],
  labels: Labels,
  origin: Origin,
  est: Estimator,
  scale = 1,
): Slide[] {
  if (titles.length > TWO_SLIDES) return [];
  const budget = est.metrics.body.height * scale;
  const pages = titles.length <= ONE_SLIDE ? [titles] : halves(titles);
  const title = titles.some((t) => t.toLowerCase() === labels.agenda.toLowerCase())
    ? labels.agendaAlt
    : labels.agenda;
  let start = 1;
  return pages.map((chunk, i) => {
    // Fit by shortening long titles to their head, then by setting the rows closer.
    const short = chunk.map(head);
    const [items, compact] =
      agendaHeight(chunk, est) <= budget
        ? [chunk, false]
        : agendaHeight(short, est) <= budget
          ? [short, false]
          : [short, true];
    const list = listOf(items, true);
    list.start = start;
    start += chunk.length;
    const slide: Slide = {
      layout: 'agenda',
      title,
      blocks: [list],
      notes: i === 0 ? [say(labels.agendaNote(titles))] : [],
      origin,
      section: AGENDA_KEY,
      ...(compact ? { dense: true } : {}),
    };
    if (pages.length > 1) slide.part = { index: i + 1, total: pages.length };
    return slide;
  });
}

function halves(titles: string[]): string[][] {
  const cut = Math.ceil(titles.length / 2);
  return [titles.slice(0, cut), titles.slice(cut)];
}

/** "Planning Begins — and So Does the Grind" lists as "Planning Begins". */
function head(title: string): string {
  const match = /\s[–—|-]\s|:\s|\s\(/u.exec(title);
  return match && match.index >= 8 ? title.slice(0, match.index) : title;
}

/** The rows' height at the normal spacing (section.dense sets them closer when this does not fit). */
function agendaHeight(items: string[], est: Estimator): number {
  const row = layoutSizes(est.metrics, ['section.agenda'], ROW_SIZES);
  const twoColumns = items.length > 5;
  const { body, text } = est.metrics;
  const column = twoColumns ? (body.width - row['agenda-column-gap']) / 2 : body.width;
  const width =
    column - row['agenda-marker'] - row['agenda-gap'] - row['agenda-pad-left'] - row['agenda-pad-right'];
  const font = { size: text.body.size, line: row['agenda-line'] };
  const heights = items.map(
    (title) =>
      Math.max(row['agenda-marker'], est.textLines(title, font, width, 'semibold') * font.size * font.line) +
      2 * row['agenda-pad-y'] +
      row['agenda-row-gap'],
  );
  if (!twoColumns) return heights.reduce((a, b) => a + b, 0);
  const rows = Math.ceil(items.length / 2);
  // Two columns fill top to bottom: row r holds items r and r + rows.
  return Array.from({ length: rows }, (_, r) => Math.max(heights[r]!, heights[r + rows] ?? 0)).reduce(
    (a, b) => a + b,
    0,
  );
}
