// Builds the PPTX: each slide as a picture taken in the browser (as marp-cli does), with
// its speaker notes in PowerPoint's notes and its text as the picture's alt text.
import { SLIDE } from '../slides/metrics.js';
import type { Page } from 'puppeteer-core';

// pptxgenjs ships CommonJS-style types for an ES module: its class is the default export
// at run time, while the types see it one level down. Loaded only when a PPTX is made.
type PptxClass = typeof import('pptxgenjs').default;

export interface PptxInfo {
  title: string;
  author?: string;
  lang: string;
  slides: { notes: string; altText: string }[];
}

/** Pictures of the first `count` slides of a stacked slide page, as base64 JPEG. */
export async function captureSlides(page: Page, count: number, scale: number): Promise<string[]> {
  // The window shows one slide; each slide is scrolled into it and taken straight from
  // the compositor at the picture's scale, so only one slide is painted at that size.
  // JPEG keeps the file smaller than marp-cli's PNG at the same scale.
  const client = await page.createCDPSession();
  const shots: string[] = [];
  try {
    for (let i = 0; i < count; i += 1) {
      await client.send('Runtime.evaluate', { expression: `window.scrollTo(0, ${i * SLIDE.height})` });
      const shot = await client.send('Page.captureScreenshot', { format: 'jpeg', quality: 90, clip: { x: 0, y: i * SLIDE.height, width: SLIDE.width, height: SLIDE.height, scale }, captureBeyondViewport: false });
      shots.push(shot.data);
    }
  } finally {
    await client.detach().catch(() => undefined);
  }
  return shots;
}

export async function buildPptx(pictures: string[], info: PptxInfo): Promise<Uint8Array> {
  const pptxgen = (await import('pptxgenjs')).default as unknown as { default?: PptxClass } & PptxClass;
  const PptxGenJS = pptxgen.default ?? pptxgen;
  const pptx = new PptxGenJS();
  pptx.defineLayout({ name: 'SLIDE_16x9', width: 13.333, height: 7.5 });
  pptx.layout = 'SLIDE_16x9';
  pptx.title = info.title;
  if (info.author) pptx.author = info.author;
  pptx.company = 'recap-deck';
  pictures.forEach((picture, i) => {
    const slide = pptx.addSlide();
    slide.addImage({ data: `data:image/jpeg;base64,${picture}`, x: 0, y: 0, w: 13.333, h: 7.5, altText: info.slides[i]?.altText ?? '' });
    const notes = info.slides[i]?.notes;
    if (notes) slide.addNotes(notes);
  });
  // The pictures are JPEG already: deflating them again costs time and saves nothing.
  return (await pptx.write({ outputType: 'nodebuffer', compression: false })) as Uint8Array;
}
