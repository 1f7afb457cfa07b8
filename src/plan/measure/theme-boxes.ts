// What the theme draws in boxes of its own rules (section.steps, .flow, figure.picture,
// section.quote): their sizes, read from the theme, and the heights of a flow, a picture and a pull-quote.
import type { Paragraph, RootContent } from 'mdast';
import type { Layout } from '../../model/deck.js';
import type { Figure } from '../../model/nodes.js';
import { type Font, layoutSizes, type Metrics } from './metrics.js';
import type { Run, TextMeasure } from './text-measure.js';
import { runsOf } from './text-runs.js';

/** The height planned for a picture: its real size is known only to the browser. */
const PICTURE_PX = 300;
/** A gallery's pictures share rows (themes/aws.css section.gallery, four to six a slide at their
 * smallest): each counts for this share of the room, its caption and the gaps included. */
const GALLERY_PICTURES = 4.2;
const STEP_SIZES = [
  'step-min',
  'step-gap',
  'step-pad-y',
  'step-pad-right',
  'step-marker',
  'step-marker-gap',
] as const;
const FLOW_SIZES = [
  'flow-size',
  'flow-line',
  'flow-pad-y',
  'flow-pad-x',
  'flow-arrow',
  'flow-row-gap',
] as const;
const FIGURE_SIZES = ['figure-gap', 'caption-size', 'caption-line', 'caption-gap'] as const;
const QUOTE_SIZES = ['quote-pad-y', 'quote-pad-x', 'quote-rule'] as const;

/** How tall runs of text stand at a font, wrapped in a box `width` wide. */
export type TextHeight = (runs: Run[], font: Font, width: number) => number;

export interface ThemeBoxes {
  /** A step's box and marker (section.steps). */
  step: Record<(typeof STEP_SIZES)[number], number>;
  figureHeight(node: Figure, layout: Layout): number;
  flowHeight(steps: string[], width: number): number;
  pullQuoteHeight(children: RootContent[], font: Font, width: number): number;
}

export function themeBoxes(metrics: Metrics, measure: TextMeasure, height: TextHeight): ThemeBoxes {
  const { gap, body } = metrics;
  // Layout sizes from their own rules in the theme (section.steps, .flow, figure.picture).
  const step = layoutSizes(metrics, ['section.steps'], STEP_SIZES);
  const flow = layoutSizes(metrics, ['.flow'], FLOW_SIZES);
  const figure = layoutSizes(metrics, ['figure.picture'], FIGURE_SIZES);
  const quote = layoutSizes(metrics, ['section.quote'], QUOTE_SIZES);
  const captionPx = figure['caption-size'] * figure['caption-line'] + figure['caption-gap'];

  function figureHeight(node: Figure, layout: Layout): number {
    if (layout === 'gallery') return body.height / GALLERY_PICTURES;
    return PICTURE_PX + (node.caption ? captionPx : 0) + figure['figure-gap'];
  }

  /** A pull-quote's paragraphs in its padding (themes/aws.css section.quote). */
  function pullQuoteHeight(children: RootContent[], font: Font, width: number): number {
    const inner = width - 2 * quote['quote-pad-x'] - quote['quote-rule'];
    const paragraphs = children.filter((c): c is Paragraph => c.type === 'paragraph');
    const text = paragraphs.reduce(
      (sum, p) => sum + height(runsOf(p.children), font, inner) + gap.paragraph,
      0,
    );
    return Math.max(0, text - gap.paragraph) + 2 * quote['quote-pad-y'];
  }

  /** A row of step boxes, wrapping to a second row when the steps need more than the width. */
  function flowHeight(steps: string[], width: number): number {
    const { 'flow-size': size, 'flow-line': line, 'flow-arrow': arrow } = flow;
    const { 'flow-pad-x': pad, 'flow-pad-y': box, 'flow-row-gap': rowGap } = flow;
    const natural = steps.reduce((sum, s) => sum + measure.width(s, 'semibold', size) + 2 * pad + arrow, 0);
    const rows = natural > width ? 2 : 1;
    // Boxes share the row evenly: the longest step wraps inside its box.
    const boxWidth = (width * rows) / steps.length - arrow - 2 * pad;
    const lines = Math.max(
      ...steps.map((s) => measure.lines([{ text: s, face: 'semibold' }], size, boxWidth)),
    );
    return rows * (lines * size * line + 2 * box) + (rows - 1) * rowGap;
  }

  return { step, figureHeight, flowHeight, pullQuoteHeight };
}
