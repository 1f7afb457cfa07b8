// What each output needs to know about the deck besides its pictures: titles, language,
// author, and the notes as plain text (PPTX and PDF annotations show no Markdown).
import type { Deck } from '../model/deck.js';
import type { HtmlInfo } from '../export/html.js';
import type { PdfInfo } from '../export/pdf.js';
import type { PptxInfo } from '../export/pptx.js';
import { plainNotes, slideText } from '../slides/plain-text.js';

export function exportInfo(deck: Deck): { html: HtmlInfo; pdf: PdfInfo; pptx: PptxInfo } {
  const { title, author, lang, description } = deck.meta;
  const common = { title, lang, ...(author ? { author } : {}) };
  return {
    html: { ...common, ...(description ? { description } : {}) },
    pdf: { ...common, ...(description ? { subject: description } : {}), pages: deck.slides.map((s) => ({ title: s.part ? `${s.title} (${s.part.index}/${s.part.total})` : s.title, notes: plainNotes(s.notes) })) },
    pptx: { ...common, slides: deck.slides.map((s) => ({ notes: plainNotes(s.notes), altText: slideText(s) })) },
  };
}
