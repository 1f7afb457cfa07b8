// People on a slide: a list of "**Name** – role" lines shown as person cards, under a
// speakers heading or anywhere the lines plainly name people. The list is read once
// (people-list.ts: joint names, groups, nested speakers), shown as cards (people-cards.ts)
// and cut into rows; grids are sized by how many people there are, and measured for splitting.
import type { List, ListItem, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { alternation } from '../../lexicon/lexicon.js';
import type { PersonGrid } from '../../model/nodes.js';
import { type Page, splitUnits } from '../paginate/split.js';
import type { Estimator } from '../measure/estimate.js';
import type { ListUnit } from '../paginate/list-units.js';
import { layoutSizes } from '../measure/metrics.js';
import { personCards, type Slot } from './cards.js';
import { personLine } from './lines.js';
import { listedPeople } from './list.js';
import { readsAsName, splitHonorific } from './names.js';
import { readsAsRole } from './roles.js';

/**
 * A heading that says speakers: the words are the lexicon's (lexicon/*.json), English ones as
 * whole words, Vietnamese ones anywhere in the heading.
 */
export const SPEAKER_TITLE = new RegExp(
  `\\b(?:${alternation('speakerHeadings', 'en')})\\b|${alternation('speakerHeadings', 'vi')}`,
  'iu',
);

/** Longest line a speakers section may be to be said on the cover rather than on a slide. */
const COVER_LINE = 60;

/**
 * "Speakers: AWS Experts Team": a speakers section that is one short line (a team, a single
 * name) is no slide's worth; the cover says it. The line as the cover shows it, and the recap
 * lines it covers.
 */
export function speakersLine(
  title: string,
  blocks: RootContent[],
): { text: string; lines: number[] } | undefined {
  const [block] = blocks;
  if (!SPEAKER_TITLE.test(title) || blocks.length !== 1 || !block?.position) return undefined;
  const line = block.type === 'list' && block.children.length === 1 ? block.children[0]! : block;
  if (line.type !== 'paragraph' && line.type !== 'listItem') return undefined;
  if (line.type === 'listItem' && line.children.some((child) => child.type !== 'paragraph')) return undefined;
  // A template's blank ("[Speaker name]") is for the notes, never for the cover.
  if (line.data?.notesOnly || (line.type === 'listItem' && line.children.some((c) => c.data?.notesOnly)))
    return undefined;
  const text = toString(line).trim();
  if (!text || text.length > COVER_LINE || /\n/.test(text)) return undefined;
  const { start, end } = block.position;
  return {
    text: `${title.replace(/[\s:：]+$/u, '')}: ${text}`,
    lines: Array.from({ length: end.line - start.line + 1 }, (_, i) => start.line + i),
  };
}

/** The share of a list's items that must name people under a speakers heading. */
const PEOPLE_SHARE = 0.6;

/**
 * Speaker cards: under a heading that says speakers, most items name people (two or more),
 * and at least half of them with more than a name's look to go by (a job, an honorific).
 */
export function isSpeakerList(list: List, title: string): boolean {
  if (list.children.length === 0) return false;
  if (SPEAKER_TITLE.test(title)) {
    const entries = listedPeople(list);
    const named = entries.filter((e) => e.people.length > 0);
    const people = named.reduce((n, e) => n + e.people.length, 0);
    const evident = named.filter((e) => e.evident).length;
    return people >= 2 && named.length / entries.length >= PEOPLE_SHARE && evident * 2 >= named.length;
  }
  // Anywhere else only lines that plainly name people: "Name Surname – role", nothing but.
  return list.children.length >= 2 && list.children.every(namesPerson);
}

function namesPerson(item: ListItem): boolean {
  const line = personLine(item);
  if (!line || !readsAsRole(line.role) || line.caption || line.emails.length > 0) return false;
  const dashed = /^\s*[^:：]{3,60}?\s*[–—-]\s+\S/u.test(toString(item));
  return (
    dashed &&
    line.names.every((name) => readsAsName(name) && splitHonorific(name, false).name.split(/\s+/).length >= 2)
  );
}

/** How a grid of `count` people is laid out (themes/aws.css section.speakers). */
/** The grid leaves no card alone on a row where it can: nine people are three rows of three. */
export function speakerGrid(count: number): PersonGrid {
  return count <= 3 ? 'few' : count === 4 ? 'four' : count <= 6 || count === 9 ? 'grid' : 'many';
}

const SIZES = [
  'person-columns',
  'person-gap',
  'person-pad-y',
  'person-pad-x',
  'person-rule',
  'person-avatar',
  'person-aside',
  'person-name',
  'person-role',
] as const;

/**
 * A speaker list cut into rows of cards (the units a page may be split between): a caption
 * or a line that names no one is a row of its own, and each recap item goes with the row of
 * its first card (an item shown by no card, the same people again, with the row before).
 */
export function speakerRows(list: List, est: Estimator, roomy = false, space = Infinity): ListUnit[] {
  const slots = personCards(list);
  const count = slots.filter((s) => s.item.data?.person).length;
  // Groups under captions each start a row: their cards are the grid's side by side ones, as
  // the tall cards of three or fewer people would stand a row each.
  const captioned = slots.some((s) => s.caption);
  const kind = captioned && count <= 6 ? 'grid' : speakerGrid(count);
  const usual = rowsIn(list, est, roomy, kind);
  if (count < WIDER_FROM || !Number.isFinite(space)) return usual;
  // Many people with long roles may stand on fewer slides, or on evener ones, three to a row,
  // where their roles wrap less: 11 people as one grid, or as 6 + 5, not as 8 + 3.
  const wider = rowsIn(list, est, roomy, 'grid');
  const usualPages = splitUnits(usual, space);
  const widerPages = splitUnits(wider, space);
  const least = (pages: Page[]) => Math.min(...pages.map((p) => p.height)) / space;
  if (widerPages.length < usualPages.length) return wider;
  const evener = usualPages.length > 1 && least(widerPages) >= least(usualPages) + EVENER;
  return widerPages.length === usualPages.length && evener ? wider : usual;
}

/** From this many people a grid may be three to a row instead of four. */
const WIDER_FROM = 7;
/** Pages of a grid this much evener (their emptiest fuller by this share of a slide) are worth
 * the other grid: a last slide of three lonely cards reads as left over. */
const EVENER = 0.15;

function rowsIn(list: List, est: Estimator, roomy: boolean, kind: PersonGrid): ListUnit[] {
  const slots = personCards(list);
  const grid = `section.speakers.cards-${kind}`;
  // A roomy grid (one page with room to spare) takes the theme's larger sizes, where it has them.
  const size = layoutSizes(
    est.metrics,
    ['section.speakers', grid, ...(roomy ? [`${grid}.roomy`] : [])],
    SIZES,
  );
  const columns = size['person-columns'];
  // Three or fewer: the avatar stands above the name (and 10px apart, 8px between rows).
  const stacked = kind === 'few';
  const gap = size['person-gap'];
  const inner = (est.metrics.body.width - (columns - 1) * gap) / columns - 2 * size['person-pad-x'];
  const width = stacked ? inner : inner - size['person-avatar'] - size['person-aside'];
  const nameFont = { size: size['person-name'], line: 1.25 };
  const roleFont = { size: size['person-role'], line: 1.35 };
  const lines = (text: string, font: { size: number; line: number }, w: number, face?: 'bold') =>
    est.textLines(text, font, w, face) * font.size * font.line;
  const height = (item: ListItem) => {
    const person = item.data?.person;
    if (!person) return lines(toString(item), { size: 24, line: 1.45 }, est.metrics.body.width) + 8;
    const text =
      lines(person.name, nameFont, width, 'bold') +
      (person.role ? lines(person.role, roleFont, width) : 0) +
      2;
    const avatar = size['person-avatar'];
    const body = stacked ? avatar + 18 + text : Math.max(avatar, text);
    return 2 * size['person-pad-y'] + size['person-rule'] + body;
  };
  const groups = rowsOf(slots, columns);
  let next = 0;
  return groups.map((row, i): ListUnit => {
    // The recap items up to this row's last: every one placed once, in order.
    const last = i === groups.length - 1 ? list.children.length - 1 : Math.max(...row.map((s) => s.source));
    const original = list.children.slice(next, last + 1);
    next = Math.max(next, last + 1);
    return {
      display: { ...list, children: row.map((s) => s.item), data: { ...list.data, grid: kind } },
      original: { ...list, children: original },
      height: Math.max(...row.map((s) => height(s.item))) + gap,
      trail: [],
      items: original,
      repeatPx: 0,
      // A caption stays with the cards under it.
      ...(row[0]!.caption ? { keepWithNext: true } : {}),
    };
  });
}

/** Cards in rows of `columns`; a row across the grid (caption, other line) stands alone. */
function rowsOf(slots: Slot[], columns: number): Slot[][] {
  const rows: Slot[][] = [];
  let open: Slot[] = [];
  for (const slot of slots) {
    if (!slot.item.data?.person) {
      if (open.length) rows.push(open);
      rows.push([slot]);
      open = [];
      continue;
    }
    open.push(slot);
    if (open.length === columns) {
      rows.push(open);
      open = [];
    }
  }
  if (open.length) rows.push(open);
  return rows;
}
