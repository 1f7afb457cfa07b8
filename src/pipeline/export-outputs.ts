// Makes every requested output in memory, the browser-made ones at the same time, and
// writes nothing until all are made (then each atomically): a failed build leaves the old files.
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { printHandout, regularFontFaces } from '../export/handout.js';
import { titleThumbnail, type SlideTab } from '../export/page.js';
import { printPdf } from '../export/pdf.js';
import { captureSlides } from '../export/capture.js';
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

/** Pictures of every slide from the measured page, then the PPTX around them. */
async function pptxFrom(tab: SlideTab, slides: SlidePage, scale: number, info: ExportInfo['pptx']): Promise<Uint8Array> {
  return buildPptx((await captureSlides(tab.page, slides.slides.length, scale)).pictures, info);
}

export async function exportOutputs(report: BuildReport, request: BuildRequest, context: ExportContext): Promise<void> {
  const { markdown, timings } = report;
  const { info } = context;
  const wants = (format: Format) => request.formats.includes(format);
  const { browser, tab, slides } = context;
  if (tab && request.thumbnail) report.thumbnail = await timings.run('thumbnail', () => titleThumbnail(tab.page));

  const jobs: [string, Promise<string | Uint8Array> | undefined][] = [
    ['md', Promise.resolve(markdown)],
    ['html', wants('html') ? timings.run('html', () => context.html!) : undefined],
    ['handout.pdf', browser && slides && wants('handout') ? timings.run('handout', () => printHandout(browser, handoutHtml({ ...info.handout, css: slides.css, slides: slides.slides }), { ...info.handoutPrint, fontFaces: regularFontFaces(context.themeCss) })) : undefined],
  ];
  // The measured page prints the PDF, then sits for the PPTX pictures: one page load fewer.
  if (tab && slides && (wants('pdf') || wants('pptx'))) {
    const pdf = wants('pdf') ? timings.run('pdf', () => printPdf(tab.page, info.pdf)) : undefined;
    jobs.push(['pdf', pdf]);
    const pdfDone = (pdf ?? Promise.resolve()).catch(() => undefined);
    jobs.push(['pptx', wants('pptx') ? pdfDone.then(() => timings.run('pptx', () => pptxFrom(tab, slides, context.imageScale, info.pptx))) : undefined]);
  }
  const made: { ext: string; data: string | Uint8Array }[] = [];
  // Settle everything before failing, so no tab is left working after an error.
  const results = await Promise.allSettled(jobs.map(async ([ext, job]) => (job ? made.push({ ext, data: await job }) : undefined)));
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
