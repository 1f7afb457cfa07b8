// Types shared by the export modules, in a leaf module so that the modules sharing them
// import no module that imports them back.
import type { RootContent } from 'mdast';
import type { SlideSize } from '../render/slide-page.js';
import type {
  Box,
  Bullet,
  Paragraph,
  PictureItem,
  Role,
  Run,
  SceneItem,
  SceneSlide,
  ShapeStyle,
  TextItem,
} from './dom-scene.js';
import type {
  boxDecoration,
  boxOf,
  cornerRadius,
  cssColour,
  cssGradient,
  hasOwnBox,
  isHidden,
  isInline,
  Origin,
  px,
} from './dom-style.js';

/** What a PPTX says besides its pictures: metadata, language, each slide's title and notes. */
export interface PptxInfo {
  title: string;
  author?: string;
  description?: string;
  /** The language runs are tagged with, e.g. vi-VN. */
  langTag: string;
  slides: { title: string; notes: RootContent[]; altText: string }[];
  /** The slide size, CSS px, as the theme sets it. */
  size: SlideSize;
}

/** A paragraph of a text group as the in-page reader first collects it (dom-flow.ts). */
export interface Draft {
  /** The element whose inline content the paragraph is. */
  block: Element;
  runs: Run[];
  nodes: Node[];
  level: number;
  bullet?: Bullet;
  /** Where the bullet starts (slide pixels). */
  bulletLeft?: number;
  /** The pictures set in its lines (emoji), each holding its place there with a spacer run. */
  pictures: PictureItem[];
}

/** A text item as read, with the pictures set in its lines: readSlidesInPage moves them
 * into the slide's items, right after the text, so they are drawn over the room it keeps. */
export type ReadText = TextItem & { pictures?: PictureItem[] };

/** How dom-text.ts sets a text group: in a shape, some paragraphs only, in part of its width. */
export interface TextOptions {
  /** The shape the text sits in, if any. */
  shape?: { box: Box; style: ShapeStyle } | undefined;
  /** Only some paragraphs, set in one part of the group (a column of a list). */
  keep?: (block: Element) => boolean;
  area?: { x: number; w: number };
}

type Pseudo = '::before' | '::after';

/** Every in-page helper of the scene reader (dom-read.ts sends them to the page by name),
 * as the helpers call one another: through this kit, so no helper module imports another. */
export interface Kit {
  px: typeof px;
  boxOf: typeof boxOf;
  isHidden: typeof isHidden;
  isInline: typeof isInline;
  cssColour: typeof cssColour;
  cssGradient: typeof cssGradient;
  cornerRadius: typeof cornerRadius;
  boxDecoration: typeof boxDecoration;
  hasOwnBox: typeof hasOwnBox;
  // dom-text-group.ts
  hasItemsInARow: (node: Element) => boolean;
  isTextGroup: (el: Element, k: Kit) => boolean;
  stacksAsText: (node: Element, k: Kit) => boolean;
  childStacks: (child: Element, cs: CSSStyleDeclaration, lastBottom: number, k: Kit) => boolean;
  // dom-flow.ts
  runOf: (el: Element, text: string, breakBefore: boolean, k: Kit) => Run;
  spacerRun: (img: Element, host: Element, breakBefore: boolean, k: Kit) => Run;
  bulletOf: (
    li: Element,
    ordered: boolean,
    number: number,
    origin: Origin,
    k: Kit,
  ) => { bullet: Bullet; left: number } | undefined;
  paragraphDrafts: (group: Element, origin: Origin, k: Kit) => Draft[];
  lineBoxes: (
    nodes: Node[],
    lineHeight: number,
    origin: Origin,
  ) => { top: number; bottom: number; left: number; right: number }[];
  // dom-text.ts
  contentBoxOf: (el: Element, origin: Origin, k: Kit) => Box;
  lineHeightOf: (cs: CSSStyleDeclaration, k: Kit) => number;
  alignOf: (cs: CSSStyleDeclaration) => Paragraph['align'];
  textItemOf: (
    group: Element,
    role: Role,
    options: TextOptions,
    origin: Origin,
    k: Kit,
  ) => ReadText | undefined;
  columnTextItems: (list: Element, origin: Origin, k: Kit) => TextItem[];
  // dom-pseudo.ts
  contentText: (content: string, el: Element) => string;
  counterText: (content: string, el: Element, index: number) => string;
  pseudoBox: (el: Element, which: Pseudo, origin: Origin, k: Kit) => Box | undefined;
  pseudoItems: (el: Element, which: Pseudo, index: number, origin: Origin, k: Kit) => SceneItem[];
  // dom-read.ts
  pictureItem: (img: HTMLImageElement, origin: Origin, k: Kit) => SceneItem[];
  tableItem: (table: HTMLTableElement, origin: Origin, k: Kit) => SceneItem[];
  readSlidesInPage: (k: Kit) => SceneSlide[];
  withInlinePictures: (items: SceneItem[]) => SceneItem[];
  // dom-visit.ts
  visitElement: (
    el: Element,
    title: Element | undefined,
    index: number,
    origin: Origin,
    k: Kit,
  ) => SceneItem[];
  roleOf: (el: Element, title: Element | undefined) => Role;
  groupItems: (
    el: Element,
    cs: CSSStyleDeclaration,
    role: Role,
    held: boolean,
    origin: Origin,
    k: Kit,
  ) => SceneItem[];
  childItems: (el: Element, title: Element | undefined, role: Role, origin: Origin, k: Kit) => SceneItem[];
}
