// Renders Marp Markdown with our engine into a bare HTML page of stacked 1280x720 slides:
// the page the browser measures, prints to PDF and photographs for PPTX. Marp's own print
// styles put one slide on each PDF page.
import { createEngine } from './engine.js';

export interface SlidePage {
  html: string;
  /** Presenter notes Marp collected, per slide. */
  comments: string[][];
  slideCount: number;
}

export type Renderer = (markdown: string, themeCss: string, lang: string) => SlidePage;

/** One engine class per renderer; its emoji cache lives as long as the renderer. */
export function createRenderer(): Renderer {
  const Engine = createEngine();
  return (markdown, themeCss, lang) => {
    const marp = new Engine();
    marp.themeSet.add(themeCss);
    const { html, css, comments } = marp.render(markdown);
    const page = `<!DOCTYPE html><html lang="${lang.replace(/[^\w-]/g, '')}"><head><meta charset="utf-8"><style>html,body{margin:0;padding:0;background:#fff}div.marpit>svg{display:block;width:1280px;height:720px}</style><style>${css}</style></head><body>${html}</body></html>`;
    return { html: page, comments, slideCount: comments.length };
  };
}
