// The agenda: the sections of a longer talk on one slide (two columns past five), its long
// titles cut to their head and its rows set closer when that is what it takes to fit.
// Thirteen to twenty-four sections take two balanced slides; more make no useful agenda.
import type { Labels } from '../i18n/labels.js';
import { type Origin, type Slide, say } from '../model/deck.js';
import type { Estimator } from './estimate.js';
import { listOf } from './frame-slides.js';

/** Re-planning key of the agenda (section keys are recap lines, never 0). */
export const AGENDA_KEY = 0;

const ONE_SLIDE = 12;
const TWO_SLIDES = 24;
/** The theme's agenda rows (themes/aws.css section.agenda): number box, gap, padding, row gap. */
const ROW = {
  normal: { box: 48, gap: 18, pad: 20, between: 14 },
  compact: { box: 40, gap: 14, pad: 12, between: 8 },
};

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
      agendaHeight(chunk, est, 'normal') <= budget
        ? [chunk, false]
        : agendaHeight(short, est, 'normal') <= budget
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

function agendaHeight(items: string[], est: Estimator, kind: keyof typeof ROW): number {
  const row = ROW[kind];
  const twoColumns = items.length > 5;
  const { body, text } = est.metrics;
  const width = (twoColumns ? (body.width - 40) / 2 : body.width) - row.box - row.gap - 28;
  const font = { size: text.body.size, line: 1.25 };
  const heights = items.map(
    (title) =>
      Math.max(row.box, est.textLines(title, font, width, 'semibold') * font.size * font.line) +
      row.pad +
      row.between,
  );
  if (!twoColumns) return heights.reduce((a, b) => a + b, 0);
  const rows = Math.ceil(items.length / 2);
  // Two columns fill top to bottom: row r holds items r and r + rows.
  return Array.from({ length: rows }, (_, r) => Math.max(heights[r]!, heights[r + rows] ?? 0)).reduce(
    (a, b) => a + b,
    0,
  );
}
