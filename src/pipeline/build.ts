// The whole build in one visible line of stages: load (recap, theme, images) -> parse ->
// plan -> render -> (measure and re-plan until it fits) -> export. Only the loading and the
// measuring/exporting stages touch the disk or the browser; parse, plan and render are pure.
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { loadFontMetrics } from '../assets/font-metrics.js';
import { loadImages } from '../assets/images.js';
import { loadTheme } from '../assets/theme.js';
import { RecapError, Warnings, type Warning } from '../errors.js';
import { DEFAULT_IMAGE_SCALE } from '../export/capture.js';
import { renderHtml } from '../export/html.js';
import { preloadPptx } from '../export/pptx.js';
import type { Deck } from '../model/deck.js';
import { loadRecap } from '../recap/load.js';
import { readRecap } from '../recap/read.js';
import { renderMarpMarkdown } from '../render/marp-markdown.js';
import { createRenderer } from '../render/slide-page.js';
import { toDeck } from '../slides/deck.js';
import { createEstimator } from '../slides/estimate.js';
import { readMetrics } from '../slides/metrics.js';
import { createTextMeasure } from '../slides/text-measure.js';
import type { SlideFit } from '../export/fit.js';
import { exportInfo } from './export-info.js';
import { exportOutputs } from './export-outputs.js';
import { fitSlides } from './fit-slides.js';
import { Timings } from './timings.js';

export type Format = 'html' | 'pdf' | 'pptx' | 'handout';
/** Speaker notes: what to say, links, terms and cues; or only the recap's own text. */
export type NotesMode = 'speaker' | 'plain';
/** PPTX: native, editable text and shapes; or one picture per slide. */
export type PptxMode = 'editable' | 'pictures';

const MAX_SLIDES = 200;

export interface BuildRequest {
  name: string;
  recapPath: string;
  /** The recap's path as messages show it. */
  display: string;
  outDir: string;
  formats: Format[];
  themePath: string;
  staticDir: string;
  projectDir: string;
  /** Write the deck even when a slide overflows. */
  allowOverflow?: boolean;
  /** Measure only; write nothing. */
  checkOnly?: boolean;
  /** Fetch http(s) images at build time (never at presentation time). */
  allowRemoteImages?: boolean;
  /** A slide that still overflows, or a missing picture, fails the build (after writing). */
  strict?: boolean;
  /** Show a box where a picture is missing instead of leaving it out. */
  placeholders?: boolean;
  notes?: NotesMode;
  pptx?: PptxMode;
  /** Refuse decks with more slides than this (default 200). */
  maxSlides?: number;
  /** Pixels per CSS pixel of the PPTX pictures (default 1.5: 1920x1080). */
  imageScale?: number;
  /** Also take a small picture of the title slide (for the index of decks). */
  thumbnail?: boolean;
  /** Gives the browser, launched on first use and shared by every build of one run. */
  browser: () => Promise<Browser>;
  onStage?: (stage: string) => void;
}

export interface BuildReport {
  deck: Deck;
  markdown: string;
  fits?: SlideFit[];
  warnings: Warning[];
  outputs: { path: string; bytes: number }[];
  timings: Timings;
  /** The title slide as a small JPEG data URI, when a browser drew the deck. */
  thumbnail?: string;
}

export async function buildDeck(request: BuildRequest): Promise<BuildReport> {
  const timings = new Timings(request.onStage);
  const warnings = new Warnings(request.display);
  const needsBrowser = request.checkOnly || request.formats.some((f) => f !== 'html');
  // Chrome starts while the recap is read and planned.
  const browserReady = needsBrowser ? timings.run('browser', () => request.browser()) : undefined;
  browserReady?.catch(() => undefined);

  // load
  const [source, themeCss, fonts] = await timings.run('load', () =>
    Promise.all([
      loadRecap(request.recapPath, request.display),
      loadTheme(request.themePath),
      loadFontMetrics(),
    ]),
  );
  const est = createEstimator(readMetrics(themeCss), createTextMeasure(fonts));
  // parse
  const recap = timings.runSync('parse', () => readRecap(source.text, warnings));
  const assets = await timings.run('images', () =>
    loadImages(
      recap.tree,
      {
        recapDir: join(request.recapPath, '..'),
        staticDir: request.staticDir,
        projectDir: request.projectDir,
        fetchRemote: request.allowRemoteImages ?? false,
      },
      warnings,
    ),
  );
  // plan and render
  const plan = (scales?: Map<number, number>) =>
    toDeck({
      recap,
      assets,
      est,
      source: request.display,
      name: request.name,
      ...(scales ? { scales } : {}),
    });
  const render = (deck: Deck) => renderMarpMarkdown(deck, { rebuild: `npm run deck ${request.name}` });
  const deck = timings.runSync('plan', () => plan());
  const markdown = timings.runSync('render', () => render(deck));
  const report: BuildReport = { deck, markdown, warnings: warnings.list, outputs: [], timings };
  const maxSlides = request.maxSlides ?? MAX_SLIDES;
  if (deck.slides.length > maxSlides) {
    throw new RecapError(
      `the recap makes ${deck.slides.length} slides, more than a talk holds (limit ${maxSlides}): split it into several recaps, or raise the limit with --max-slides`,
      { location: { file: request.display, line: 1, column: 1 } },
    );
  }
  // What the outputs say besides their pictures, worked out once per planned deck.
  const info = exportInfo(deck);
  const infoOf = (planned: Deck) => (planned === deck ? info : exportInfo(planned));
  // The HTML needs no browser: it is made now, and again only if fitting changes the deck.
  const htmlFor = (planned: Deck, text: string) =>
    request.formats.includes('html') && !request.checkOnly
      ? renderHtml(text, themeCss, infoOf(planned).html)
      : undefined;
  const earlyHtml = htmlFor(deck, markdown);
  earlyHtml?.catch(() => undefined);
  const imageScale = request.imageScale ?? DEFAULT_IMAGE_SCALE;
  if (!browserReady) {
    await exportOutputs(report, request, {
      themeCss,
      info,
      ...(earlyHtml ? { html: earlyHtml } : {}),
      imageScale,
    });
    return report;
  }

  // A browser that is missing, crashes or hangs costs the PDF and PPTX, not the HTML.
  const browserFailed = async (error: unknown): Promise<never> => {
    if (error instanceof RecapError ? !error.fromBrowser : !isBrowserError(error)) throw error;
    const reason =
      error instanceof RecapError
        ? error.message
        : `the browser failed: ${(error as Error).message.split('\n')[0]}`;
    // The HTML of the deck as it stands (re-planned, if fitting got that far).
    const html = report.markdown === markdown ? earlyHtml : htmlFor(report.deck, report.markdown);
    if (!html) throw new RecapError(reason, { cause: error });
    await exportOutputs(
      report,
      { ...request, formats: ['html'] },
      { themeCss, info: infoOf(report.deck), html, imageScale },
    );
    throw new RecapError(
      `${reason}\nThe HTML deck was written (${join(request.outDir, `${request.name}.html`)}); the PDF, PPTX and handout were not.`,
      { cause: error },
    );
  };
  // The PPTX library loads while Chrome is still starting.
  if (request.formats.includes('pptx') && !request.checkOnly) preloadPptx();
  // measure in the browser, planning again where it disagrees
  const browser = await browserReady.catch(browserFailed);
  const fitted = await fitSlides({
    browser,
    deck,
    markdown,
    themeCss,
    renderPage: createRenderer(),
    plan,
    render,
    timings,
  }).catch(browserFailed);
  try {
    Object.assign(report, { deck: fitted.deck, markdown: fitted.markdown, fits: fitted.fits });
    if (fitted.tab.blocked.length > 0)
      throw new RecapError(
        `the deck tried to load from the network: ${fitted.tab.blocked.slice(0, 3).join(', ')}`,
      );
    if (request.checkOnly) return report;
    const overflowing = fitted.fits.filter((f) => !f.fits);
    if (overflowing.length > 0 && !request.allowOverflow) {
      const first = fitted.deck.slides[overflowing[0]!.index]!;
      throw new RecapError(
        `${overflowing.length} slide(s) do not fit, e.g. slide ${overflowing[0]!.index + 1} "${first.title}" runs ${overflowing[0]!.overflowPx}px past its edge; nothing was written (use --allow-overflow to write anyway, --check to list them)`,
        { location: { file: request.display, ...first.origin } },
      );
    }
    // export
    const html = fitted.markdown === markdown ? earlyHtml : htmlFor(fitted.deck, fitted.markdown);
    await exportOutputs(report, request, {
      themeCss,
      info: infoOf(fitted.deck),
      ...(html ? { html } : {}),
      browser,
      tab: fitted.tab,
      slides: fitted.slides,
      imageScale,
    }).catch(browserFailed);
  } finally {
    await fitted.tab.close().catch(() => undefined);
  }
  return report;
}

/** Puppeteer's ways of saying the browser went away or stopped answering. */
function isBrowserError(error: unknown): boolean {
  const { name = '', message = '' } = (error ?? {}) as { name?: string; message?: string };
  return (
    /^(ProtocolError|TimeoutError|TargetCloseError|ConnectionClosedError)$/.test(name) ||
    /Target closed|Session closed|Connection closed|browser has disconnected|Navigating frame was detached/i.test(
      message,
    )
  );
}
