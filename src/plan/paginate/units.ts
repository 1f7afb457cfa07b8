// Cuts a section's blocks into the smallest pieces a slide may be split between: list
// items, table rows, paragraphs, whole code blocks. Each unit carries what the slide
// shows (condensed) and the full original for the notes.
import type { List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Layout } from '../../model/deck.js';
import { codeUnits } from './code-units.js';
import { collapsedLine, isLabelLine } from '../points/lines.js';
import { prosePoints } from '../points/prose-points.js';
import { sentenceSpans } from '../points/sentences.js';
import { shorten } from '../points/shorten.js';
import type { Estimator } from '../measure/estimate.js';
import { listUnits } from './list-units.js';
import type { Unit, UnitOptions } from './types.js';
import { CONDENSE } from '../measure/metrics.js';
import { tidyLinks } from '../points/display-links.js';
import { withFlows } from '../layouts/flows.js';
import { withoutRoleLabel } from '../points/role-label.js';
import { shownPart } from '../notes-only.js';
import { sentenceUnits } from './sentence-units.js';
import { speakerRows } from '../people/speakers.js';
import { isStatList, statsHeight, statTiles } from '../layouts/stats.js';
import { tableUnits } from './table-units.js';
import { type Programme, programmeRun } from '../layouts/programme.js';
import { pageLabel } from '../titles/page-label.js';

export type { Unit, UnitOptions } from './types.js';

/** Lists of this many items or fewer are kept whole when they fit. */
const WHOLE_LIST_ITEMS = 6;
/** Blocks a slide never shows: raw HTML the parse stage left, rules, link definitions. */
const NEVER_SHOWN = new Set<RootContent['type']>(['html', 'thematicBreak', 'definition']);

export function toUnits(blocks: RootContent[], layout: Layout, options: UnitOptions): Unit[] {
  const units: Unit[] = [];
  const { est, roomy, compact } = options;
  const factor = options.condense;
  // How long a point may be: measured once, when a paragraph first becomes points.
  let pointLimit: number | undefined;
  const blockHeight = (node: RootContent) => est.blockHeight(node, layout, { roomy, compact });
  const condenseParagraph = (paragraph: Paragraph, limit: number): Paragraph => {
    const short = shorten(paragraph.children, limit * factor);
    return short ? { ...paragraph, children: short } : paragraph;
  };
  const opening = options.dropOpening ? announcing(blocks) : undefined;
  const closing = options.dropClosing ? closingRemark(blocks) : undefined;
  // A run of timed slots is one table of the programme, each row's notes the author's lines.
  const programme = programmeRun(blocks);
  const slots = programme && programmeUnits(programme);
  for (const [i, block] of blocks.entries()) {
    if (programme && slots && i >= programme.start && i < programme.end) {
      if (i === programme.start) units.push(...slots);
      continue;
    }
    if (block === opening || block === closing) {
      units.push({ display: block, original: block, height: 0, hidden: true });
      continue;
    }
    const pieces = blockUnits(block, blocks[i + 1]);
    // A paragraph that opens with a bold label starts a part of its own (page-label.ts).
    if (pieces[0] && block.type === 'paragraph' && pageLabel([block]))
      pieces[0] = { ...pieces[0], opensPart: true };
    units.push(...pieces);
  }
  // A later line's role label goes (the first one shown may title its slide: page-label.ts).
  const lead = blocks.find((block) => shownPart(block));
  return units.map((unit) =>
    unit.original !== lead && blocks.includes(unit.original)
      ? { ...unit, display: withoutRoleLabel(unit.display) }
      : unit,
  );

  /** The programme's rows as a table's, each with the blocks it was made of as its original;
   * undefined where the table is not one row a slot (split by columns, a column said once). */
  function programmeUnits({ table, sources }: Programme): Unit[] | undefined {
    const rows = tableUnits(table, layout, est, { roomy, condense: factor, ...(compact ? { compact } : {}) });
    if (rows.length !== sources.length || rows.some((unit) => unit.group?.type !== 'table')) return undefined;
    return rows.map((unit, k) => {
      const [original, ...rest] = sources[k]!;
      const { notes: _, ...row } = unit;
      return { ...row, original: original!, ...(rest.length > 0 ? { notes: rest } : {}) };
    });
  }

  /** What the slide shows of a block: short addresses, arrow chains as flows (maybe two blocks). */
  function look(node: RootContent): RootContent[] {
    return withFlows(tidyLinks(node));
  }

  /** How each kind of block becomes units, keyed by its node type (as mdast-util-to-markdown keys
   * its handlers); a kind with no handler shows as it is, a kind in `NEVER_SHOWN` not at all. */
  function blockUnits(whole: RootContent, next?: RootContent): Unit[] {
    // Notes-only parts (a missing picture, a note to the author) never reach the slide; the
    // original keeps them, in their place, for the notes. Only displays are restyled.
    const block = whole.type === 'list' ? whole : shownPart(whole);
    if (!block) return [{ display: whole, original: whole, height: 0, hidden: true }];
    if (NEVER_SHOWN.has(block.type)) return [];
    switch (block.type) {
      case 'list':
        return listBlockUnits(block);
      case 'table':
        return block.children.length > 1
          ? tableUnits(tidyLinks(block), layout, est, {
              roomy,
              condense: factor,
              ...(compact ? { compact } : {}),
            })
          : asShown(block);
      case 'code':
        return codeUnits(block, layout, est, options.space, options.labels);
      case 'paragraph':
        return paragraphUnits(block, next);
      case 'heading':
        return [{ display: block, original: block, height: blockHeight(block), keepWithNext: true }];
      case 'blockquote':
      case 'callout':
        return quoteUnits(block, whole);
      default:
        return asShown(block);
    }
  }

  /** A block shown as it is (restyled: short addresses, arrow chains as flows). */
  function asShown(block: RootContent): Unit[] {
    const display = look(block)[0]!;
    return [{ display, original: block, height: blockHeight(display) }];
  }

  /** A list: stat tiles, rows of person cards, or its items (condensed, as the setting says). */
  function listBlockUnits(block: List): Unit[] {
    if (layout === 'stats' && isStatList(block))
      return [{ display: statTiles(block), original: block, height: statsHeight(block, est) }];
    if (layout === 'speakers')
      return speakerRows(block, est, roomy, options.space).map((row) => ({
        ...row,
        group: block,
        keepTogether: true,
      }));
    const pieces = listUnits(block, {
      layout,
      est,
      roomy,
      ...(compact ? { compact } : {}),
      limit: options.itemLimit,
      condenseItem: (item, depth) => {
        const shown = shownPart(item);
        // An item that is only "…" says nothing on a slide.
        if (!shown || /^[\s.…]*$/u.test(toString(shown))) return undefined;
        const short = condenseItem(shown, depth, layout, factor);
        return look(options.outline && depth === 0 ? topLevel(short) : short)[0] as ListItem;
      },
    });
    // A short list is split only when no page could hold it whole (split.ts weighs that).
    const keep = block.children.length <= WHOLE_LIST_ITEMS ? { keepTogether: true } : {};
    // The list's own margin comes once per page: with its first piece, or above a continuation.
    const margin = est.listMargin({ roomy });
    return pieces.map((unit, i) => ({
      ...unit,
      height: unit.height + (i === 0 ? margin : 0),
      repeatPx: unit.repeatPx + margin,
      group: block,
      ...keep,
    }));
  }

  /** A paragraph: its points, or its text (condensed), split between sentences where it is
   * longer than a slide; a lead-in stays with what follows, a chain of steps is also a flow. */
  function paragraphUnits(block: Paragraph, next: RootContent | undefined): Unit[] {
    const points = pointsOf(block, next?.type === 'list');
    if (points) {
      const display = look(points)[0]!;
      return [{ display, original: block, height: blockHeight(display) }];
    }
    const short = condenseParagraph(block, layout === 'prose' ? Infinity : CONDENSE.paragraph);
    const [display, flow] = look(short) as [RootContent, RootContent?];
    const height = blockHeight(display);
    // "Các bước triển khai:" or a bold label leads into what follows; they stay together.
    const lead = leadsIn(block) || flow ? { keepWithNext: true } : {};
    const units: Unit[] = [];
    // A paragraph longer than a slide is split between its sentences.
    if (height > options.space && short === block && !flow)
      units.push(...sentenceUnits(block, layout, est, { roomy, compact }));
    else if (display.type === 'flow') units.push({ display, original: block, height });
    else units.push({ display, original: block, height, ...lead });
    // A line that is a chain of steps is drawn as a row of boxes under its lead-in.
    if (flow && display.type !== 'flow')
      units.push({ display: flow, original: { type: 'html', value: '' }, height: blockHeight(flow) });
    return units;
  }

  /** A quote or a callout, its paragraphs condensed; its notes keep the whole block. */
  function quoteUnits(block: RootContent & { children: RootContent[] }, whole: RootContent): Unit[] {
    const short = {
      ...block,
      children: block.children.map((child) =>
        child.type === 'paragraph' ? condenseParagraph(child, CONDENSE.paragraph) : child,
      ),
    } as RootContent;
    const display = look(short)[0]!;
    return [{ display, original: whole, height: blockHeight(display) }];
  }

  /** Points for a long paragraph of several sentences, when the section is set as points. */
  function pointsOf(paragraph: Paragraph, heads: boolean): RootContent | undefined {
    if (!options.points || layout === 'prose' || leadsIn(paragraph)) return undefined;
    pointLimit ??= pointChars(est, layout);
    // A line of one sentence over a list heads it: as a point it would only gain a bullet, and
    // read as the list's first item ("Buzzword: transformation" over the keynote's points).
    const text = toString(paragraph);
    if (heads && text.length <= pointLimit && sentenceSpans(text).length <= 1) return undefined;
    return prosePoints(paragraph, { most: options.points, pointLimit });
  }
}

/** A point from prose takes at most this many lines of body text. */
const POINT_LINES = 2;
const SAMPLE = 'Sessions on cloud security and the practices teams use';

/** About how many characters fill POINT_LINES lines of body text in the layout. */
function pointChars(est: Estimator, layout: Layout): number {
  const perChar = est.textWidth(SAMPLE, est.metrics.text.body) / SAMPLE.length;
  return Math.floor((POINT_LINES * est.layoutWidth(layout)) / perChar);
}

/** An item at its top level: its own line without its sub-items (they stay in the notes). An
 * item whose own line only labels what its sub-items say ("AWS WAF:", "**Supervisor Agent**")
 * keeps their lines, one level deep: a label with its text taken away says nothing. */
function topLevel(item: ListItem): ListItem {
  const own = item.children.filter((child) => child.type !== 'list');
  if (own.length === item.children.length) return item;
  const [line] = own;
  if (line?.type === 'paragraph' && isLabelLine(line))
    return {
      ...item,
      children: item.children.map((child) =>
        child.type === 'list'
          ? {
              ...child,
              children: child.children.map((sub) => ({
                ...sub,
                children: sub.children.filter((c) => c.type !== 'list'),
              })),
            }
          : child,
      ),
    };
  // A head that says nothing alone takes its short sub-points into its line.
  const collapsed = collapsedLine(item);
  return { ...item, children: collapsed ? [collapsed, ...own.slice(1)] : own };
}

function leadsIn(paragraph: Paragraph): boolean {
  const text = toString(paragraph).trim();
  const onlyStrong = paragraph.children.length === 1 && paragraph.children[0]!.type === 'strong';
  // A paragraph ending in a colon introduces what follows, however long it is; so does a short
  // question ("What are Amazon Bedrock AgentCores?"), which what follows answers.
  return (
    /[:：]$/.test(text) ||
    (/[?？]$/.test(text) && text.length <= LEAD_QUESTION) ||
    (onlyStrong && text.length <= 160)
  );
}

/** A question this short is a heading over its answer, not a paragraph of its own. */
const LEAD_QUESTION = 120;

/** Condenses an item's first paragraph and its nested items; further paragraphs stay in the notes. */
function condenseItem(item: ListItem, depth: number, layout: Layout, factor: number): ListItem {
  const limit = (depth === 0 ? (layout === 'speakers' ? 110 : CONDENSE.bullet) : CONDENSE.nested) * factor;
  let seenParagraph = false;
  const children = item.children.flatMap((child): RootContent[] => {
    if (child.type === 'paragraph') {
      if (seenParagraph) return [];
      seenParagraph = true;
      const short = shorten(child.children as PhrasingContent[], limit);
      return [short ? { ...child, children: short } : child];
    }
    if (child.type === 'list')
      return [{ ...child, children: child.children.map((c) => condenseItem(c, depth + 1, layout, factor)) }];
    return [child];
  });
  return { ...item, spread: false, children: children as ListItem['children'] };
}

/** The sentence a section opens with to announce the list under it ("Một số đóng góp cá nhân
 * gồm:", "Key takeaways include:"): the title says what the list is, so where a slide is
 * short of room it may go to the notes. A bold label over its group is structure, not this. */
function announcing(blocks: RootContent[]): Paragraph | undefined {
  const [first, next] = shownBlocks(blocks);
  if (first?.type !== 'paragraph' || next?.type !== 'list') return undefined;
  if (first.children[0]?.type === 'strong' || !/[:：]\s*$/u.test(toString(first))) return undefined;
  return first;
}

/** Most sentences a closing remark has: a comment on the list, not a part of its own. */
const REMARK_SENTENCES = 2;

/** The remark a section closes with after its list ("The program is not just about training,
 * but…"): it comments on what the slide shows, so where it alone takes the section onto a
 * second slide, the speaker says it. A labelled line is a point, and a quote the author set
 * apart is a statement: both stay. */
function closingRemark(blocks: RootContent[]): Paragraph | undefined {
  const [before, last] = shownBlocks(blocks).slice(-2);
  if (before?.type !== 'list' || last?.type !== 'paragraph' || last.children[0]?.type === 'strong')
    return undefined;
  return sentenceSpans(toString(last)).length <= REMARK_SENTENCES ? last : undefined;
}

function shownBlocks(blocks: RootContent[]): RootContent[] {
  return blocks.filter((b) => b.type !== 'html' && b.type !== 'definition' && shownPart(b));
}
