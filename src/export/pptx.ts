// Builds the PPTX: each slide as a picture taken in the browser (as marp-cli does), with
// its speaker notes in PowerPoint's notes and its text as the picture's alt text.

// pptxgenjs ships CommonJS-style types for an ES module: its class is the default export
// at run time, while the types see it one level down. Loaded only when a PPTX is made.
type PptxClass = typeof import('pptxgenjs').default;

export interface PptxInfo {
  title: string;
  author?: string;
  lang: string;
  slides: { notes: string; altText: string }[];
}

/** Loads pptxgenjs ahead of time (the module system keeps it), e.g. while Chrome starts. */
export function preloadPptx(): void {
  import('pptxgenjs').catch(() => undefined);
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
    slide.addImage({
      data: `data:image/jpeg;base64,${picture}`,
      x: 0,
      y: 0,
      w: 13.333,
      h: 7.5,
      altText: info.slides[i]?.altText ?? '',
    });
    const notes = info.slides[i]?.notes;
    if (notes) slide.addNotes(notes);
  });
  // The pictures are JPEG already: deflating them again costs time and saves nothing.
  return (await pptx.write({ outputType: 'nodebuffer', compression: false })) as Uint8Array;
}
