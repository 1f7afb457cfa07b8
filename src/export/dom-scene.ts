// What the editable PPTX is made of, as read from the slide page Chromium laid out: per
// slide, its background and the boxes it paints, in paint order. Lengths are CSS pixels
// from the slide's top-left corner (1280x720); colours are RRGGBB with an opacity.

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Colour {
  hex: string;
  /** 0 (clear) to 1 (opaque). */
  alpha: number;
}

export interface GradientStop {
  /** 0 to 1 along the gradient. */
  at: number;
  colour: Colour;
}

export type Fill =
  | { kind: 'solid'; colour: Colour }
  | { kind: 'linear'; angle: number; stops: GradientStop[] }
  | { kind: 'radial'; centre: { x: number; y: number }; stops: GradientStop[] };

export interface ShapeStyle {
  fill?: Fill;
  line?: { colour: Colour; widthPx: number; dashed: boolean };
  /** Corner radius in pixels (0: square corners). */
  radiusPx: number;
  ellipse: boolean;
}

export interface Run {
  text: string;
  /** First family of the CSS font stack, e.g. "Be Vietnam Pro". */
  font: string;
  weight: number;
  italic: boolean;
  sizePx: number;
  colour: Colour;
  underline: boolean;
  /** Letter spacing in pixels. */
  spacingPx: number;
  link?: string;
  /** The box behind the words, as inline code has (PowerPoint's text highlight). */
  highlight?: Colour;
  /** A line break before this run (a <br> or a new line in preformatted text). */
  breakBefore?: boolean;
  /** Set by the PPTX writer, not the page: the run is a field (the slide's number) showing
   * this text until the client fills it in. */
  field?: 'slidenum';
}

export type Bullet =
  | { kind: 'char'; char: string; colour: Colour; sizePct: number }
  | { kind: 'number'; startAt: number; colour: Colour; bold: boolean };

export interface Paragraph {
  runs: Run[];
  align: 'l' | 'ctr' | 'r' | 'just';
  lineHeightPx: number;
  /** Space between this paragraph's first line and the paragraph above it. */
  spaceBeforePx: number;
  /** Where the text starts, from the text box's left edge. */
  marginPx: number;
  /** Where the bullet starts, relative to the text (negative: to its left). */
  indentPx: number;
  level: number;
  bullet?: Bullet;
}

export type Role = 'title' | 'footer' | 'number' | 'body';

export interface TextItem {
  kind: 'text';
  box: Box;
  role: Role;
  paragraphs: Paragraph[];
  /** Room between the box's edges and its text: left, top, right, bottom. */
  insets: [number, number, number, number];
  anchor: 't' | 'ctr' | 'b';
  wrap: boolean;
  /** Set when the text sits in a shape (a card, a badge, a callout). */
  shape?: ShapeStyle;
}

export interface ShapeItem {
  kind: 'shape';
  box: Box;
  style: ShapeStyle;
}

export interface PictureItem {
  kind: 'picture';
  box: Box;
  /** A data URI. */
  src: string;
  alt: string;
  radiusPx: number;
  /** An emoji (a Twemoji picture, as the page draws every emoji): its alt text is the character. */
  emoji?: boolean;
}

export interface TableCell {
  paragraphs: Paragraph[];
  fill?: Colour;
  insets: [number, number, number, number];
  anchor: 't' | 'ctr' | 'b';
  borders: ({ colour: Colour; widthPx: number } | undefined)[];
  colspan: number;
  rowspan: number;
}

export interface TableItem {
  kind: 'table';
  box: Box;
  columnsPx: number[];
  rows: { heightPx: number; cells: TableCell[] }[];
  /** The first row heads the columns (it is the table's <thead>, or all <th>). */
  header: boolean;
}

export type SceneItem = TextItem | ShapeItem | PictureItem | TableItem;

export interface SceneSlide {
  background: Colour;
  items: SceneItem[];
}
