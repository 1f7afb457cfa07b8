// The pieces a section's blocks are cut into for paging, and how they are cut: shared by the
// block cutters (units, code, sentences, tables) and the pager (split.ts).
import type { Code, List, Paragraph, RootContent, Table } from 'mdast';
import type { Labels } from '../../i18n/labels.js';
import type { Estimator } from '../measure/estimate.js';
import type { Trail } from './list-units.js';

export interface Unit {
  display: RootContent;
  original: RootContent;
  height: number;
  /** Units cut from one block share it, so a page can merge them back. */
  group?: List | Table | Code | Paragraph;
  /** A sub-heading must not end a page. */
  keepWithNext?: boolean;
  /** For a piece of a list: the parent items it sits under. */
  trail?: Trail[];
  /** What a page that starts with this unit repeats above it (a table's header row). */
  repeatPx?: number;
  /** A piece of a short list or table, which is split only when it cannot fit whole. */
  keepTogether?: boolean;
  /** Starts a page (the next columns of a table split by columns). */
  breakBefore?: boolean;
  /** Words for the notes besides the original (a shortened cell's full text). */
  notes?: RootContent[];
  /** Only for the notes (a missing picture, a note to the author): the slide shows nothing of it. */
  hidden?: boolean;
  /** Opens a part of the section under the author's own bold label: a page may start there. */
  opensPart?: boolean;
}

export interface UnitOptions {
  est: Estimator;
  labels: Labels;
  /** The height of a page: what is taller is split (code by lines, a paragraph by sentences). */
  space: number;
  /** Set in the larger type of a sparse slide. */
  roomy: boolean;
  /** Lines set closer, to keep a section on one slide rather than two. */
  compact?: boolean;
  /** The tallest a list item may be before it is split between its sub-items. */
  itemLimit: number;
  /** Scales the condensing thresholds: 1 condenses long text, 2 only very long text. */
  condense: number;
  /** Long paragraphs become at most this many points (their key sentences); the notes keep
   * them whole. 0 or absent: paragraphs stay paragraphs. */
  points?: number;
  /** Lists show their top level only; sub-items go to the notes. */
  outline?: boolean;
  /** The sentence that opens the section by announcing its list goes to the notes. */
  dropOpening?: boolean;
  /** The remark that closes the section after its list goes to the notes. */
  dropClosing?: boolean;
}
