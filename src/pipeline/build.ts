// The whole build in one visible line of stages: load -> parse -> plan -> render ->
// (measure and re-plan until it fits) -> export. Only the first and last stages touch the
// disk or the browser; everything between is pure.
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { loadImages } from '../assets/images.js';
import { loadTheme } from '../assets/theme.js';
import { RecapError, Warnings, type Warning } from '../errors.js';
import { measureFit, type SlideFit } from '../export/fit.js';
import { exportHtml } from '../export/html.js';
import { openSlides } from '../export/page.js';
import { printPdf } from '../export/pdf.js';
import { buildPptx } from '../export/pptx.js';
import { writeAtomic } from '../export/write.js';
import type { Deck } from '../model/deck.js';
import { loadRecap } from '../recap/load.js';
import { readRecap } from '../recap/read.js';
import { renderMarpMarkdown } from '../render/marp-markdown.js';
import { createRenderer } from '../render/slide-page.js';
import { toDeck } from '../slides/deck.js';
import { exportInfo } from './export-info.js';
import { MAX_ROUNDS, shrinkOverflowing } from './fit-loop.js';
import { Timings } from './timings.js';

export type Format = 'html' | 'pdf' | 'pptx';

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
}

export async function buildDeck(request: BuildRequest): Promise<BuildReport> {
  const timings = new Timings(request.onStage);
  const warnings = new Warnings(request.display);

  const [source, themeCss] = await timings.run('load', () => Promise.all([loadRecap(request.recapPath, request.display), loadTheme(request.themePath)]));
  const recap = timings.runSync('parse', () => readRecap(source.text, warnings));
  const assets = await timings.run('images', () => loadImages(recap.tree, { recapDir: join(request.recapPath, '..'), staticDir: request.staticDir, projectDir: request.projectDir }, warnings));
  const plan = (scales?: Map<number, number>) => toDeck({ recap, assets, source: request.display, name: request.name, ...(scales ? { scales } : {}) });
  const render = (deck: Deck) => renderMarpMarkdown(deck, { rebuild: `npm run deck ${request.name}` });
  let deck = timings.runSync('plan', () => plan());
  let markdown = timings.runSync('render', () => render(deck));

  const needsBrowser = request.checkOnly || request.formats.some((f) => f !== 'html');
  const report: BuildReport = { deck, markdown, warnings: warnings.list, outputs: [], timings };
  if (!needsBrowser) {
    if (!request.checkOnly) await writeOutputs(report, request, themeCss, undefined);
    return report;
  }

  const browser = await timings.run('browser', () => request.browser());
  const renderPage = createRenderer();
  let tab = await timings.run('measure', async () => openSlides(browser, renderPage(markdown, themeCss, deck.meta.lang).html, 2));
  try {
    let fits = await timings.run('measure', () => measureFit(tab.page));
    let scales = new Map<number, number>();
    for (let round = 1; round < MAX_ROUNDS && fits.some((f) => !f.fits); round += 1) {
      const next = shrinkOverflowing(deck, fits, scales);
      if (!next) break;
      scales = next;
      deck = timings.runSync('plan', () => plan(scales));
      markdown = timings.runSync('render', () => render(deck));
      await tab.close();
      tab = await timings.run('measure', () => openSlides(browser, renderPage(markdown, themeCss, deck.meta.lang).html, 2));
      fits = await timings.run('measure', () => measureFit(tab.page));
    }
    Object.assign(report, { deck, markdown, fits });
    if (tab.blocked.length > 0) throw new RecapError(`the deck tried to load from the network: ${tab.blocked.slice(0, 3).join(', ')}`);
    const overflowing = fits.filter((f) => !f.fits);
    if (request.checkOnly) return report;
    if (overflowing.length > 0 && !request.allowOverflow) {
      const first = deck.slides[overflowing[0]!.index]!;
      throw new RecapError(
        `${overflowing.length} slide(s) do not fit, e.g. slide ${overflowing[0]!.index + 1} "${first.title}" runs ${overflowing[0]!.overflowPx}px past its edge; nothing was written (use --allow-overflow to write anyway, --check to list them)`,
        { location: { file: request.display, ...first.origin } },
      );
    }
    await writeOutputs(report, request, themeCss, tab.page);
  } finally {
    await tab.close().catch(() => undefined);
  }
  return report;
}

async function writeOutputs(report: BuildReport, request: BuildRequest, themeCss: string, page: Page | undefined): Promise<void> {
  const { deck, markdown, timings } = report;
  const info = exportInfo(deck);
  const target = (ext: string) => join(request.outDir, `${request.name}.${ext}`);
  const add = async (path: string, write: Promise<number>) => report.outputs.push({ path, bytes: await write });
  await timings.run('markdown', () => add(target('md'), writeAtomic(target('md'), markdown)));
  if (request.formats.includes('html')) await timings.run('html', () => add(target('html'), exportHtml(target('md'), themeCss, target('html'), info.html)));
  if (page && request.formats.includes('pdf')) await timings.run('pdf', async () => add(target('pdf'), writeAtomic(target('pdf'), await printPdf(page, info.pdf))));
  if (page && request.formats.includes('pptx')) await timings.run('pptx', async () => add(target('pptx'), writeAtomic(target('pptx'), await buildPptx(page, info.pptx))));
}
