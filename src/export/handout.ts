// Prints the handout page to an A4 PDF with the deck title in the page header and page
// numbers in the footer, set in the deck's own embedded font.
import type { Browser } from 'puppeteer-core';
import { escapeHtml } from '../render/escape.js';
import { PDFDocument } from 'pdf-lib';
import { openSlides } from './page.js';
import { setMetadata } from './pdf.js';

export interface HandoutPrint {
  title: string;
  /** The event's date as the deck writes it, in the page header. */
  date?: string;
  author?: string;
  lang: string;
  /** "Trang" / "Page" */
  pageLabel: string;
  /** @font-face rules to set the header and footer in (they do not see the page's fonts). */
  fontFaces: string;
}

export async function printHandout(browser: Browser, html: string, info: HandoutPrint): Promise<Uint8Array> {
  const tab = await openSlides(browser, html);
  try {
    const style = `<style>${info.fontFaces} .t{font-family:'Be Vietnam Pro',sans-serif;font-size:8.5pt;color:#7d8998;width:100%;padding:0 16mm;display:flex;justify-content:space-between}</style>`;
    const printed = await tab.page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: `${style}<div class="t"><span>${escapeHtml(info.title)}</span><span>${escapeHtml(info.date ?? '')}</span></div>`,
      footerTemplate: `${style}<div class="t"><span></span><span>${escapeHtml(info.pageLabel)} <span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
      margin: { top: '20mm', bottom: '18mm', left: '16mm', right: '16mm' },
      tagged: true,
    });
    const pdf = await PDFDocument.load(printed);
    setMetadata(pdf, info);
    return await pdf.save({ useObjectStreams: true });
  } finally {
    await tab.close();
  }
}
