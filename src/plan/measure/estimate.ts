// Estimates, in pixels, how tall a block will render in the theme, so the planner can
// split before the browser measures: text is set with the theme's own fonts and sizes
// (text-measure.ts, metrics.ts) and boxes follow the theme's margins and paddings.
import type { ListItem, Paragraph, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { FaceKey } from '../../assets/font-metrics.js';
import type { Layout } from '../../model/deck.js';
import { type Font, layoutSizes, type Metrics } from './metrics.js';
import { type TableLayout, tableLayout } from './table-heights.js';
import type { Run, TextMeasure } from './text-measure.js';
import { runsOf } from './text-runs.js';

export interface Estimator {
  metrics: Metrics;
  /** Lines plain text takes at a font, in a box `widthPx` wide. */
  textLines(text: string, font: Font, widthPx: number, face?: FaceKey): number;
  /** Width of one line of plain text. */
  textWidth(text: string, font: Font, face?: FaceKey): number;
  /** Height of a block on a slide of `layout`; `roomy` sets the larger type of sparse slides. */
  blockHeight(node: RootContent, layout: Layout, options?: BlockOptions): number;
  layoutWidth(layout: Layout): number;
  /** A list's own margin beyond its items' (added once per list on a page). */
  listMargin(options?: BlockOptions): number;
  /** A table's column widths and its rows' heights (the header first) at those widths. */
  tableLayout(table: Table, width: number, options?: BlockOptions): TableLayout;
}

export interface BlockOptions {
  width?: number;
  depth?: number;
  roomy?: boolean;
  /** Lines set closer, to keep a section on one slide rather than two. */
  compact?: boolean;
}

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

/** How tall a line under a title (a lede) stands, wrapped at the body's width. */
export function ledeHeight(text: string, est: Estimator): number {
  const { text: fonts, body } = est.metrics;
  return est.textLines(text, fonts.lede, body.width) * fonts.lede.size * fonts.lede.line;
}

export function createEstimator(metrics: Metrics, measure: TextMeasure): Estimator {
  const { text: type, gap, body } = metrics;
  // Layout sizes from their own rules in the theme (section.steps, .flow, figure.picture).
  const step = layoutSizes(metrics, ['section.steps'], STEP_SIZES);
  const flow = layoutSizes(metrics, ['.flow'], FLOW_SIZES);
  const figure = layoutSizes(metrics, ['figure.picture'], FIGURE_SIZES);
  const quote = layoutSizes(metrics, ['section.quote'], QUOTE_SIZES);
  const captionPx = figure['caption-size'] * figure['caption-line'] + figure['caption-gap'];
  const lines = (runs: Run[], font: Font, width: number) =>
    measure.lines(runs, font.size, width, font.tracking);
  const height = (runs: Run[], font: Font, width: number) => lines(runs, font, width) * font.size * font.line;

  const layoutWidth = (layout: Layout) =>
    layout === 'two-column' ? (body.width - gap.column) / 2 : body.width;

  /** A table at its type: larger on a sparse slide, its rows closer where that keeps it on one. */
  function tableOf(table: Table, width: number, options: BlockOptions = {}): TableLayout {
    if (options.roomy) return tableLayout(table, width, type.tableRoomy, metrics.cell, measure);
    if (options.compact) return tableLayout(table, width, type.tableCompact, metrics.cellCompact, measure);
    return tableLayout(table, width, type.table, metrics.cell, measure);
  }

  function blockHeight(node: RootContent, layout: Layout, options: BlockOptions = {}): number {
    const width = options.width ?? layoutWidth(layout);
    const depth = options.depth ?? 0;
    // A pull-quote is set like prose (section.quote): its text a size up, a statement's when short.
    const font =
      layout === 'prose' || layout === 'quote'
        ? options.compact
          ? type.proseCompact
          : options.roomy
            ? type.statement
            : type.prose
        : options.roomy
          ? type.roomy
          : options.compact
            ? type.compact
            : type.body;
    switch (node.type) {
      case 'paragraph':
        if (layout === 'prose') return height(runsOf(node.children), font, width) + gap.block;
        return height(runsOf(node.children), font, width) + gap.paragraph;
      case 'heading':
        return (
          height(runsOf(node.children, 'bold'), type.subhead, width) +
          metrics.subheadGap.top +
          metrics.subheadGap.bottom
        );
      case 'list': {
        const items = node.children.reduce(
          (sum, item) => sum + itemHeight(item, layout, { ...options, width }),
          0,
        );
        return items + listMargin(options);
      }
      case 'listItem': {
        // An item on its own sits as deep as its list: each level indents it further.
        const indented = options.width ?? layoutWidth(layout) - depth * (gap.indent + 4);
        return itemHeight(node, layout, { ...options, width: indented + gap.indent + 4 });
      }
      case 'table':
        return tableOf(node, width, options).heights.reduce((a, b) => a + b, 0) + gap.block;
      case 'code': {
        const box = metrics.codeBox;
        const inner = width - 2 * box.padX - box.rule;
        const count = lines([{ text: node.value, face: 'mono' }], type.code, inner);
        return count * type.code.size * type.code.line + 2 * box.padY + box.top + gap.block;
      }
      case 'blockquote':
      case 'callout':
        if (layout === 'quote' && (options.depth ?? 0) === 0)
          return pullQuoteHeight(node.children, font, width);
        {
          // The box's padding and left rule, and the space the theme keeps above it.
          const box = node.type === 'callout' ? metrics.calloutBox : metrics.quoteBox;
          const inner = width - 2 * box.padX - box.rule;
          return inside(node.children, layout, options, inner) + 2 * box.padY + box.top + gap.block;
        }
      case 'flow':
        return (
          flowHeight(
            node.children.map((step) => toString(step)),
            width,
          ) + gap.paragraph
        );
      case 'figure': {
        if (layout === 'gallery') return body.height / GALLERY_PICTURES;
        return PICTURE_PX + (node.caption ? captionPx : 0) + figure['figure-gap'];
      }
      default:
        return 0;
    }
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

  /**
   * What a list adds to its items: at the top its bottom margin (a slide's blocks are flex
   * items, so nothing collapses there); nested, its top margin, while its last item's
   * margin collapses into its parent item's.
   */
  function listMargin(options: BlockOptions): number {
    return (options.depth ?? 0) > 0 ? 0 : gap.paragraph;
  }

  function inside(children: RootContent[], layout: Layout, options: BlockOptions, width: number): number {
    // The last child's bottom margin is dropped inside a box (`> :last-child`).
    const total = children.reduce((sum, child) => sum + blockHeight(child, layout, { ...options, width }), 0);
    return Math.max(0, total - gap.paragraph);
  }

  function itemHeight(item: ListItem, layout: Layout, options: BlockOptions): number {
    const depth = options.depth ?? 0;
    const width = (options.width ?? layoutWidth(layout)) - gap.indent - 4;
    const steps = layout === 'steps' && depth === 0;
    const marker = step['step-marker'] + step['step-marker-gap'];
    const textWidth = steps ? width + gap.indent - marker - step['step-pad-right'] : width;
    let total = 0;
    for (const child of item.children) {
      if (child.type === 'list') total += blockHeight(child, layout, { ...options, width, depth: depth + 1 });
      else if (child.type === 'paragraph')
        total += height(
          runsOf(child.children),
          options.roomy ? type.roomy : options.compact ? type.compact : type.body,
          textWidth,
        );
      else total += blockHeight(child, layout, { ...options, width: textWidth, depth: depth + 1 });
    }
    if (steps) return Math.max(step['step-min'], total) + 2 * step['step-pad-y'] + step['step-gap'];
    return total + (depth > 0 ? gap.nested : options.roomy ? gap.roomy : gap.item);
  }

  return {
    metrics,
    textLines: (text, font, widthPx, face = 'regular') => lines([{ text, face }], font, widthPx),
    textWidth: (text, font, face = 'regular') => measure.width(text, face, font.size, font.tracking),
    blockHeight,
    layoutWidth,
    listMargin: (options = {}) => listMargin(options),
    tableLayout: tableOf,
  };
}
