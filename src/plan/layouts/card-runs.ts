// Sibling parts that each leave their own slide part empty are regrouped as a designer does:
// two or three side by side as cards on a slide, in order, while a part no card can hold (a
// picture, a quote, a table, one too long) keeps its own slides in its place. The cheapest such
// sequence by the one cost (cost.ts) wins; undefined when no two neighbours can share a slide.
import { visit } from 'unist-util-visit';
import type { RootContent } from 'mdast';
import type { Origin, Slide } from '../../model/deck.js';
import { hiddenParts } from '../notes-only.js';
import { countNodes, textLength } from '../../model/text.js';
import { drawnCost, emptyShare, WEIGHTS } from '../cost.js';
import type { Estimator } from '../measure/estimate.js';
import { slideFill } from '../measure/fill.js';
import type { TitledSection } from '../titles/outline-titles.js';
import { type Card, cardsHeight, cardsList, chippedWhereFits, defaultColumns } from './card-grid.js';
import { isPlain, type SetApart } from './stacked.js';
import {
  CARD_TEXT,
  cardTitle,
  leftOut,
  sectionNotes,
  shownLength,
  type Depth,
  summaries,
  thin,
  underParent,
} from './summaries.js';

/** A time of day ("8:30", "9h00"). */
const TIME = /\d{1,2}[:h]\d{2}/u;
/** Most lines a card shows. */
const MOST_LINES = 6;
/** Cards one slide holds side by side, in one row. */
const MOST_PER_SLIDE = 4;
const LONGEST_TITLE = 80;

interface Way {
  cost: number;
  slides: Slide[];
  /** The slides of cards among them. */
  pages: Slide[];
  /** For each slide, the parts it shows (their indices). */
  covers: number[][];
}

/** The regrouped slides, what they cost, and the parts each slide shows. */
export interface Regrouped {
  slides: Slide[];
  cost: number;
  covers: number[][];
}

export function cardRuns(
  title: string,
  origin: Origin,
  apart: SetApart[],
  est: Estimator,
  budget: number,
  /** How far a card may sum its part up (none: it shows the part whole, or the part keeps its slide). */
  depths: Depth[],
  /** Each slide of cards titled by the parts it holds (undefined: they share no slide); else
   * by their parent's title. */
  titleOf?: (parts: TitledSection[]) => string | undefined,
  /** Room the first page of cards, where it opens the part, leaves under its title for the
   * part's intro. */
  lead = 0,
): Regrouped | undefined {
  const named = underParent(
    apart.map((a) => a.section),
    title,
  );
  const options = named.map((section, i) => (cardable(apart[i]!) ? cardOptions(section, depths) : []));
  const page = { title, line: origin.line, est, budget, whole: shownLength(named) };
  // best[i]: the cheapest way to show the first i parts.
  const best: Way[] = [{ cost: 0, slides: [], pages: [], covers: [] }];
  for (let i = 1; i <= apart.length; i += 1) {
    const before = best[i - 1]!;
    const kept = apart[i - 1]!;
    // A part kept on a slide of its own that it leaves part empty is what regrouping is for.
    const keptCost =
      kept.cost + (isPlain(kept) ? WEIGHTS.emptiness * emptyShare(slideFill(kept.slides[0]!, est)) : 0);
    let way: Way = {
      cost: before.cost + keptCost,
      slides: [...before.slides, ...kept.slides],
      pages: before.pages,
      covers: [...before.covers, ...kept.slides.map(() => [i - 1])],
    };
    for (let size = 2; size <= MOST_PER_SLIDE && size <= i; size += 1) {
      const parts = named.slice(i - size, i);
      const own = titleOf ? titleOf(parts) : title;
      if (own === undefined) continue;
      const reserve = i === size ? lead : 0;
      const cards = cardPage(parts, options.slice(i - size, i), { ...page, title: own, reserve });
      const from = best[i - size]!;
      // A later page under the parent's title again, after parts shown under their own, reads
      // as the part starting over: the reader cannot tell it from the first (a counter's cost).
      const echo = title !== '' && own === title && i > size ? WEIGHTS.counted : 0;
      if (cards && from.cost + cards.cost + echo < way.cost)
        way = {
          cost: from.cost + cards.cost + echo,
          slides: [...from.slides, cards.slide],
          pages: [...from.pages, cards.slide],
          covers: [...from.covers, Array.from({ length: size }, (_, k) => i - size + k)],
        };
    }
    best[i] = way;
  }
  const { slides, pages, cost, covers } = best[apart.length]!;
  if (pages.length === 0) return undefined;
  // Pages of cards that share a title are told apart by a counter.
  const numbered = slides.map((slide) => {
    if (!pages.includes(slide)) return slide;
    const twins = pages.filter((page) => page.title === slide.title);
    return {
      ...slide,
      ...(slide === slides[0] ? { origin } : {}),
      ...(twins.length > 1 ? { part: { index: twins.indexOf(slide) + 1, total: twins.length } } : {}),
    };
  });
  return { slides: numbered, cost, covers };
}

interface PageContext {
  title: string;
  /** Room kept free under the title (for the part's intro). */
  reserve?: number;
  /** The parent section's recap line. */
  line: number;
  est: Estimator;
  budget: number;
  /** Characters all the parts show, to weigh what one page leaves to the notes. */
  whole: number;
}

/** Neighbouring parts as one slide of cards, at the fullest depth of summary that fits. */
function cardPage(
  sections: TitledSection[],
  choices: Card[][],
  { title, line, est, budget, whole, reserve = 0 }: PageContext,
): { slide: Slide; cost: number } | undefined {
  if (choices.some((c) => c.length === 0)) return undefined;
  let found: { slide: Slide; cost: number } | undefined;
  // The same depth of summary for every card of a slide: whole, two points, one.
  for (let depth = 0; depth < Math.max(...choices.map((c) => c.length)); depth += 1) {
    const written = choices.map((c) => c[Math.min(depth, c.length - 1)]!);
    const columns = defaultColumns(written.length);
    // (Chips only where they keep the cards at the type the words alone are set in.)
    const type = cardsHeight(written, est, columns) + reserve <= budget ? 'usual' : 'compact';
    const cards = chippedWhereFits(written, (c) => cardsHeight(c, est, columns, type) + reserve <= budget);
    // Set closer where the usual spacing does not hold them, as a section's lines are: the
    // parts stay side by side rather than one of them apart in another layout. (The room is
    // the section's, which the fit loop shrinks where the browser finds the page too tall.)
    const usual = cardsHeight(cards, est, columns);
    const compact = usual + reserve > budget;
    const height = compact ? cardsHeight(cards, est, columns, 'compact') : usual;
    if (height + reserve > budget) continue;
    // What the page leaves to the notes, as a share of all the parts' words.
    const hidden = leftOut(cards, sections) / (whole || 1);
    const cost = drawnCost([(height + reserve) / budget], hidden, false) + (compact ? WEIGHTS.compact : 0);
    if (found && found.cost <= cost) continue;
    found = {
      cost,
      slide: {
        layout: 'cards',
        title,
        blocks: [cardsList(cards, columns)],
        notes: sections.flatMap(sectionNotes),
        origin: sections[0]!.origin,
        section: line,
        estimatedPx: Math.round(height),
        budgetPx: Math.round(budget),
        ...(compact ? { compact } : {}),
      },
    };
  }
  return found;
}

/** A part's cards, fullest first: its whole text where it is thin, then summed up. */
function cardOptions(section: TitledSection, depths: Depth[]): Card[] {
  if (section.children.length > 0 || section.title.length > LONGEST_TITLE) return [];
  // A slot of a programme (its time the kicker) keeps its slide: the time is its place in the day.
  if (section.kicker && TIME.test(section.kicker)) return [];
  // Whole where it is thin, or a short list whose items have a few sub-items of their own.
  const own = { title: cardTitle(section), blocks: section.blocks };
  const short = textLength(section.blocks) <= CARD_TEXT && section.blocks.every(plainBlock);
  const whole = thin(section) || short ? [own] : [];
  const summed = depths.flatMap((depth) => summaries([section], depth) ?? []);
  // A card is a few points (its lines are its paragraphs, nested ones too): more than this is
  // a wall in a box (a part of groups, say).
  return [...whole, ...summed].filter((card) => countNodes(card.blocks, 'paragraph') <= MOST_LINES);
}

/** A paragraph or a list of lines, nothing a card cannot draw and no part only for the notes. */
function plainBlock(block: RootContent): boolean {
  if (hiddenParts(block).length > 0) return false;
  if (block.type === 'paragraph') return true;
  if (block.type !== 'list') return false;
  let lines = true;
  visit(block, (node) => {
    if (!['list', 'listItem', 'paragraph'].includes(node.type) && !isPhrasing(node.type)) lines = false;
  });
  return lines;
}

function isPhrasing(type: string): boolean {
  return ['text', 'strong', 'emphasis', 'inlineCode', 'break', 'link', 'delete'].includes(type);
}

/** A part shown on one slide of text, or of its own labelled cards (a card sums those up). */
function cardable(part: SetApart): boolean {
  // (A list of short items set in two columns on its own slide is a plain list too.)
  const one = part.slides.length === 1 ? part.slides[0]!.layout : undefined;
  return isPlain(part) || one === 'cards' || one === 'two-column';
}
