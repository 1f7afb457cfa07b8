// The ways one section could be set, each paged and priced by the one cost (cost.ts): all
// its words; long text shortened; long paragraphs as points; lists at their top level only;
// each of them with closer lines; prose as points under a content layout. The cheapest wins.
import type { RootContent } from 'mdast';
import type { Labels } from '../../i18n/labels.js';
import type { Layout } from '../../model/deck.js';
import { cost, drawnCost, hiddenShare, WEIGHTS } from '../cost.js';
import { textLength } from '../../model/text.js';
import { type LabelledCards, labelledCards } from '../layouts/labelled-cards.js';
import { REFLECTION_DEPTHS, SUMMARY_DEPTHS } from '../layouts/summaries.js';
import type { Estimator } from '../measure/estimate.js';
import { type Page, splitUnits } from '../paginate/split.js';
import { toUnits, type Unit, type UnitOptions } from '../paginate/units.js';
import { shownPart } from '../notes-only.js';
import { pageMeasures } from './page-measures.js';

export interface Setting {
  layout: Layout;
  /** Scales the shortening thresholds: 2 shortens only very long text, 1 long text. */
  condense: number;
  /** Long paragraphs as this many points at most (their key sentences); 0 keeps them whole. */
  points: number;
  outline: boolean;
  compact: boolean;
  /** The opening sentence that announces the list goes to the notes (units.ts). */
  dropOpening?: boolean;
  /** The remark that closes it after the list goes to the notes (units.ts). */
  dropClosing?: boolean;
}

export interface Candidate {
  setting: Setting;
  pages: Page[];
  cost: number;
}

export interface CandidateInput {
  blocks: RootContent[];
  layout: Layout;
  /** Room for the body of one slide, px. */
  space: number;
  est: Estimator;
  labels: Labels;
  /** The content has a shape (labelled parts) that only another layout's cards draw. */
  drawnElsewhere?: boolean;
  /** The author's own reflections: labelled cards may sum them up furthest (summaries.ts). */
  reflective?: boolean;
}

/** Shortening thresholds when shortening would not save a slide: only very long text. */
export const LONG_ONLY = 2;

export function unitsFor(input: CandidateInput, setting: Setting, roomy = false): Unit[] {
  const options: UnitOptions = {
    est: input.est,
    labels: input.labels,
    space: input.space,
    roomy,
    itemLimit: input.space * 0.6,
    condense: setting.condense,
    points: setting.points,
    outline: setting.outline,
    ...(setting.compact ? { compact: true } : {}),
    ...(setting.dropOpening ? { dropOpening: true } : {}),
    ...(setting.dropClosing ? { dropClosing: true } : {}),
  };
  return toUnits(input.blocks, setting.layout, options);
}

/** Every setting worth trying for the section, with its pages and cost, cheapest first. */
export function candidates(input: CandidateInput): Candidate[] {
  const { blocks, layout } = input;
  const found: Candidate[] = [];
  // Parallel labelled items drawn as cards; every other setting draws them flat.
  // (Only over plain content: people, steps and tiles have layouts of their own.)
  const cards =
    layout === 'content'
      ? labelledCards(blocks, input.est, input.space, input.reflective ? REFLECTION_DEPTHS : SUMMARY_DEPTHS)
      : undefined;
  if (cards) found.push(asCards(input, cards));
  const shape = { flat: cards !== undefined || input.drawnElsewhere === true };
  for (const setting of settingsFor(blocks, layout)) found.push(...pricedWays(input, setting, shape));
  return found.sort((a, b) => a.cost - b.cost);
}

/** Condense, points, outline: only very long text shortened, long text shortened, long paragraphs
 * as one to three points, lists at their top level only. */
const TRIES = [
  [LONG_ONLY, 0, false],
  [1, 0, false],
  [1, 1, false],
  [1, 2, false],
  [1, 3, false],
  [1, 1, true],
] as const;

/** The settings worth pricing: points only where there are paragraphs and not on a prose layout
 * (prose is tried as points under a content layout), an outline only of lists that nest. */
function settingsFor(blocks: RootContent[], layout: Layout): Setting[] {
  const hasParagraphs = blocks.some((b) => b.type === 'paragraph');
  const nested = blocks.some((b) => b.type === 'list' && b.children.some((i) => i.children.some(isList)));
  const layouts: Layout[] = layout === 'prose' ? ['prose', 'content'] : [layout];
  const settings: Setting[] = [];
  for (const each of layouts)
    for (const [condense, points, outline] of TRIES) {
      if (points && (!hasParagraphs || each === 'prose')) continue;
      if (outline && !nested) continue;
      settings.push({ layout: each, condense, points, outline, compact: false });
    }
  return settings;
}

/** A setting priced, and where it takes several slides, the ways of it that take fewer. */
function pricedWays(input: CandidateInput, setting: Setting, shape: { flat: boolean }): Candidate[] {
  const units = unitsFor(input, setting);
  const plain = priced(input, setting, shape, units);
  if (!plain) return [];
  if (plain.pages.length < 2) return [plain];
  // Past two slides, only a run of items or rows is set closer to save one (a table's five rows
  // over three slides, the middle one half empty): a section of parts the author labelled keeps
  // them on slides that each open with one and are titled by it.
  if (plain.pages.length > 2 && units.some((u) => u.opensPart)) return [plain];
  const tries: Partial<Setting>[] = [];
  // Without the sentence that announces the list, or the remark that closes it, where that
  // may save a slide.
  if (!setting.points && !setting.outline) tries.push({ dropOpening: true }, { dropClosing: true });
  // Closer lines are worth trying where they may save a slide.
  // (A table's rows are set closer at the same size.)
  if (['content', 'prose', 'table'].includes(setting.layout)) {
    tries.push({ compact: true });
    // Both, where neither alone saves the slide: closer lines, the announcing sentence said.
    if (!setting.points && !setting.outline) tries.push({ compact: true, dropOpening: true });
  }
  const fewer = tries
    .map((changed) => priced(input, { ...setting, ...changed }, shape))
    .filter((way): way is Candidate => way !== undefined && way.pages.length < plain.pages.length);
  return [plain, ...fewer];
}

function priced(
  input: CandidateInput,
  setting: Setting,
  shape: { flat: boolean },
  units = unitsFor(input, setting),
): Candidate | undefined {
  if (units.length === 0) return undefined;
  const pages = splitUnits(units, input.space);
  return { setting, pages, cost: cost({ ...pageMeasures(units, pages, input, setting), ...shape }) };
}

/** The cards candidate: its slides as drawn, the recap's own words in each one's notes. */
function asCards(input: CandidateInput, cards: LabelledCards): Candidate {
  // What only the notes say (a missing picture) goes with the last slide's words.
  const unshown = input.blocks.filter((b) => !shownPart(b));
  const last = cards.pages.length - 1;
  const pages: Page[] = cards.pages.map((page, i) => ({
    display: page.blocks,
    original: page.original.length > 0 ? [...page.original, ...(i === last ? unshown : [])] : input.blocks,
    height: page.height,
    cutsLeadIn: false,
  }));
  const compact = cards.compact === true;
  const setting: Setting = { layout: 'cards', condense: 1, points: 2, outline: false, compact };
  const shown = textLength(cards.pages.flatMap((p) => p.blocks));
  const hidden = hiddenShare(shown, textLength(input.blocks));
  return {
    setting,
    pages,
    cost:
      drawnCost(
        pages.map((p) => p.height / input.space),
        hidden,
        false,
      ) + (compact ? WEIGHTS.compact : 0),
  };
}

function isList(node: RootContent): boolean {
  return node.type === 'list';
}
