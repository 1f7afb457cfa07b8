// Slides for one section: the cheapest of the ways it could be set (candidates.ts), then
// each page given its title, its notes and its recap line.
import type { Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { markNote, originOf, say, type Layout, type Origin, type Slide } from '../../model/deck.js';
import { blockText } from '../../model/text.js';
import { chooseLayout, layoutChoices } from '../layouts/choose-layout.js';
import type { Labels } from '../../i18n/labels.js';
import { type Estimator, ledeHeight } from '../measure/estimate.js';
import { visit } from 'unist-util-visit';
import { continuationLabels } from '../titles/page-label.js';
import { topicTitle } from '../titles/topic-title.js';
import { notesFor } from '../notes-for.js';
import { shownPart } from '../notes-only.js';
import { type Page, splitUnits } from '../paginate/split.js';
import { isPhrase, mentions } from '../../lexicon/lexicon.js';
import { type Candidate, type CandidateInput, candidates, unitsFor } from './candidates.js';
import { MAX_PROSE_LINES } from '../cost.js';
import { proseLines } from './page-measures.js';
import { capitalised, trimStart } from '../../model/phrasing-slice.js';

const ROOMY_LAYOUTS = new Set<Layout>(['content', 'two-column', 'table', 'speakers', 'prose', 'quote']);
/** A section set in the larger type still leaves this share of the slide free. */
const ROOMY_SHARE = 0.85;
/** Text shorter than this is no slide's worth under a pictures title. */
const LEFTOVER_LINE = 120;
/** A title that promises pictures; a page left with none is titled by what it does show. */
const isPictures = mentions('pictureWords');

function pictured(blocks: RootContent[]): boolean {
  let found = false;
  for (const block of blocks)
    visit(block, (node) => {
      if (node.type === 'figure' || node.type === 'image') found = true;
    });
  return found;
}

/** Prose set in a statement's type is a statement: a paragraph that the larger type runs past
 * the lines a reader takes in at a glance (cost.ts) is a wall, and keeps the usual size. */
export function walled(page: Page, layout: Layout, est: Estimator): boolean {
  // (Prose and quotes are set larger as a statement; a list slide's paragraphs in its larger type.)
  const statement =
    layout === 'prose' || layout === 'quote' ? est.metrics.text.statement : est.metrics.text.roomy;
  return proseLines(page.display, est, statement, est.layoutWidth(layout)) > MAX_PROSE_LINES;
}

export interface SectionInput {
  title: string;
  /** The author's own reflections (takeaways, experience): cards may sum them up furthest. */
  reflective?: boolean;
  origin: Origin;
  blocks: RootContent[];
  est: Estimator;
  labels: Labels;
  /** Words with no place on a slide (titles of empty sub-sections). */
  extraNotes?: string[];
  /** Shrinks the height budget when the browser found a page of this section overflowing. */
  scale?: number;
  /** Small line above the title (a label or number the heading led with). */
  kicker?: string;
  /** The rest of a long heading, under the title. */
  lede?: string;
}

export function sectionSlides(input: SectionInput): Slide[] {
  return setSection(input).slides;
}

/** The section's slides and what they cost (cost.ts), to weigh them against another way of
 * showing it (its siblings as cards). */
export function setSection(input: SectionInput): { slides: Slide[]; cost: number } {
  const none = { slides: [], cost: 0 };
  const { est } = input;
  const chosen = chooseLayout(input.title, input.blocks, est);
  // Each layout the content suits, at its own room; the cheapest of all their candidates wins.
  const tries: { context: CandidateInput; best: Candidate | undefined }[] = [];
  let drawnElsewhere = false;
  for (const layout of layoutChoices(chosen, input.blocks)) {
    const space = budget(input.title, layout, est, input.lede) * (input.scale ?? 1);
    const context: CandidateInput = {
      blocks: input.blocks,
      layout,
      space,
      est,
      labels: input.labels,
      drawnElsewhere,
      ...(input.reflective ? { reflective: true } : {}),
    };
    const found = candidates(context);
    tries.push({ context, best: found[0] });
    // Cards found for the suited layout make every other one a flat drawing of the content.
    drawnElsewhere ||= found.some((c) => c.setting.layout === 'cards');
  }
  // Another layout is for holding the section on fewer slides, not for spreading it thinner.
  const { context, best } = tries.reduce((low, t) =>
    t.best && (!low.best || (t.best.cost < low.best.cost && t.best.pages.length < low.best.pages.length))
      ? t
      : low,
  );
  if (!best) return none;
  const { space } = context;
  const { setting } = best;
  const layout = setting.layout;
  // A pictures section without its pictures, left with a line ("no photos this time"): no slide.
  const words = input.blocks.reduce((n, b) => n + (shownPart(b) ? toString(b).length : 0), 0);
  if (isPictures(input.title) && !best.pages.some((p) => pictured(p.display)) && words < LEFTOVER_LINE)
    return none;
  // A break in the day's programme ("Tea break", "Giải lao") with a line at most: no slide of its
  // own, a lonely one between talks; the notes of the slide before say it.
  if (isPhrase('breakHeadings', input.title) && words < LEFTOVER_LINE) return none;
  let pages = best.pages;
  // Little text on one slide is set a size larger, at the same place under the title.
  const larger =
    ROOMY_LAYOUTS.has(layout) && pages.length === 1 && !setting.compact
      ? splitUnits(unitsFor(context, setting, true), space)
      : [];
  const roomy =
    larger.length === 1 && larger[0]!.height <= space * ROOMY_SHARE && !walled(larger[0]!, layout, est);
  if (roomy) pages = larger;
  const compact = setting.compact;
  pages = withContent(pages);
  // Pages of a headingless recap are titled by their own topic; a run of pages on one topic
  // counts as parts of it, like any section's.
  const sectionTitles = pages.map((page) =>
    !input.title || (isPictures(input.title) && !pictured(page.display))
      ? topicTitle(page.display, input.labels.highlights)
      : input.title,
  );
  // Continuations that each open with the author's own label are titled by it, the section's
  // title above them, rather than the section's title again with a counter (page-label.ts).
  const pageLabels = input.title && layout !== 'cards' ? continuationLabels(pages) : undefined;
  const titles = sectionTitles.map((title, i) => pageLabels?.[i] || title);
  const parts = titles.map((title) => {
    const run = titles.filter((t) => t === title).length;
    return run > 1 ? { index: 0, total: run } : undefined;
  });
  const seen = new Map<string, number>();
  const slides = pages.map((page, i) => {
    const first = page.original.find((node) => node.position);
    const slide: Slide = {
      layout,
      title: titles[i]!,
      blocks: withoutTitleLead(titles[i]!, page.display),
      // A heading the slide no longer shows ("Event photos" without its photos) is said first.
      notes: [
        ...(input.title && titles[i] !== input.title && i === 0 ? [say(input.title)] : []),
        ...echoesMarked(notesFor(page.original), page.display),
      ],
      origin: i === 0 || !first ? input.origin : originOf(first),
      section: input.origin.line,
      estimatedPx: Math.round(page.height),
      budgetPx: Math.round(space),
    };
    // Pages of a headingless recap each have a title of their own; parts count under one title.
    const part = parts[i];
    if (part) {
      seen.set(titles[i]!, (seen.get(titles[i]!) ?? 0) + 1);
      slide.part = { index: seen.get(titles[i]!)!, total: part.total };
    }
    if (input.kicker) slide.eyebrow = input.kicker;
    if (pageLabels?.[i]) slide.eyebrow = [input.kicker, input.title].filter(Boolean).join(' · ');
    if (input.lede && i === 0) slide.subtitle = [input.lede];
    if (roomy) slide.roomy = true;
    if (compact) slide.compact = true;
    if (i === pages.length - 1 && input.extraNotes?.length) slide.notes.push(...input.extraNotes.map(say));
    return slide;
  });
  return { slides, cost: best.cost };
}

/** Pages that show nothing (only notes-only parts) give their notes to a neighbour. */
function withContent(pages: Page[]): Page[] {
  const kept: Page[] = [];
  let pending: RootContent[] = [];
  for (const page of pages) {
    const last = kept[kept.length - 1];
    if (page.display.length > 0) {
      kept.push(pending.length ? { ...page, original: [...pending, ...page.original] } : page);
      pending = [];
    } else if (last) kept[kept.length - 1] = { ...last, original: [...last.original, ...page.original] };
    else pending.push(...page.original);
  }
  return kept;
}

/** Notes the slide shows word for word are marked, so the handout can leave them out. */
function echoesMarked(notes: RootContent[], shown: RootContent[]): RootContent[] {
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
  const onSlide = flat(shown.map(blockText).join(' '));
  return notes.map((note) => (onSlide.includes(flat(blockText(note))) ? markNote(note, 'echo') : note));
}

/** Body height left under the title; a title that wraps takes lines from the body. */
function budget(title: string, layout: Layout, est: Estimator, lede?: string): number {
  const { title: font, body, counter } = est.metrics;
  // (Room kept at the end of the line for a counter, "9/9", in case the section runs over.)
  const room = body.width - counter.gap - est.textWidth('9/9', counter, 'semibold');
  const lines = Math.min(2, est.textLines(title, font, room, 'bold'));
  const under = lede ? ledeHeight(lede, est) : 0;
  const base = body.height - (lines - 1) * font.size * font.line - under;
  return layout === 'two-column' ? base * 2 : base;
}

/**
 * A bold lead that only repeats the slide's title ("> **Conclusion:** The event…" under
 * "Conclusion", or a first point's "**Live demo:** …" under "Live demo") is said once, by the
 * title: the block keeps the rest.
 */
function withoutTitleLead(title: string, blocks: RootContent[]): RootContent[] {
  const [first, ...rest] = blocks;
  const quote = first?.type === 'blockquote' || first?.type === 'callout';
  // A paragraph set as points leads with its label in its first point.
  const points = first?.type === 'list' ? first : undefined;
  const paragraph = quote
    ? (first as { children: RootContent[] }).children[0]
    : points
      ? points.children[0]?.children[0]
      : first;
  if (paragraph?.type !== 'paragraph') return blocks;
  const [lead, ...after] = paragraph.children;
  const same = (text: string) =>
    text
      .trim()
      .replace(/[:：]$/u, '')
      .trim()
      .toLowerCase() === title.trim().toLowerCase();
  if (lead?.type !== 'strong' || !same(toString(lead))) return blocks;
  // Only a label leaves ("**Conclusion:** …", or the lead alone on its line); a bold subject
  // opens its sentence ("**Amazon Bedrock AgentCore** là dịch vụ …") and stays with it.
  const next = after[0];
  const label =
    after.length === 0 ||
    /[:：]\s*$/u.test(toString(lead)) ||
    next?.type === 'break' ||
    (next?.type === 'text' && /^\s*([:：–—-]|\n)/u.test(next.value));
  if (!label) return blocks;
  const body = after[0]?.type === 'break' ? after.slice(1) : after;
  const empty = body.length === 0 || toString({ type: 'paragraph', children: body }).trim() === '';
  // A label alone on its line over the list it names ("**Ba thách thức cốt lõi:**"): the title says it.
  if (empty) return !quote && !points && rest.length > 0 ? rest : blocks;
  // (Without the colon or dash that joined it to its label.)
  const kept: Paragraph = { ...paragraph, children: capitalised(trimStart(body, /^[\s:：–—-]+/u)) };
  if (points) {
    const [item, ...items] = points.children;
    // The one item a page holds, titled by its label, is the page's body: its words over its
    // sub-items, no longer one bullet over all of them.
    if (items.length === 0) {
      const text = toString(kept).trim() === '' ? [] : [kept];
      return [...text, ...item!.children.slice(1), ...rest];
    }
    return [
      { ...points, children: [{ ...item!, children: [kept, ...item!.children.slice(1)] }, ...items] },
      ...rest,
    ];
  }
  if (!quote) return [kept, ...rest];
  const box = first as RootContent & { children: RootContent[] };
  return [{ ...box, children: [kept, ...box.children.slice(1)] } as RootContent, ...rest];
}
