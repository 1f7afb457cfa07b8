// Reads built outputs back for assertions: PDF text and fonts (pdfjs-dist, pdf-lib),
// PPTX slides and notes (jszip).
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFStream, PDFString } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function pdfPagesText(path: string): Promise<string[]> {
  const data = new Uint8Array(await readFile(path));
  const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i += 1) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join('')
        .normalize('NFC'),
    );
  }
  await doc.destroy();
  return pages;
}

/** Names of the fonts embedded in a PDF, subset prefixes removed. */
export async function pdfFonts(path: string): Promise<string[]> {
  const pdf = await PDFDocument.load(await readFile(path));
  const names = new Set<string>();
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    if (object.get(PDFName.of('Type'))?.toString() !== '/FontDescriptor') continue;
    const name = object.get(PDFName.of('FontName'))?.toString() ?? '';
    const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((key) => object.has(PDFName.of(key)));
    names.add(`${name.replace(/^\/([A-Z]{6}\+)?/, '')}${embedded ? '' : ' (not embedded)'}`);
  }
  return [...names].sort();
}

/** Per page, its note annotations: the text, the flags and whether it draws anything. */
export async function pdfNotes(
  path: string,
): Promise<{ contents: string; flags: number; drawn: boolean }[][]> {
  const pdf = await PDFDocument.load(await readFile(path));
  return pdf.getPages().map((page) => {
    const annots = page.node.Annots();
    const notes = [];
    for (let i = 0; i < (annots?.size() ?? 0); i += 1) {
      const annot = pdf.context.lookup(annots!.get(i), PDFDict);
      if (annot.get(PDFName.of('Subtype'))?.toString() !== '/Text') continue;
      const contents = annot.lookup(PDFName.of('Contents'));
      const appearance = annot.lookup(PDFName.of('AP'), PDFDict).lookup(PDFName.of('N'), PDFStream);
      notes.push({
        contents:
          contents instanceof PDFHexString || contents instanceof PDFString ? contents.decodeText() : '',
        flags: Number(annot.lookup(PDFName.of('F'), PDFNumber)?.asNumber() ?? 0),
        drawn: appearance.getContents().length > 0,
      });
    }
    return notes;
  });
}

export async function pptxSlides(path: string): Promise<{ count: number; notes: string[] }> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const slideFiles = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
  const notes: string[] = [];
  for (let i = 1; i <= slideFiles.length; i += 1) {
    const rels = await zip.file(`ppt/slides/_rels/slide${i}.xml.rels`)?.async('string');
    const target = rels && /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
    const xml = target ? await zip.file(`ppt/notesSlides/${target}`)!.async('string') : '';
    // Runs of one paragraph are one text; paragraphs are apart.
    notes.push(
      xml
        .split('</a:p>')
        .map((paragraph) =>
          [...paragraph.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decodeXml(m[1]!)).join(''),
        )
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
  }
  return { count: slideFiles.length, notes };
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
