// The measure-and-re-plan loop: renders the planned deck in the browser, measures every
// slide, and plans sections again with more or less room until the measurements agree.
import type { Browser } from 'puppeteer-core';
import { measureFit, type SlideFit } from '../export/fit.js';
import { openSlides, type SlideTab } from '../export/page.js';
import type { Deck } from '../model/deck.js';
import type { Renderer, SlidePage } from '../render/slide-page.js';
import { growUnderfilled, MAX_ROUNDS, savingGrowth, shrinkOverflowing } from './fit-loop.js';
import type { Timings } from './timings.js';

export interface Fitted {
  deck: Deck;
  markdown: string;
  slides: SlidePage;
  fits: SlideFit[];
  /** The measured page, still open: the caller makes PPTX pictures from it, then closes it. */
  tab: SlideTab;
}

export interface FitInput {
  browser: Browser;
  deck: Deck;
  markdown: string;
  themeCss: string;
  renderPage: Renderer;
  plan: (scales: Map<number, number>) => Deck;
  render: (deck: Deck) => string;
  timings: Timings;
}

export async function fitSlides(input: FitInput): Promise<Fitted> {
  const { browser, themeCss, renderPage, timings } = input;
  let { deck, markdown } = input;
  let slides = renderPage(markdown, themeCss, deck.meta.lang);
  let tab = await timings.run('measure', () => openSlides(browser, slides.html, slides.size));
  try {
    let fits = await timings.run('measure', () => measureFit(tab.page));
    let scales = new Map<number, number>();
    // Sections given more room in the first round, to save a slide.
    let widened = new Set<number>();
    // First round: sections split more than needed get more room; then overflow shrinks.
    for (let round = 1; round <= MAX_ROUNDS; round += 1) {
      const grown = round === 1 ? growUnderfilled(deck, fits, scales) : undefined;
      const next = shrinkOverflowing(deck, fits, grown ?? scales, widened) ?? grown;
      if (!next) break;
      const before = deck;
      const previous = scales;
      scales = next;
      deck = timings.runSync('plan', () => input.plan(scales));
      // (Growth that saved no slide is undone before the browser measures again.)
      const saving = grown ? savingGrowth(before, deck, previous, scales) : undefined;
      if (saving) {
        scales = saving;
        deck = timings.runSync('plan', () => input.plan(scales));
      }
      if (grown) widened = new Set([...scales].filter(([, scale]) => scale > 1).map(([section]) => section));
      markdown = timings.runSync('render', () => input.render(deck));
      slides = renderPage(markdown, themeCss, deck.meta.lang);
      await tab.close();
      tab = await timings.run('measure', () => openSlides(browser, slides.html, slides.size));
      fits = await timings.run('measure', () => measureFit(tab.page));
    }
    return { deck, markdown, slides, fits, tab };
  } catch (error) {
    await tab.close().catch(() => undefined);
    throw error;
  }
}
