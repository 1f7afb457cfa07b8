// A weekly worklog (a table of dated tasks under a week's name) has a cover of its own: the
// week, what it was about (the cloud terms its goals and tasks name most), and the dates its
// tasks span, where the recap's own title only labels it ("Mục tiêu tuần 1", "Worklog Tuần 3").
import type { RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { findTerms } from '../../glossary/find-terms.js';
import { formatDateRange, type Labels } from '../../i18n/labels.js';
import { alternation, EDGE_AFTER, EDGE_BEFORE, normal } from '../../lexicon/lexicon.js';
import type { Lang } from '../../model/deck.js';
import { numericOrder, readStatedDate } from '../../recap/dates.js';
import type { TitledOutline } from '../titles/outline-titles.js';
import { isGenericHeading } from '../titles/title-words.js';

export interface WorklogCover {
  headline: string;
  kicker: string;
  dateLabel?: string;
}

/** So many dated rows make a table a worklog's. */
const DATED_ROWS = 3;
/** The cover names at most this many of the week's terms. */
const TOPICS = 2;

const WEEK = new RegExp(`${EDGE_BEFORE}(?:${alternation('weekLabels')})\\s*(\\d{1,2})(?!\\d)`, 'iu');
const WORKLOG_WORDS = new RegExp(`${EDGE_BEFORE}(?:${alternation('worklogWords')})${EDGE_AFTER}`, 'giu');

export function worklogCover(
  outline: TitledOutline,
  headline: string,
  lang: Lang,
  labels: Labels,
): WorklogCover | undefined {
  const blocks = outlineBlocks(outline);
  const dates = tableDates(blocks);
  if (dates.length < DATED_ROWS) return undefined;
  const titles = [headline, ...outline.sections.map((s) => s.heading)];
  const week = titles.map((t) => WEEK.exec(t)).find(Boolean);
  // Only a title that says no more than the week is replaced.
  if (!week || !saysOnlyTheWeek(headline)) return undefined;
  // In the deck's language, whichever the title wrote it in ("Week 1" over a Vietnamese week).
  const name = labels.week(week[1]!);
  const topics = topTerms(blocks);
  const [first, second] = topics;
  const about = second ? labels.joined([first!, second]) : first;
  const sorted = [...dates].sort();
  return {
    headline: about ? `${name}: ${about}` : name,
    kicker: labels.worklog,
    dateLabel: formatDateRange(sorted[0]!, sorted[sorted.length - 1]!, lang),
  };
}

const DATE_TOKEN = /\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?/gu;
const PLACING = new RegExp(`${EDGE_BEFORE}(?:${alternation('placingLabels')})${EDGE_AFTER}`, 'giu');

/** A day's worklog titled only by that: worklog words, a day's label and its date ("Worklog -
 * Ngày 19/09/2025"); its cover names what the day was about instead (the date is under it). */
export function saysOnlyADay(title: string): boolean {
  if (!readStatedDate(title)) return false;
  const rest = title.replace(DATE_TOKEN, ' ').replace(WORKLOG_WORDS, ' ').replace(PLACING, ' ');
  return normal(rest) === '';
}

/** Whether a title is the week's label and worklog words around it, nothing else. */
function saysOnlyTheWeek(title: string): boolean {
  const rest = normal(title.replace(WEEK, ' ').replace(WORKLOG_WORDS, ' '));
  return rest === '' || isGenericHeading(rest);
}

/** Every block of the recap's body, in order. */
export function outlineBlocks(outline: TitledOutline): RootContent[] {
  return [...outline.preamble, ...outline.sections.flatMap(allBlocks)];
}

function allBlocks(section: TitledOutline['sections'][number]): RootContent[] {
  return [...section.blocks, ...section.children.flatMap(allBlocks)];
}

/** The dates a table's rows state, one per row (its first date cell), read in the order the
 * recap writes its dates in. */
function tableDates(blocks: RootContent[]): string[] {
  const rows: string[][] = [];
  for (const block of blocks)
    visit(block, 'table', (table: Table) => {
      for (const row of table.children.slice(1)) rows.push(row.children.map((cell) => toString(cell)));
    });
  const order = numericOrder(rows.flat());
  return rows.flatMap((cells) => cells.map((cell) => readStatedDate(cell, order)).find(Boolean) ?? []);
}

/** The cloud terms the recap names most, not the basic ones every recap names (AWS). */
export function topTerms(blocks: RootContent[]): string[] {
  const counts = new Map<string, number>();
  const text = blocks.map((b) => toString(b)).join('\n');
  for (const hit of findTerms(text))
    if (!hit.entry.basic) counts.set(hit.entry.term, (counts.get(hit.entry.term) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOPICS)
    .map(([term]) => term);
}
