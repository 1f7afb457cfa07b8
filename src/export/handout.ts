// Prints the handout to an A4 PDF: opens every card once at the printed width, measures it,
// pages it by those heights, then prints with the deck title and date in the page header and
// page numbers in the footer, set in the deck's own embedded font.
import type { Browser } from 'puppeteer-core';
import { PDFDocument } from 'pdf-lib';
import { escapeHtml } from '../render/escape.js';
import { layoutHandout } from '../render/handout-layout.js';
import { type HandoutInput, handoutHtml } from '../render/handout-page.js';
import { HANDOUT_PAGE } from '../render/handout-style.js';
import { applyLayout } from './handout-apply.js';
import { measureHandout } from './handout-measure.js';
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

export async function printHandout(
  browser: Browser,
  input: HandoutInput,
  info: HandoutPrint,
): Promise<Uint8Array> {
  const tab = await openSlides(browser, handoutHtml(input), input.size);
  try {
    const { cards, geometry } = await measureHandout(tab.page);
    await applyLayout(tab.page, layoutHandout(cards, geometry));
    const { top, bottom, side } = HANDOUT_PAGE;
    const style =
      `<style>${info.fontFaces} ` +
      ".t{font-family:'Be Vietnam Pro',sans-serif;font-size:8pt;color:#7d8998;" +
      `width:100%;padding:0 ${side}mm;display:flex;justify-content:space-between}` +
      '</style>';
    const printed = await tab.page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate:
        `${style}<div class="t">` +
        `<span>${escapeHtml(info.title)}</span>` +
        `<span>${escapeHtml(info.date ?? '')}</span>` +
        '</div>',
      footerTemplate:
        `${style}<div class="t">` +
        '<span></span>' +
        `<span>${escapeHtml(info.pageLabel)} ` +
        '<span class="pageNumber"></span> / <span class="totalPages"></span>' +
        '</span>' +
        '</div>',
      margin: { top: `${top}mm`, bottom: `${bottom}mm`, left: `${side}mm`, right: `${side}mm` },
      tagged: true,
    });
    const pdf = await PDFDocument.load(printed);
    setMetadata(pdf, info);
    return await pdf.save({ useObjectStreams: true });
  } finally {
    await tab.close();
  }
}
