// Slides for one section: choose its layout, cut it into units, pack them into pages
// that fit, and give each page its notes and its recap line.
import type { RootContent } from 'mdast';
import { markNote, originOf, say, type Layout, type Origin, type Slide } from '../model/deck.js';
import { blockText } from './plain-text.js';
import { chooseLayout } from './classify.js';
import { textLines } from './estimate.js';
import { BODY, TITLE } from './metrics.js';
import { notesFor } from './notes.js';
import { splitUnits } from './split.js';
import { toUnits } from './units.js';

const ROOMY_LAYOUTS = new Set<Layout>(['content', 'prose', 'two-column']);
const ROOMY_SHARE = 0.55;
/** Condensing thresholds when condensing would not save a slide: only very long text. */
const LONG_ONLY = 2;

export interface SectionInput {
  title: string;
  origin: Origin;
  blocks: RootContent[];
  /** Words with no place on a slide (titles of empty sub-sections). */
  extraNotes?: string[];
  /** Shrinks the height budget when the browser found a page of this section overflowing. */
  scale?: number;
}

export function sectionSlides(input: SectionInput): Slide[] {
  const layout = chooseLayout(input.title, input.blocks);
  const room = budget(input.title, layout);
  const space = room * (input.scale ?? 1);
  // Text is shortened only where that saves a slide; very long text always is.
  const unitsAt = (condense: number) =>
    toUnits(input.blocks, layout, { itemLimit: space * 0.6, wholeList: space * 0.9, condense });
  const relaxed = unitsAt(LONG_ONLY);
  if (relaxed.length === 0) return [];
  const relaxedPages = splitUnits(relaxed, space);
  const condensedPages = relaxedPages.length > 1 ? splitUnits(unitsAt(1), space) : relaxedPages;
  const pages = condensedPages.length < relaxedPages.length ? condensedPages : relaxedPages;
  const roomy =
    ROOMY_LAYOUTS.has(layout) &&
    (input.scale ?? 1) >= 1 &&
    pages.every((page) => page.height <= room * ROOMY_SHARE);
  return pages.map((page, i) => {
    const first = page.original.find((node) => node.position);
    const slide: Slide = {
      layout,
      title: input.title,
      blocks: page.display,
      notes: echoesMarked(notesFor(page.original), page.display),
      origin: i === 0 || !first ? input.origin : originOf(first),
      section: input.origin.line,
      estimatedPx: Math.round(page.height),
      budgetPx: Math.round(space),
    };
    if (pages.length > 1) slide.part = { index: i + 1, total: pages.length };
    // Half a slide of text reads better a size up; every part of a section looks alike.
    if (roomy) slide.roomy = true;
    if (i === pages.length - 1 && input.extraNotes?.length) slide.notes.push(...input.extraNotes.map(say));
    return slide;
  });
}

/** Notes the slide shows word for word are marked, so the handout can leave them out. */
function echoesMarked(notes: RootContent[], shown: RootContent[]): RootContent[] {
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
  const onSlide = flat(shown.map(blockText).join(' '));
  return notes.map((note) => (onSlide.includes(flat(blockText(note))) ? markNote(note, 'echo') : note));
}

/** Body height left under the title; a title that wraps takes lines from the body. */
function budget(title: string, layout: Layout): number {
  const lines = Math.min(2, textLines(`${title} (9/9)`, TITLE, BODY.width));
  const base = BODY.height - (lines - 1) * TITLE.fontPx * TITLE.lineHeight;
  return layout === 'two-column' ? base * 2 : base;
}
