// Makes every requested output in memory (the browser-made ones in an order that keeps the
// browser busy but not crowded) and writes nothing until all are made, then each atomically:
// a failed build leaves the old files.
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { printHandout, regularFontFaces } from '../export/handout.js';
import type { SlideTab } from '../export/page.js';
import { printPdf } from '../export/pdf.js';
import { captureSlides, titleThumbnail } from '../export/capture.js';
import { buildPptx } from '../export/pptx.js';
import { writeAtomic } from '../export/write.js';
import { handoutHtml } from '../render/handout-page.js';
import type { SlidePage } from '../render/slide-page.js';
import type { BuildReport, BuildRequest, Format } from './build.js';
import type { ExportInfo } from './export-info.js';

export interface ExportContext {
  themeCss: string;
  /** Titles, notes and labels of the deck being written (see export-info.ts). */
  info: ExportInfo;
  /** The HTML deck, already on its way (it needs no browser). */
  html?: Promise<string>;
  browser?: Browser;
  /** The measured slide page, for PPTX pictures and the thumbnail. */
  tab?: SlideTab;
  slides?: SlidePage;
  imageScale: number;
}

export async function exportOutputs(
  report: BuildReport,
  request: BuildRequest,
  context: ExportContext,
): Promise<void> {
  const { markdown, timings } = report;
  const { info } = context;
  const wants = (format: Format) => request.formats.includes(format);
  const { browser, tab, slides } = context;
  if (tab && request.thumbnail)
    report.thumbnail = await timings.run('thumbnail', () => titleThumbnail(tab.page));

  // The PPTX pictures come first and alone: a screencast waits on frames, and any other
  // page at work in the browser delays every one of them. Then the measured page prints
  // the PDF while the handout prints in a tab of its own and the PPTX is put together.
  const pictures =
    tab && slides && wants('pptx')
      ? timings.run('pictures', () => captureSlides(tab.page, slides.slides.length, context.imageScale))
      : undefined;
  const pptx = pictures?.then(({ pictures: taken }) =>
    timings.run('pptx', () => buildPptx(taken, info.pptx)),
  );
  const handout =
    browser && slides && wants('handout')
      ? settled(pictures).then(() =>
          timings.run('handout', () =>
            printHandout(browser, handoutHtml({ ...info.handout, css: slides.css, slides: slides.slides }), {
              ...info.handoutPrint,
              fontFaces: regularFontFaces(context.themeCss),
            }),
          ),
        )
      : undefined;
  const pdf =
    tab && wants('pdf')
      ? settled(pictures).then(() => timings.run('pdf', () => printPdf(tab.page, info.pdf)))
      : undefined;
  const jobs: [string, Promise<string | Uint8Array> | undefined][] = [
    ['md', Promise.resolve(markdown)],
    ['html', wants('html') ? timings.run('html', () => context.html!) : undefined],
    ['handout.pdf', handout],
    ['pdf', pdf],
    ['pptx', pptx],
  ];
  const made: { ext: string; data: string | Uint8Array }[] = [];
  // Settle everything before failing, so no tab is left working after an error.
  const results = await Promise.allSettled(
    jobs.map(async ([ext, job]) => (job ? made.push({ ext, data: await job }) : undefined)),
  );
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) throw failure.reason;
  await timings.run('write', async () => {
    for (const [ext] of jobs) {
      const file = made.find((m) => m.ext === ext);
      if (!file) continue;
      const path = join(request.outDir, `${request.name}.${file.ext}`);
      report.outputs.push({ path, bytes: await writeAtomic(path, file.data) });
    }
  });
}

/** Resolves when a job has ended, whether it worked or not (its failure is reported elsewhere). */
function settled(job: Promise<unknown> | undefined): Promise<void> {
  return (job ?? Promise.resolve()).then(
    () => undefined,
    () => undefined,
  );
}
