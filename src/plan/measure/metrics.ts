// The theme's geometry as numbers, read from the theme itself (the custom properties in
// its :root rule, the slide size from its `section` rule), so the planner's estimates
// follow whatever a designer sets in themes/aws.css. Planner policies live at the end.
import postcss from 'postcss';
import { RecapError } from '../../errors.js';

export interface Font {
  /** Font size, px. */
  size: number;
  /** Line height as a multiple of the size. */
  line: number;
  /** Letter spacing the theme adds, in em (headings are set a little tighter). */
  tracking?: number;
}

export interface Metrics {
  slide: { width: number; height: number };
  /** Room for the body of a content slide under a one-line title. */
  body: { width: number; height: number };
  title: Font & { rule: number; gap: number };
  /** The counter after a title that runs over several slides ("1/2"), and its gap. */
  counter: Font & { gap: number };
  text: {
    body: Font;
    roomy: Font;
    compact: Font;
    proseCompact: Font;
    prose: Font;
    statement: Font;
    subhead: Font;
    table: Font;
    tableRoomy: Font;
    /** Rows set closer (section.compact), at the usual size. */
    tableCompact: Font;
    code: Font;
    card: Font;
    cardTitle: Font;
    cardRoomy: Font;
    cardTitleRoomy: Font;
    lede: Font;
  };
  cell: { padY: number; padX: number };
  cellCompact: { padY: number; padX: number };
  codeBox: { padY: number; padX: number; rule: number; top: number };
  /** A sub-heading's space above and below it. */
  subheadGap: { top: number; bottom: number };
  /** The boxes of a quote and a callout in the body: padding, left rule, space above. */
  quoteBox: { padY: number; padX: number; rule: number; top: number };
  calloutBox: { padY: number; padX: number; rule: number; top: number };
  gap: {
    item: number;
    nested: number;
    roomy: number;
    paragraph: number;
    block: number;
    indent: number;
    column: number;
  };
  /** Numeric custom properties a layout rule sets, by its selector (e.g. `section.speakers`). */
  rules: ReadonlyMap<string, Readonly<Record<string, number>>>;
}

/** A layout's sizes from its rules, later selectors overriding earlier ones; missing is an error. */
export function layoutSizes<K extends string>(
  metrics: Metrics,
  selectors: string[],
  names: readonly K[],
): Record<K, number> {
  const merged: Record<string, number> = {};
  for (const selector of selectors) Object.assign(merged, metrics.rules.get(selector) ?? {});
  const sizes = {} as Record<K, number>;
  for (const name of names) {
    const value = merged[name];
    if (value === undefined)
      throw new RecapError(`the theme gives no --${name} for ${selectors[selectors.length - 1]}`);
    sizes[name] = value;
  }
  return sizes;
}

const NAMES = [
  'pad-top',
  'pad-right',
  'pad-bottom',
  'pad-left',
  'title-size',
  'title-line',
  'title-rule',
  'title-gap',
  'body-size',
  'body-line',
  'roomy-size',
  'roomy-line',
  'compact-size',
  'compact-line',
  'prose-compact-size',
  'prose-size',
  'prose-line',
  'statement-size',
  'statement-line',
  'subhead-size',
  'subhead-line',
  'table-size',
  'table-line',
  'table-roomy-size',
  'table-roomy-line',
  'cell-pad-y',
  'cell-pad-x',
  'table-compact-line',
  'cell-compact-pad-y',
  'code-size',
  'code-line',
  'code-pad-y',
  'code-pad-x',
  'code-gap-top',
  'item-gap',
  'nested-item-gap',
  'roomy-item-gap',
  'paragraph-gap',
  'block-gap',
  'list-indent',
  'column-gap',
  'subhead-gap-top',
  'subhead-gap-bottom',
  'quote-pad-y',
  'quote-pad-x',
  'quote-gap-top',
  'callout-pad-y',
  'callout-pad-x',
  'callout-gap-top',
  'box-rule',
  'lede-size',
  'lede-line',
  'card-size',
  'card-line',
  'card-title-size',
  'card-title-line',
  'card-roomy-size',
  'card-roomy-title-size',
  'part-size',
  'part-gap',
] as const;

type Name = (typeof NAMES)[number];

/** Reads the metrics from theme CSS; a missing or unreadable size is a clear error. */
export function readMetrics(css: string): Metrics {
  const found = new Map<string, string>();
  let width: string | undefined;
  let height: string | undefined;
  const rules = new Map<string, Record<string, number>>();
  postcss.parse(css).walkRules((rule) => {
    const selectors = rule.selectors.map((s) => s.trim());
    rule.walkDecls(/^--/, (decl) => {
      const number = Number(decl.value.trim().replace(/px$/, ''));
      if (!Number.isFinite(number)) return;
      for (const selector of selectors)
        rules.set(selector, { ...rules.get(selector), [decl.prop.slice(2)]: number });
    });
    if (selectors.includes(':root'))
      rule.walkDecls(/^--/, (decl) => {
        found.set(decl.prop.slice(2), decl.value.trim());
      });
    if (selectors.includes('section'))
      rule.walkDecls(/^(width|height)$/, (decl) => {
        if (decl.prop === 'width') width = decl.value;
        else height = decl.value;
      });
  });
  const get = (
    name: Name | 'heading-tracking' | 'slide width' | 'slide height',
    value: string | undefined,
  ): number => {
    const number = value === undefined ? Number.NaN : Number(value.replace(/px$/, ''));
    if (!Number.isFinite(number))
      throw new RecapError(
        `the theme does not give --${name} as a number or px value (found ${JSON.stringify(value ?? null)})`,
      );
    return number;
  };
  const v = (name: Name) => get(name, found.get(name));
  const slide = { width: get('slide width', width), height: get('slide height', height) };
  // (Headings' letter spacing, in em.)
  const tracking = get('heading-tracking', found.get('heading-tracking')?.replace(/em$/, ''));
  const title = {
    size: v('title-size'),
    line: v('title-line'),
    rule: v('title-rule'),
    gap: v('title-gap'),
    tracking,
  };
  return {
    slide,
    body: {
      width: slide.width - v('pad-left') - v('pad-right'),
      height:
        slide.height - v('pad-top') - v('pad-bottom') - title.rule - title.size * title.line - title.gap,
    },
    title,
    /** The counter after a title that runs over several slides ("1/2"), and its gap. */
    counter: { size: v('part-size'), line: 1, gap: v('part-gap') },
    text: {
      body: { size: v('body-size'), line: v('body-line') },
      roomy: { size: v('roomy-size'), line: v('roomy-line') },
      compact: { size: v('compact-size'), line: v('compact-line') },
      proseCompact: { size: v('prose-compact-size'), line: v('prose-line') },
      prose: { size: v('prose-size'), line: v('prose-line') },
      statement: { size: v('statement-size'), line: v('statement-line') },
      subhead: { size: v('subhead-size'), line: v('subhead-line'), tracking },
      table: { size: v('table-size'), line: v('table-line') },
      tableRoomy: { size: v('table-roomy-size'), line: v('table-roomy-line') },
      tableCompact: { size: v('table-size'), line: v('table-compact-line') },
      code: { size: v('code-size'), line: v('code-line') },
      card: { size: v('card-size'), line: v('card-line') },
      lede: { size: v('lede-size'), line: v('lede-line') },
      cardTitle: { size: v('card-title-size'), line: v('card-title-line') },
      cardRoomy: { size: v('card-roomy-size'), line: v('card-line') },
      cardTitleRoomy: { size: v('card-roomy-title-size'), line: v('card-title-line') },
    },
    cell: { padY: v('cell-pad-y'), padX: v('cell-pad-x') },
    cellCompact: { padY: v('cell-compact-pad-y'), padX: v('cell-pad-x') },
    codeBox: { padY: v('code-pad-y'), padX: v('code-pad-x'), rule: v('box-rule'), top: v('code-gap-top') },
    subheadGap: { top: v('subhead-gap-top'), bottom: v('subhead-gap-bottom') },
    quoteBox: {
      padY: v('quote-pad-y'),
      padX: v('quote-pad-x'),
      rule: v('box-rule'),
      top: v('quote-gap-top'),
    },
    calloutBox: {
      padY: v('callout-pad-y'),
      padX: v('callout-pad-x'),
      rule: v('box-rule'),
      top: v('callout-gap-top'),
    },
    rules,
    gap: {
      item: v('item-gap'),
      nested: v('nested-item-gap'),
      roomy: v('roomy-item-gap'),
      paragraph: v('paragraph-gap'),
      block: v('block-gap'),
      indent: v('list-indent'),
      column: v('column-gap'),
    },
  };
}

/** Longest text shown on a slide for one bullet or paragraph before it is condensed. */
export const CONDENSE = { bullet: 230, nested: 170, paragraph: 320 };

/** Condensing that would hide fewer characters than this is not worth losing them. */
export const MIN_SAVING = 40;
