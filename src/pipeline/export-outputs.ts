// Makes every requested output in memory, the browser-made ones at the same time in
// tabs of their own, then writes them all: a failure anywhere leaves the old files.
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { printHandout, regularFontFaces } from '../export/handout.js';
import { openSlides, titleThumbnail, type SlideTab } from '../export/page.js';
import { printPdf } from '../export/pdf.js';
import { buildPptx } from '../export/pptx.js';
import { writeAtomic } from '../export/write.js';
import { handoutHtml } from '../render/handout-page.js';
import type { SlidePage } from '../render/slide-page.js';
import type { BuildReport, BuildRequest, Format } from './build.js';
import { exportInfo } from './export-info.js';

export interface ExportContext {
  themeCss: string;
  /** The HTML deck, already on its way (it needs no browser). */
  html?: Promise<string>;
  browser?: Browser;
  /** The measured slide page, for PPTX pictures and the thumbnail. */
  tab?: SlideTab;
  slides?: SlidePage;
  imageScale: number;
}

export async function exportOutputs(report: BuildReport, request: BuildRequest, context: ExportContext): Promise<void> {
  const { deck, markdown, timings } = report;
  const info = exportInfo(deck);
  const wants = (format: Format) => request.formats.includes(format);
  const { browser, tab, slides } = context;
  if (tab) report.thumbnail = await timings.run('thumbnail', () => titleThumbnail(tab.page));

  const inTab = async <T>(html: string, work: (page: SlideTab['page']) => Promise<T>): Promise<T> => {
    const own = await openSlides(browser!, html);
    try {
      return await work(own.page);
    } finally {
      await own.close();
    }
  };
  const jobs: [string, Promise<string | Uint8Array> | undefined][] = [
    ['md', Promise.resolve(markdown)],
    ['html', wants('html') ? timings.run('html', () => context.html!) : undefined],
    ['pdf', browser && slides && wants('pdf') ? timings.run('pdf', () => inTab(slides.html, (page) => printPdf(page, info.pdf))) : undefined],
    ['handout.pdf', browser && slides && wants('handout') ? timings.run('handout', () => printHandout(browser, handoutHtml({ ...info.handout, css: slides.css, slides: slides.slides }), { ...info.handoutPrint, fontFaces: regularFontFaces(context.themeCss) })) : undefined],
    ['pptx', tab && slides && wants('pptx') ? timings.run('pptx', () => buildPptx(tab.page, slides.slides.length, context.imageScale, info.pptx)) : undefined],
  ];
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
