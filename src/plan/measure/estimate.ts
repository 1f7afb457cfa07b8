// Estimates, in pixels, how tall a block will render in the theme, so the planner can
// split before the browser measures: text is set with the theme's own fonts and sizes
// (text-measure.ts, metrics.ts) and boxes follow the theme's margins and paddings.
import type { Blockquote, ListItem, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { FaceKey } from '../../assets/font-metrics.js';
import type { Layout } from '../../model/deck.js';
import type { Callout } from '../../model/nodes.js';
import type { Font, Metrics } from './metrics.js';
import { type TableLayout, tableLayout } from './table-heights.js';
import type { Run, TextMeasure } from './text-measure.js';
import { runsOf } from './text-runs.js';
import { themeBoxes } from './theme-boxes.js';

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

/** How tall a line under a title (a lede) stands, wrapped at the body's width. */
export function ledeHeight(text: string, est: Estimator): number {
  const { text: fonts, body } = est.metrics;
  return est.textLines(text, fonts.lede, body.width) * fonts.lede.size * fonts.lede.line;
}

export function createEstimator(metrics: Metrics, measure: TextMeasure): Estimator {
  const { text: type, gap, body } = metrics;
  const lines = (runs: Run[], font: Font, width: number) =>
    measure.lines(runs, font.size, width, font.tracking);
  const height = (runs: Run[], font: Font, width: number) => lines(runs, font, width) * font.size * font.line;
  const { step, figureHeight, flowHeight, pullQuoteHeight } = themeBoxes(metrics, measure, height);

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
    const font = blockFont(type, layout, options);
    switch (node.type) {
      case 'paragraph':
        return height(runsOf(node.children), font, width) + (layout === 'prose' ? gap.block : gap.paragraph);
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
        const indented = options.width ?? layoutWidth(layout) - (options.depth ?? 0) * (gap.indent + 4);
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
        return boxHeight(node, layout, options, width);
      case 'flow':
        return (
          flowHeight(
            node.children.map((step) => toString(step)),
            width,
          ) + gap.paragraph
        );
      case 'figure':
        return figureHeight(node, layout);
      default:
        return 0;
    }
  }

  /** A quote or callout in its box: the box's padding and left rule, and the space the theme
   * keeps above it. */
  function boxHeight(
    node: Blockquote | Callout,
    layout: Layout,
    options: BlockOptions,
    width: number,
  ): number {
    const box = node.type === 'callout' ? metrics.calloutBox : metrics.quoteBox;
    const inner = width - 2 * box.padX - box.rule;
    return inside(node.children, layout, options, inner) + 2 * box.padY + box.top + gap.block;
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
    for (const child of item.children) total += partHeight(child, layout, options, width, textWidth);
    if (steps) return Math.max(step['step-min'], total) + 2 * step['step-pad-y'] + step['step-gap'];
    return total + itemGap(gap, depth, options);
  }

  /** One block of a list item: a nested list indented under it, its text beside its marker. */
  function partHeight(
    child: ListItem['children'][number],
    layout: Layout,
    options: BlockOptions,
    width: number,
    textWidth: number,
  ): number {
    const depth = (options.depth ?? 0) + 1;
    if (child.type === 'list') return blockHeight(child, layout, { ...options, width, depth });
    if (child.type === 'paragraph') return height(runsOf(child.children), itemFont(type, options), textWidth);
    return blockHeight(child, layout, { ...options, width: textWidth, depth });
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

/** A block's type: larger on a sparse slide, its lines closer where that keeps it on one. */
function blockFont(type: Metrics['text'], layout: Layout, options: BlockOptions): Font {
  // A pull-quote is set like prose (section.quote): its text a size up, a statement's when short.
  if (layout !== 'prose' && layout !== 'quote') return itemFont(type, options);
  if (options.compact) return type.proseCompact;
  return options.roomy ? type.statement : type.prose;
}

function itemFont(type: Metrics['text'], options: BlockOptions): Font {
  if (options.roomy) return type.roomy;
  return options.compact ? type.compact : type.body;
}

/** The space under a list item: a nested one's, else a sparse slide's or the usual. */
function itemGap(gap: Metrics['gap'], depth: number, options: BlockOptions): number {
  if (depth > 0) return gap.nested;
  return options.roomy ? gap.roomy : gap.item;
}
