// The handout: A4 pages, each slide (drawn as vectors, the same markup as the deck) above
// the notes a reader needs, as many slides to a page as their notes leave room for.
import type { Lang } from '../model/deck.js';
import { escapeHtml } from './escape.js';

export interface HandoutInput {
  lang: Lang;
  title: string;
  /** Marp's scoped CSS and each slide's markup. */
  css: string;
  slides: string[];
  /** Notes HTML and plain text, per slide. */
  notes: { html: string; text: string }[];
}

/** Millimetres: the printable height of an A4 page, a card without notes, a line of notes. */
const PAGE_MM = 255;
const CARD_MM = 72 + 4 + 7;
const LINE_MM = 5.6;
const CHARS_PER_LINE = 100;

export function handoutHtml(input: HandoutInput): string {
  const cards = input.slides.map(
    (slide, i) =>
      `<article class="card"><div class="slide marpit">${slide}</div><div class="notes">${input.notes[i]?.html ?? ''}</div></article>`,
  );
  // As many slides on a page as their notes leave room for; one slide size throughout.
  const sheets: string[] = [];
  let sheet: string[] = [];
  let used = 0;
  cards.forEach((card, i) => {
    const height = CARD_MM + lines(input.notes[i]?.text) * LINE_MM;
    if (sheet.length > 0 && used + height > PAGE_MM) {
      sheets.push(`<section class="sheet">${sheet.join('')}</section>`);
      sheet = [];
      used = 0;
    }
    sheet.push(card);
    used += height;
  });
  if (sheet.length > 0) sheets.push(`<section class="sheet">${sheet.join('')}</section>`);
  return `<!DOCTYPE html><html lang="${input.lang}"><head><meta charset="utf-8"><title>${escapeHtml(input.title)}</title><style>${input.css}</style><style>${STYLE}</style></head><body>${sheets.join('')}</body></html>`;
}

/** Printed lines of notes text at the handout's size. */
function lines(text = ''): number {
  if (text.trim() === '') return 0;
  return text
    .split('\n')
    .reduce((sum, line) => sum + (line.trim() ? Math.ceil(line.length / CHARS_PER_LINE) : 0.4), 0);
}

// Marp's print styles make every slide a page of its own; the handout undoes that.
const STYLE = `
@page { size: A4; margin: 20mm 16mm 18mm 16mm; }
html, body { margin: 0; padding: 0; background: #fff; break-inside: auto !important; page-break-inside: auto !important; }
div.marpit > svg[data-marpit-svg] { display: block; width: 100% !important; height: auto !important; }
div.marpit > svg > foreignObject > section { break-before: auto !important; page-break-before: auto !important; }
body { font-family: 'Be Vietnam Pro', 'Noto Sans Symbols', sans-serif; color: #16191f; font-size: 10.5pt; line-height: 1.5; }
.sheet { break-after: page; }
.sheet:last-child { break-after: auto; }
.card { margin: 0 0 7mm; break-inside: avoid-page; }
.slide, .notes { width: 128mm; margin: 0 auto; }
.slide { border: 0.3mm solid #d5dbdb; border-radius: 1.5mm; overflow: hidden; break-inside: avoid; break-after: avoid; }
.notes { padding: 3.5mm 1mm 0; orphans: 3; widows: 3; }
.notes:empty { display: none; }
.notes p { margin: 0 0 2.2mm; }
.notes ul, .notes ol { margin: 0 0 2.2mm; padding-left: 5mm; }
.notes li { margin: 0 0 1mm; }
.notes li > p { margin: 0; }
.notes strong { color: #232f3e; }
.notes a { color: #0972d3; }
.notes code { font-family: 'JetBrains Mono', monospace; font-size: 9pt; background: #f2f4f6; padding: 0 0.6mm; border-radius: 0.6mm; }
`;
