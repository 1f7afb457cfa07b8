// The theme's geometry (themes/aws.css) as numbers, for estimating how much fits on a
// slide before the browser measures it. Change both together.

export const SLIDE = { width: 1280, height: 720 };

/** Space left for the body of a content slide under a one-line title. */
export const BODY = { width: 1136, height: 500 };

export const TITLE = { fontPx: 40, lineHeight: 1.2, gapPx: 46 };

export const TEXT = {
  /** Body text, top-level bullets and paragraphs. */
  body: { fontPx: 26, lineHeight: 1.45 },
  /** Nested bullets: the smallest body text (24 px) the product allows. */
  nested: { fontPx: 24, lineHeight: 1.4 },
  prose: { fontPx: 28, lineHeight: 1.5 },
  table: { fontPx: 21, lineHeight: 1.35 },
  code: { fontPx: 20, lineHeight: 1.45 },
};

/** Average glyph advance of Be Vietnam Pro, in em, for mixed Vietnamese/English text. */
export const CHAR_EM = 0.53;

export const GAP = { item: 10, paragraph: 16, indent: 38, block: 18 };

/** Longest text shown on a slide for one bullet or paragraph before it is condensed. */
export const CONDENSE = { bullet: 230, nested: 170, paragraph: 320 };

/** Condensing that would hide fewer characters than this is not worth losing them. */
export const MIN_SAVING = 40;
