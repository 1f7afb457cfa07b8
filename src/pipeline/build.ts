// The whole build as one chain of stages: load (recap, theme, fonts, images) -> parse ->
// plan -> render -> fit (measure in the browser, re-plan where it disagrees) -> export.
// Only load, fit and export touch the disk or the browser; parse, plan and render are pure.
// Each stage returns new values; the report is put together once, at the end.
import { join } from 'node:path';
import { loadFontMetrics } from '../assets/font-metrics.js';
import { loadImages } from '../assets/images.js';
import { loadTheme } from '../assets/theme.js';
import { VFile } from 'vfile';
import { RecapError, REVIEW_RULE, type Warning, warningsOf } from '../errors.js';
import type { SlideFit } from '../export/fit.js';
import { preloadPptx } from '../export/pptx.js';
import type { Deck } from '../model/deck.js';
import { loadRecap } from '../recap/load.js';
import { readRecap } from '../recap/read.js';
import { renderMarpMarkdown } from '../render/marp-markdown.js';
import { createRenderer } from '../render/slide-page.js';
import { toDeck } from '../plan/to-deck.js';
import { createEstimator } from '../plan/measure/estimate.js';
import { reviewNotes } from '../plan/review.js';
import { readMetrics } from '../plan/measure/metrics.js';
import { createTextMeasure } from '../plan/measure/text-measure.js';
import { browserFallback } from './browser-fallback.js';
import { exportOutputs } from './export-outputs.js';
import { type Fitted, fitSlides } from './fit-slides.js';
import { overflowWarnings } from './overflow.js';
import { Timings } from './timings.js';
import type { BuildRequest, Outputs, Planned } from './types.js';

export type { BuildRequest, Format, NotesMode, Planned, PptxMode } from './types.js';

const MAX_SLIDES = 200;

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
  const warnings = new VFile({ path: request.display });
  const needsBrowser =
    !request.reviewOnly && (request.checkOnly || request.formats.some((f) => f !== 'html'));
  // Chrome starts while the recap is read and planned.
  const browserReady = needsBrowser ? timings.run('browser', () => request.browser()) : undefined;
  browserReady?.catch(() => undefined);
  if (needsBrowser && request.formats.includes('pptx') && !request.checkOnly) preloadPptx();

  const planned = await loadAndPlan(request, warnings, timings);
  const done = (fitted: Pick<Fitted, 'deck' | 'markdown'> & { fits?: SlideFit[] }, outputs?: Outputs) => ({
    deck: fitted.deck,
    markdown: fitted.markdown,
    ...(fitted.fits ? { fits: fitted.fits } : {}),
    warnings: warningsOf(warnings),
    outputs: outputs?.written ?? [],
    timings,
    ...(outputs?.thumbnail ? { thumbnail: outputs.thumbnail } : {}),
  });
  if (request.reviewOnly) return done(planned);
  if (!browserReady) return done(planned, await exportOutputs(planned, request, { timings }));

  // A browser that is missing, crashes or hangs costs the PDF and PPTX, not the HTML.
  let current: Pick<Fitted, 'deck' | 'markdown'> = planned;
  const failed = browserFallback(() =>
    exportOutputs({ ...planned, ...current }, request, { timings, htmlOnly: true }),
  );
  const browser = await browserReady.catch(failed);
  const fitted = await fitSlides({ ...planned, browser, renderPage: createRenderer(), timings }).catch(
    failed,
  );
  current = fitted;
  try {
    if (fitted.tab.blocked.length > 0)
      throw new RecapError(
        `the deck tried to load from the network: ${fitted.tab.blocked.slice(0, 3).join(', ')}`,
      );
    const overflow = overflowWarnings(fitted.deck, fitted.fits);
    for (const warning of overflow) warnings.message(warning.message, warning.origin);
    if (request.checkOnly) return done(fitted);
    const outputs = await exportOutputs({ ...planned, ...fitted }, request, {
      timings,
      browser,
      tab: fitted.tab,
      slides: fitted.slides,
    }).catch(failed);
    if (request.strict && overflow.length > 0)
      throw new RecapError(
        `${overflow.length} slide(s) still overflow and --strict is set; the deck was written:\n${overflow
          .map((w) => `  ${request.display}:${w.origin.line}:${w.origin.column}: ${w.message}`)
          .join('\n')}`,
      );
    return done(fitted, outputs);
  } finally {
    await fitted.tab.close().catch(() => undefined);
  }
}

/** Load, parse, plan and render: everything before the browser. */
async function loadAndPlan(request: BuildRequest, warnings: VFile, timings: Timings): Promise<Planned> {
  const [source, themeCss, fonts] = await timings.run('load', () =>
    Promise.all([
      loadRecap(request.recapPath, request.display),
      request.theme ?? loadTheme(request.themePath),
      loadFontMetrics(),
    ]),
  );
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
  const est = createEstimator(readMetrics(themeCss), createTextMeasure(fonts));
  const plan = (scales?: Map<number, number>) =>
    toDeck({
      recap,
      assets,
      est,
      source: request.display,
      name: request.name,
      placeholders: request.placeholders ?? false,
      ...(scales ? { scales } : {}),
      ...(request.notes ? { notes: request.notes } : {}),
    });
  const render = (deck: Deck) => renderMarpMarkdown(deck, { rebuild: `npm run deck ${request.name}` });
  const deck = timings.runSync('plan', () => plan());
  // What only the author can improve (a slide titled only by a label) is said, once, at its line.
  for (const note of reviewNotes(deck.slides, deck.meta))
    warnings.message(note.message, note.origin).ruleId = REVIEW_RULE;
  // A very long deck is built all the same (a recap is never refused for its length); the
  // author hears that it is more than one talk holds.
  const maxSlides = request.maxSlides ?? MAX_SLIDES;
  if (deck.slides.length > maxSlides)
    warnings.message(
      `the recap makes ${deck.slides.length} slides, more than one talk holds (${maxSlides}): ` +
        'consider splitting it into several recaps (--max-slides N sets the limit of this warning)',
      { line: 1, column: 1 },
    );
  return { deck, markdown: timings.runSync('render', () => render(deck)), plan, render, themeCss };
}
