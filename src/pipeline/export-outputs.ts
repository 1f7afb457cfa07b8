// Makes every requested output in memory (the browser-made ones in an order that keeps the
// browser busy but not crowded) and writes nothing until all are made, then each atomically:
// a failed build leaves the old files.
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { regularFontFaces } from '../assets/theme.js';
import { printHandout } from '../export/handout.js';
import type { SlideTab } from '../export/page.js';
import { printPdf } from '../export/pdf.js';
import { captureSlides, DEFAULT_IMAGE_SCALE, titleThumbnail } from '../export/capture.js';
import { renderHtml } from '../export/html.js';
import { readScene } from '../export/dom-read.js';
import { buildPicturePptx } from '../export/pptx.js';
import { buildEditablePptx } from '../export/pptx-editable.js';
import { writeAtomic } from '../export/write.js';
import type { SlidePage } from '../render/slide-page.js';
import type { Slide } from '../model/deck.js';
import { exportInfo } from './export-info.js';
import type { Timings } from './timings.js';
import type { BuildRequest, Format, Outputs, Planned } from './types.js';

export interface ExportContext {
  timings: Timings;
  /** Only the HTML (and the Markdown): the browser is gone. */
  htmlOnly?: boolean;
  browser?: Browser;
  /** The measured slide page, for PPTX pictures and the thumbnail. */
  tab?: SlideTab;
  slides?: SlidePage;
}

export async function exportOutputs(
  deck: Pick<Planned, 'deck' | 'markdown' | 'themeCss'>,
  request: BuildRequest,
  context: ExportContext,
): Promise<Outputs> {
  const { markdown, themeCss } = deck;
  const { timings } = context;
  // What the outputs say besides their pictures: titles, notes, labels.
  const info = exportInfo(deck.deck);
  const wants = (format: Format) =>
    request.formats.includes(format) && (!context.htmlOnly || format === 'html');
  const { browser, tab, slides } = context;
  const imageScale = request.imageScale ?? DEFAULT_IMAGE_SCALE;
  const editable = request.pptx !== 'pictures';
  const printHandoutPdf =
    browser && slides && wants('handout')
      ? () =>
          timings.run('handout', () =>
            printHandout(
              browser,
              {
                ...info.handout,
                ...forHandout(deck.deck.slides, slides.slides, info.handout.notes),
                css: slides.css,
                size: slides.size,
              },
              { ...info.handoutPrint, fontFaces: regularFontFaces(themeCss) },
            ),
          )
      : undefined;
  // The handout prints in a tab of its own, the longest job: it starts first, while the
  // measured page gives the thumbnail, the scene for the PPTX and the PDF. PPTX pictures
  // (--pptx pictures) come before anything else but the thumbnail, and alone: a screencast
  // waits on frames, and any other page at work in the browser delays every one of them.
  const earlyHandout = editable ? printHandoutPdf?.() : undefined;
  const thumbnail =
    tab && request.thumbnail ? timings.run('thumbnail', () => titleThumbnail(tab)) : undefined;
  const pictures =
    tab && slides && wants('pptx') && !editable
      ? settled(thumbnail).then(() =>
          timings.run('pictures', () => captureSlides(tab, slides.slides.length, imageScale)),
        )
      : undefined;
  const scene =
    tab && wants('pptx') && editable
      ? settled(thumbnail).then(() => timings.run('scene', () => readScene(tab.page)))
      : undefined;
  const pptxInfo = tab && { ...info.pptx, size: tab.size };
  const pptx =
    pptxInfo &&
    (scene
      ? scene.then((read) => timings.run('pptx', () => buildEditablePptx(read, pptxInfo)))
      : pictures?.then(({ pictures: taken }) =>
          timings.run('pptx', () => buildPicturePptx(taken, pptxInfo)),
        ));
  const handout = editable ? earlyHandout : printHandoutPdf && settled(pictures).then(printHandoutPdf);
  const pdf =
    tab && wants('pdf')
      ? settled(pictures ?? scene ?? thumbnail).then(() =>
          timings.run('pdf', () => printPdf(tab.page, info.pdf)),
        )
      : undefined;
  const html = wants('html')
    ? timings.run('html', () => renderHtml(markdown, themeCss, info.html))
    : undefined;
  const jobs: [string, Promise<string | Uint8Array> | undefined][] = [
    ['md', Promise.resolve(markdown)],
    ['html', html],
    ['handout.pdf', handout],
    ['pdf', pdf],
    ['pptx', pptx],
  ];
  const made: { ext: string; data: string | Uint8Array }[] = [];
  // Settle everything before failing, so no tab is left working after an error.
  const results = await Promise.allSettled([
    thumbnail,
    ...jobs.map(async ([ext, job]) => (job ? made.push({ ext, data: await job }) : undefined)),
  ]);
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) throw failure.reason;
  const written = await timings.run('write', async () => {
    const files: Outputs['written'] = [];
    for (const [ext] of jobs) {
      const file = made.find((m) => m.ext === ext);
      if (!file) continue;
      const path = join(request.outDir, `${request.name}.${file.ext}`);
      files.push({ path, bytes: await writeAtomic(path, file.data) });
    }
    return files;
  });
  const taken = await thumbnail;
  return { written, ...(taken ? { thumbnail: taken } : {}) };
}

/** A handout reads like an article: the closing "thank you" slide (and its notes' index of
 * terms) is for the room only. */
function forHandout<N>(deck: Slide[], markup: string[], notes: N[]): { slides: string[]; notes: N[] } {
  const kept = (_: unknown, i: number) => deck[i]?.layout !== 'closing';
  return { slides: markup.filter(kept), notes: notes.filter(kept) };
}

/** Resolves when a job has ended, whether it worked or not (its failure is reported elsewhere). */
function settled(job: Promise<unknown> | undefined): Promise<void> {
  return (job ?? Promise.resolve()).then(
    () => undefined,
    () => undefined,
  );
}
