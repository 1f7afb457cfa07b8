// The Marp engine every output renders with: only the HTML tags our renderer writes, no
// math (a "$5" stays text), and emoji drawn from the bundled Twemoji SVGs, embedded, so
// a deck never asks the network for anything.
import { Marp, type MarpOptions } from '@marp-team/marp-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { isDeckPicture } from '../model/url-policy.js';

const EMOJI_BASE = 'recap-deck-emoji:';
const EMOJI_SRC = /src="recap-deck-emoji:svg\/([0-9a-f]+(?:-[0-9a-f]+)*)\.svg"/g;

const classOnly = { class: true };
const imageSource = (value: string) => (isDeckPicture(value) ? value : '');

/** Tags and attributes our renderer emits; anything else from anywhere is stripped by marp-core. */
export const HTML_ALLOWLIST: NonNullable<Exclude<MarpOptions['html'], boolean>> = {
  p: classOnly,
  span: classOnly,
  // The only style: a table's column widths (render/blocks.ts).
  div: {
    class: true,
    style: (value: string) => (/^(--col-\d+: \d+(\.\d+)?%; ?)+$/.test(value) ? value : ''),
  },
  figure: classOnly,
  figcaption: {},
  br: {},
  wbr: {},
  img: { src: imageSource, alt: true, class: true },
};

export function marpOptions(): MarpOptions {
  return {
    html: HTML_ALLOWLIST,
    math: false,
    emoji: { shortcode: 'twemoji', unicode: 'twemoji', twemoji: { base: EMOJI_BASE, ext: 'svg' } },
    minifyCSS: false,
  };
}

/** The deck's slides as our engine renders them under the theme: each slide's markup, the
 * theme's CSS as Marp scoped it, and the slide size the theme declares. The one place a deck
 * is rendered, for the browser's measuring page and for the HTML deck alike. */
export function renderSlides(
  markdown: string,
  themeCss: string,
  options: MarpOptions = {},
): { slides: string[]; css: string; size: { width: number; height: number } } {
  const marp = new RecapEngine(options);
  const theme = marp.themeSet.add(themeCss);
  const { html: slides, css } = marp.render(markdown, { htmlAsArray: true });
  const size = { width: Number.parseFloat(theme.width ?? ''), height: Number.parseFloat(theme.height ?? '') };
  return { slides, css, size };
}

/** A marp-core engine whose rendered HTML has every emoji embedded as a data URI. */
export function createEngine(): typeof Marp {
  const emoji = inlineEmoji;
  return class RecapMarp extends Marp {
    constructor(options: MarpOptions = {}) {
      super({ ...options, ...marpOptions() });
    }

    // Marpit renders every output (whole HTML or per-slide arrays) through this method.
    protected override renderMarkdown(markdown: string, env?: object): string {
      const html = super.renderMarkdown(markdown, env) as string | string[];
      return (Array.isArray(html) ? html.map(emoji) : emoji(html)) as string;
    }
  };
}

/** The engine class, made once: every render (the fit loop's, the preview's) reuses it. */
const RecapEngine = createEngine();

/** Swaps the engine's emoji placeholders for the bundled Twemoji SVGs, as data URIs. */
export function inlineEmoji(html: string): string {
  if (!html.includes(EMOJI_BASE)) return html;
  const dir = dirname(createRequire(import.meta.url).resolve('@twemoji/svg/package.json'));
  const seen = new Map<string, string>();
  const dataUri = (code: string): string => {
    let uri = seen.get(code);
    if (uri === undefined) {
      try {
        uri = `data:image/svg+xml;base64,${readFileSync(join(dir, `${code}.svg`)).toString('base64')}`;
      } catch {
        uri = '';
      }
      seen.set(code, uri);
    }
    return uri;
  };
  return html.replace(
    EMOJI_SRC,
    (_, code: string) => `src="${dataUri(code) || dataUri(code.replace(/-fe0f/g, ''))}"`,
  );
}
