// The handout before it is paged: every card (a slide, drawn as vectors with the deck's own
// markup, above the notes a reader needs) in one column at the printed width, their notes
// marked in units where a page may break, and probes the browser measures besides: each
// card's notes at half width (two cards to a row) and a continued card.
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Lang } from '../model/deck.js';
import { labelsFor } from '../i18n/labels.js';
import { inlineEmoji } from './engine.js';
import { escapeHtml } from './escape.js';
import { drawEmoji } from './handout-emoji.js';
import { HANDOUT_STYLE } from './handout-style.js';
import { markUnits } from './handout-units.js';
import type { SlideSize } from './slide-page.js';

export interface HandoutInput {
  lang: Lang;
  title: string;
  /** Marp's scoped CSS and each slide's markup. */
  css: string;
  slides: string[];
  /** The slides' own size, CSS px. */
  size: SlideSize;
  /** Notes HTML and plain text, per slide. */
  notes: { html: string; text: string }[];
}

export function handoutHtml(input: HandoutInput): string {
  const notes = input.slides.map((_, i) => {
    const html = input.notes[i]?.html.trim() ?? '';
    return html ? drawEmoji(fromHtml(html, { fragment: true })) : undefined;
  });
  const cards = input.slides.map((slide, i) => {
    const tree = notes[i];
    return (
      `<article class="hd-card" data-card="${i}"><div class="hd-slide marpit">${slide}</div>` +
      (tree ? `<div class="hd-notes">${inlineEmoji(toHtml(markUnits(tree)))}</div>` : '') +
      '</article>'
    );
  });
  const halves = input.slides.map((_, i) => {
    const tree = notes[i];
    return (
      `<article class="hd-card hd-half" data-half="${i}"><div class="hd-slide"></div>` +
      (tree ? `<div class="hd-notes">${inlineEmoji(toHtml(tree))}</div>` : '') +
      '</article>'
    );
  });
  const continued =
    '<article class="hd-card hd-cont" data-cont>' +
    '<header class="hd-cont-head">' +
    `<span class="hd-cont-title">${escapeHtml(input.title)}</span> ` +
    `<span class="hd-cont-mark">${escapeHtml(labelsFor(input.lang).continued)}</span>` +
    '</header>' +
    `<div class="hd-notes"><p data-u="0">${escapeHtml(input.title)}</p></div>` +
    '</article>';
  return (
    `<!DOCTYPE html><html lang="${input.lang}">` +
    `<head><meta charset="utf-8"><title>${escapeHtml(input.title)}</title>` +
    `<style>${input.css}</style><style>${HANDOUT_STYLE}</style></head>` +
    '<body>' +
    `<main class="hd-flow">${cards.join('')}</main>` +
    '<div class="hd-probe" aria-hidden="true">' +
    `${halves.join('')}${continued}<div class="hd-gap"></div>` +
    '</div>' +
    '</body></html>'
  );
}
