// What each output needs to know about the deck besides its pictures: titles, language,
// author, and the notes each output keeps: all four parts in the presenter view, PPTX and
// PDF (as plain text: annotations show no Markdown), no cues in the handout.
import { countedTitle, forReaders, type Deck } from '../model/deck.js';
import type { HandoutPrint } from '../export/handout.js';
import type { HtmlInfo } from '../export/html.js';
import type { PdfInfo } from '../export/pdf.js';
import { langTag } from '../export/pptx.js';
import type { PptxInfo } from '../export/types.js';
import { formatDate, labelsFor } from '../i18n/labels.js';
import type { HandoutInput } from '../render/handout-page.js';
import { writeNotes } from '../notes/write-notes.js';
import { slideText } from '../model/text.js';

export interface ExportInfo {
  html: HtmlInfo;
  pdf: PdfInfo;
  pptx: Omit<PptxInfo, 'size'>;
  handout: Omit<HandoutInput, 'css' | 'slides' | 'size'>;
  handoutPrint: Omit<HandoutPrint, 'fontFaces'>;
}

export function exportInfo(deck: Deck): ExportInfo {
  const { title, author, lang, description } = deck.meta;
  const common = { title, lang, ...(author ? { author } : {}) };
  return {
    html: {
      ...common,
      ...(description ? { description } : {}),
      presenter: {
        notes: deck.slides.map((s) => writeNotes(s.notes, 'html')),
        budgets: deck.timing.perSlide,
        labels: labelsFor(lang).presenter,
      },
    },
    pdf: {
      ...common,
      ...(description ? { subject: description } : {}),
      pages: deck.slides.map((s) => ({
        title: countedTitle(s),
        notes: writeNotes(s.notes, 'text'),
      })),
    },
    pptx: {
      title,
      ...(author ? { author } : {}),
      ...(description ? { description } : {}),
      langTag: langTag(lang),
      slides: deck.slides.map((s) => ({
        title: countedTitle(s),
        notes: s.notes,
        altText: slideText(s),
      })),
    },
    handout: {
      lang,
      title,
      notes: deck.slides.map((s) => ({
        html: writeNotes(forReaders(s.notes), 'html'),
        text: writeNotes(forReaders(s.notes), 'text'),
      })),
    },
    handoutPrint: {
      ...common,
      pageLabel: labelsFor(lang).page,
      ...(deck.meta.date ? { date: formatDate(deck.meta.date, lang) } : {}),
    },
  };
}
