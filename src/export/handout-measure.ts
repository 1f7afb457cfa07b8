// Measures the unpaged handout in the browser, as it will print: each card's height at full
// and half width, where each unit of its notes sits (and the lines of running text), and the
// spacing the pages use.
import type { Page } from 'puppeteer-core';
import type { CardBox, HandoutGeometry } from '../render/handout-measures.js';
import { HANDOUT_PAGE } from '../render/handout-style.js';
import { lineEnds } from './handout-lines.js';

const PX_PER_MM = 96 / 25.4;
/** Pixels kept free at each page's foot, for rounding between measuring and printing. */
const SAFETY = 4;
/** About two lines of notes. */
const SHORT_PIECE = 40;

export interface HandoutMeasures {
  cards: CardBox[];
  geometry: HandoutGeometry;
}

type Read = Omit<HandoutGeometry, 'page' | 'shortPiece'> & { cards: CardBox[] };

export async function measureHandout(page: Page): Promise<HandoutMeasures> {
  await page.emulateMediaType('print');
  const read = (await page.evaluate(`(${String(readCards)})(${String(lineEnds)})`)) as Read;
  const { cards, ...spacing } = read;
  const printable = (HANDOUT_PAGE.height - HANDOUT_PAGE.top - HANDOUT_PAGE.bottom) * PX_PER_MM;
  return { cards, geometry: { ...spacing, page: printable - SAFETY, shortPiece: SHORT_PIECE } };
}

/** Runs in the page. */
function readCards(lines: typeof lineEnds): Read {
  const rect = (element: Element | null | undefined) => element?.getBoundingClientRect() ?? new DOMRect();
  // Running text (a paragraph, a list item, code) splits between lines; a table, a quote or a
  // unit holding blocks of its own never splits.
  const running = (unit: Element) =>
    unit.matches('p, li, pre') &&
    !unit.querySelector('ul, ol, pre, table, blockquote, figure, div, img:not(.emoji)');
  const cards = [...document.querySelectorAll<HTMLElement>('.hd-flow > .hd-card')].map((card) => {
    const { top, height } = rect(card);
    const units = [...card.querySelectorAll('[data-u]')].map((unit) => {
      const box = rect(unit);
      const ends = running(unit) ? lines(unit) : [];
      return {
        top: box.top - top,
        bottom: box.bottom - top,
        keep: unit.hasAttribute('data-keep'),
        ...(ends.length > 0 ? { lines: ends.map((y) => y - top) } : {}),
      };
    });
    const half = document.querySelector(`[data-half="${card.dataset.card}"]`);
    const shown = [...card.querySelectorAll('section > :not(header, footer)')];
    return {
      height,
      units,
      half: rect(half).height,
      halfNotes: rect(half?.querySelector('.hd-notes')).height,
      slideText: shown
        .map((e) => e.textContent ?? '')
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim().length,
    };
  });
  const cont = document.querySelector('[data-cont]');
  return {
    cards,
    contTop: rect(cont?.querySelector('[data-u]')).top - rect(cont).top,
    halfSlide: rect(document.querySelector('[data-half] .hd-slide')).height,
    gap: rect(document.querySelector('.hd-probe .hd-gap')).height,
  };
}
