// The whole build in one visible line of stages: load -> parse -> plan -> render ->
// (measure and re-plan until it fits) -> export. Only the first and last stages touch the
// disk or the browser; everything between is pure.
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { loadImages } from '../assets/images.js';
import { loadTheme } from '../assets/theme.js';
import { RecapError, Warnings, type Warning } from '../errors.js';
import { measureFit, type SlideFit } from '../export/fit.js';
import { printHandout, regularFontFaces } from '../export/handout.js';
import { renderHtml } from '../export/html.js';
import { openSlides, titleThumbnail } from '../export/page.js';
import { printPdf } from '../export/pdf.js';
import { buildPptx } from '../export/pptx.js';
import { writeAtomic } from '../export/write.js';
import type { Deck } from '../model/deck.js';
import { loadRecap } from '../recap/load.js';
import { readRecap } from '../recap/read.js';
import { renderMarpMarkdown } from '../render/marp-markdown.js';
import { handoutHtml } from '../render/handout-page.js';
import { createRenderer, type SlidePage } from '../render/slide-page.js';
import { toDeck } from '../slides/deck.js';
import { exportInfo } from './export-info.js';
import { growUnderfilled, MAX_ROUNDS, shrinkOverflowing } from './fit-loop.js';
import { Timings } from './timings.js';

export type Format = 'html' | 'pdf' | 'pptx' | 'handout';

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

  // load
  const [source, themeCss] = await timings.run('load', () => Promise.all([loadRecap(request.recapPath, request.display), loadTheme(request.themePath)]));
  // parse
  const recap = timings.runSync('parse', () => readRecap(source.text, warnings));
  const assets = await timings.run('images', () => loadImages(recap.tree, { recapDir: join(request.recapPath, '..'), staticDir: request.staticDir, projectDir: request.projectDir }, warnings));
  // plan and render (again, with less room, for sections the browser finds overflowing)
  const plan = (scales?: Map<number, number>) => toDeck({ recap, assets, source: request.display, name: request.name, ...(scales ? { scales } : {}) });
  const render = (deck: Deck) => renderMarpMarkdown(deck, { rebuild: `npm run deck ${request.name}` });
  let deck = timings.runSync('plan', () => plan());
  let markdown = timings.runSync('render', () => render(deck));
  const report: BuildReport = { deck, markdown, warnings: warnings.list, outputs: [], timings };

  const needsBrowser = request.checkOnly || request.formats.some((f) => f !== 'html');
  if (!needsBrowser) {
    await writeOutputs(report, request, { themeCss });
    return report;
  }
  const browser = await timings.run('browser', () => request.browser());
  const renderPage = createRenderer();
  let slides = renderPage(markdown, themeCss, deck.meta.lang);
  let tab = await timings.run('measure', () => openSlides(browser, slides.html, 2));
  try {
    let fits = await timings.run('measure', () => measureFit(tab.page));
    let scales = new Map<number, number>();
    // First round: sections split more than needed get more room; then overflow shrinks.
    for (let round = 1; round <= MAX_ROUNDS; round += 1) {
      const grown = round === 1 ? growUnderfilled(deck, fits, scales) : undefined;
      const next = shrinkOverflowing(deck, fits, grown ?? scales) ?? grown;
      if (!next) break;
      scales = next;
      deck = timings.runSync('plan', () => plan(scales));
      markdown = timings.runSync('render', () => render(deck));
      slides = renderPage(markdown, themeCss, deck.meta.lang);
      await tab.close();
      tab = await timings.run('measure', () => openSlides(browser, slides.html, 2));
      fits = await timings.run('measure', () => measureFit(tab.page));
    }
    Object.assign(report, { deck, markdown, fits });
    if (tab.blocked.length > 0) throw new RecapError(`the deck tried to load from the network: ${tab.blocked.slice(0, 3).join(', ')}`);
    if (request.checkOnly) return report;
    const overflowing = fits.filter((f) => !f.fits);
    if (overflowing.length > 0 && !request.allowOverflow) {
      const first = deck.slides[overflowing[0]!.index]!;
      throw new RecapError(
        `${overflowing.length} slide(s) do not fit, e.g. slide ${overflowing[0]!.index + 1} "${first.title}" runs ${overflowing[0]!.overflowPx}px past its edge; nothing was written (use --allow-overflow to write anyway, --check to list them)`,
        { location: { file: request.display, ...first.origin } },
      );
    }
    // export
    await writeOutputs(report, request, { themeCss, browser, page: tab.page, slides });
  } finally {
    await tab.close().catch(() => undefined);
  }
  return report;
}

interface ExportContext {
  themeCss: string;
  browser?: Browser;
  /** The measured slide page, for PDF, PPTX and the thumbnail. */
  page?: Page;
  slides?: SlidePage;
}

/** Makes every requested output in memory first, then writes them all: a failure leaves the old files. */
async function writeOutputs(report: BuildReport, request: BuildRequest, context: ExportContext): Promise<void> {
  const { deck, markdown, timings } = report;
  const info = exportInfo(deck);
  const wants = (format: Format) => request.formats.includes(format);
  const files: { ext: string; data: string | Uint8Array }[] = [{ ext: 'md', data: markdown }];
  const { page, browser, slides } = context;
  if (wants('html')) files.push({ ext: 'html', data: await timings.run('html', () => renderHtml(markdown, context.themeCss, info.html)) });
  if (page && wants('pdf')) files.push({ ext: 'pdf', data: await timings.run('pdf', () => printPdf(page, info.pdf)) });
  if (page && wants('pptx')) files.push({ ext: 'pptx', data: await timings.run('pptx', () => buildPptx(page, info.pptx)) });
  if (browser && slides && wants('handout')) {
    const html = handoutHtml({ ...info.handout, css: slides.css, slides: slides.slides });
    files.push({ ext: 'handout.pdf', data: await timings.run('handout', () => printHandout(browser, html, { ...info.handoutPrint, fontFaces: regularFontFaces(context.themeCss) })) });
  }
  if (page) report.thumbnail = await timings.run('thumbnail', () => titleThumbnail(page));
  await timings.run('write', async () => {
    for (const file of files) {
      const path = join(request.outDir, `${request.name}.${file.ext}`);
      report.outputs.push({ path, bytes: await writeAtomic(path, file.data) });
    }
  });
}
