// Builds the PPTX. By default it is native and editable (pptx-editable.ts, from the slide
// page as Chromium laid it out); `--pptx pictures` makes each slide a picture taken in the
// browser (as marp-cli does), with its text as the picture's alt text. Both carry the
// speaker notes, the deck's language and metadata (pptx-package.ts).
import type { SlideSize } from '../render/slide-page.js';
import { finishPackage } from './pptx-package.js';
import type { PptxInfo } from './types.js';

// pptxgenjs ships CommonJS-style types for an ES module: its class is the default export
// at run time, while the types see it one level down. Loaded only when a PPTX is made.
type PptxClass = typeof import('pptxgenjs').default;

/** The slide in inches, at CSS's 96 px per inch (1280x720 px is PowerPoint's 16:9). */
export function slideInches(size: SlideSize): { width: number; height: number } {
  return { width: size.width / 96, height: size.height / 96 };
}

/** BCP 47 tag of the deck's language as Office writes it. */
export function langTag(lang: string): string {
  const regions: Record<string, string> = { vi: 'vi-VN', en: 'en-US' };
  return regions[lang] ?? lang;
}

/** Loads pptxgenjs ahead of time (the module system keeps it), e.g. while Chrome starts. */
export function preloadPptx(): void {
  import('pptxgenjs').catch(() => undefined);
  import('jszip').catch(() => undefined);
}

export async function loadPptxGen(): Promise<PptxClass> {
  const pptxgen = (await import('pptxgenjs')).default as unknown as { default?: PptxClass } & PptxClass;
  return pptxgen.default ?? pptxgen;
}

export async function buildPicturePptx(pictures: string[], info: PptxInfo): Promise<Uint8Array> {
  const PptxGenJS = await loadPptxGen();
  const pptx = new PptxGenJS();
  const inches = slideInches(info.size);
  pptx.defineLayout({ name: 'RECAP_16x9', ...inches });
  pptx.layout = 'RECAP_16x9';
  pptx.title = info.title;
  pictures.forEach((picture, i) => {
    const slide = pptx.addSlide();
    slide.addImage({
      data: `data:image/jpeg;base64,${picture}`,
      x: 0,
      y: 0,
      ...{ w: inches.width, h: inches.height },
      altText: info.slides[i]?.altText ?? '',
    });
    slide.addNotes(' ');
  });
  // The pictures are JPEG already: deflating them again costs time and saves nothing.
  const written = (await pptx.write({ outputType: 'nodebuffer', compression: false })) as Uint8Array;
  return finishPackage(written, info, {});
}
