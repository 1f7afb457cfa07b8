// Prints the slide page to PDF (one page per slide at the theme's size, fonts embedded by Chrome)
// and finishes it with pdf-lib: document metadata, bookmarks from the slide titles, and
// each slide's speaker notes as a note annotation, as marp-cli's --pdf-notes does.
import { PDFDocument, PDFHexString, PDFName, PDFNumber, type PDFRef } from 'pdf-lib';
import type { Page } from 'puppeteer-core';

export interface PdfInfo {
  title: string;
  author?: string;
  subject?: string;
  lang: string;
  /** Per page: the bookmark title and the notes as plain text. */
  pages: { title: string; notes: string }[];
}

export async function printPdf(page: Page, info: PdfInfo): Promise<Uint8Array> {
  const printed = await page.pdf({
    printBackground: true,
    preferCSSPageSize: true,
    tagged: true,
    outline: false,
  });
  const pdf = await PDFDocument.load(printed);
  setMetadata(pdf, info);
  const pages = pdf.getPages();
  const blank = pdf.context.register(
    pdf.context.stream('', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 1, 1] }),
  );
  pages.forEach((pdfPage, i) => {
    const notes = info.pages[i]?.notes;
    if (!notes) return;
    const { width, height } = pdfPage.getSize();
    const annotation = pdf.context.obj({
      Type: 'Annot',
      Subtype: 'Text',
      Rect: [width - 1, height - 1, width, height],
      Contents: PDFHexString.fromText(notes),
      Name: 'Note',
      // Listed with the comments, never drawn or printed over the slide: an empty appearance
      // (a viewer would otherwise paint its note icon in the corner) and no Print flag.
      AP: { N: blank },
      F: 0,
    });
    pdfPage.node.addAnnot(pdf.context.register(annotation));
  });
  addOutline(
    pdf,
    info.pages.map((p) => p.title),
  );
  return pdf.save({ useObjectStreams: true });
}

/** Title, author, subject and language, shown by PDF readers and used by screen readers. */
export function setMetadata(
  pdf: PDFDocument,
  info: Pick<PdfInfo, 'title' | 'author' | 'subject' | 'lang'>,
): void {
  pdf.setTitle(info.title, { showInWindowTitleBar: true });
  if (info.author) pdf.setAuthor(info.author);
  if (info.subject) pdf.setSubject(info.subject);
  pdf.setLanguage(info.lang);
  pdf.setCreator('recap-deck');
  pdf.setProducer('recap-deck (Chromium, pdf-lib)');
}

/** A flat outline: one bookmark per slide title, repeated titles (continuations) once. */
function addOutline(pdf: PDFDocument, titles: string[]): void {
  const pages = pdf.getPages();
  const entries = titles
    .map((title, i) => ({ title, page: pages[i] }))
    .filter((e, i) => e.page && e.title && e.title !== titles[i - 1]);
  if (entries.length === 0) return;
  const outlineRef = pdf.context.nextRef();
  const refs: PDFRef[] = entries.map(() => pdf.context.nextRef());
  entries.forEach((entry, i) => {
    const item = pdf.context.obj({
      Title: PDFHexString.fromText(entry.title),
      Parent: outlineRef,
      Dest: [entry.page!.ref, PDFName.of('Fit')],
    });
    if (i > 0) item.set(PDFName.of('Prev'), refs[i - 1]!);
    if (i < refs.length - 1) item.set(PDFName.of('Next'), refs[i + 1]!);
    pdf.context.assign(refs[i]!, item);
  });
  const outline = pdf.context.obj({
    Type: 'Outlines',
    First: refs[0]!,
    Last: refs[refs.length - 1]!,
    Count: PDFNumber.of(refs.length),
  });
  pdf.context.assign(outlineRef, outline);
  pdf.catalog.set(PDFName.of('Outlines'), outlineRef);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
