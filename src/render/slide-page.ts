// Renders Marp Markdown with our engine into a bare HTML page of stacked 1280x720 slides:
// the page the browser measures, prints to PDF and photographs for PPTX. Marp's own print
// styles put one slide on each PDF page. Slides are also kept one by one for the handout.
import { createEngine } from './engine.js';

export interface SlidePage {
  html: string;
  /** The theme CSS as Marp scoped it, and each slide's own markup (an <svg>). */
  css: string;
  slides: string[];
}

export type Renderer = (markdown: string, themeCss: string, lang: string) => SlidePage;

export function createRenderer(): Renderer {
  const Engine = createEngine();
  return (markdown, themeCss, lang) => {
    const marp = new Engine();
    marp.themeSet.add(themeCss);
    const { html: slides, css } = marp.render(markdown, { htmlAsArray: true });
    const page = `<!DOCTYPE html><html lang="${lang.replace(/[^\w-]/g, '')}"><head><meta charset="utf-8"><style>html,body{margin:0;padding:0;background:#fff}div.marpit>svg{display:block;width:1280px;height:720px}</style><style>${css}</style></head><body><div class="marpit">${slides.join('')}</div></body></html>`;
    return { html: page, css, slides };
  };
}
