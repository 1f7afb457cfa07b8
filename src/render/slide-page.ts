// Renders Marp Markdown with our engine into a bare HTML page of stacked slides, at the theme's size:
// the page the browser measures, prints to PDF and photographs for PPTX. Marp's own print
// styles put one slide on each PDF page. Slides are also kept one by one for the handout.
import { renderSlides } from './engine.js';

export interface SlideSize {
  width: number;
  height: number;
}

export interface SlidePage {
  html: string;
  /** The slide size, CSS px, as the theme's `section` rule sets it. */
  size: SlideSize;
  /** The theme CSS as Marp scoped it, and each slide's own markup (an <svg>). */
  css: string;
  slides: string[];
}

export type Renderer = (markdown: string, themeCss: string, lang: string) => SlidePage;

export function createRenderer(): Renderer {
  return (markdown, themeCss, lang) => {
    const { slides, css, size } = renderSlides(markdown, themeCss);
    const base =
      'html,body{margin:0;padding:0;background:#fff}' +
      `div.marpit>svg{display:block;width:${size.width}px;height:${size.height}px}`;
    const head = `<meta charset="utf-8"><style>${base}</style><style>${css}</style>`;
    const page =
      `<!DOCTYPE html><html lang="${lang.replace(/[^\w-]/g, '')}"><head>${head}</head>` +
      `<body><div class="marpit">${slides.join('')}</div></body></html>`;
    return { html: page, size, css, slides };
  };
}
