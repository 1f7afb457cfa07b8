// Builds the PPTX: each slide as a picture taken in the browser (as marp-cli does), with
// its speaker notes in PowerPoint's notes and its text as the picture's alt text.
import pptxgenModule from 'pptxgenjs';
import type { Page } from 'puppeteer-core';

// pptxgenjs ships CommonJS-style types for an ES module: its class is the default export
// at run time, while the types see it one level down.
type PptxClass = typeof pptxgenModule.default;
const PptxGenJS = ((pptxgenModule as unknown as { default?: PptxClass }).default ?? pptxgenModule) as unknown as PptxClass;

export interface PptxInfo {
  title: string;
  author?: string;
  lang: string;
  slides: { notes: string; altText: string }[];
}

export async function buildPptx(page: Page, info: PptxInfo): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.defineLayout({ name: 'SLIDE_16x9', width: 13.333, height: 7.5 });
  pptx.layout = 'SLIDE_16x9';
  pptx.title = info.title;
  if (info.author) pptx.author = info.author;
  pptx.company = 'recap-deck';
  const slides = await page.$$('div.marpit > svg');
  for (const [i, element] of slides.entries()) {
    const png = await element.screenshot({ type: 'png', encoding: 'base64' });
    const slide = pptx.addSlide();
    slide.addImage({ data: `data:image/png;base64,${png}`, x: 0, y: 0, w: 13.333, h: 7.5, altText: info.slides[i]?.altText ?? '' });
    const notes = info.slides[i]?.notes;
    if (notes) slide.addNotes(notes);
  }
  const data = await pptx.write({ outputType: 'nodebuffer', compression: true });
  return data as Uint8Array;
}
