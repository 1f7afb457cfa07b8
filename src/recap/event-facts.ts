// The event's facts as the recap states them in its body: `Date:`, `Ngày:`, `Thời gian:`,
// `Location:`, `Địa điểm:`, `Role:`, `Vai trò:` ... in a paragraph line, a list item or a
// key/value table row. Each fact keeps its words and its line; the lines stay in the tree.
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { Origin } from '../model/deck.js';
import { type Concept, isPhrase } from '../lexicon/lexicon.js';
import { readStatedDate } from './dates.js';
import { inlineText } from '../model/text.js';

export interface Fact {
  /** The label as written ("Date & Time"). */
  label: string;
  value: string;
  origin: Origin;
  /** The last line it runs to, when the next lines continue it (an address's city). */
  until?: number;
}

export interface EventFacts {
  /** `iso` (YYYY-MM-DD) when the stated date can be read as one. */
  date?: Fact & { iso?: string };
  time?: Fact;
  place?: Fact;
  role?: Fact;
  event?: Fact;
}

type Kind = keyof EventFacts;

/** Which fact a label names, by the lexicon's labels (lexicon/*.json). */
const LABELS: [Kind, Concept][] = [
  ['date', 'dateLabels'],
  ['time', 'timeLabels'],
  ['place', 'placeLabels'],
  ['role', 'roleLabels'],
  ['event', 'eventNameLabels'],
];
/** The clock faces: on the hour, one o'clock to twelve, then half past, eight-thirty round
 * to seven-thirty. */
const ON_THE_HOUR = '🕐|🕑|🕒|🕓|🕔|🕕|🕖|🕗|🕘|🕙|🕚|🕛';
const HALF_PAST = '🕣|🕤|🕥|🕦|🕧|🕜|🕝|🕞|🕟|🕠|🕡|🕢';
/** An alarm clock, a clock face, a watch or a stopwatch. */
const TIME_EMOJI = `⏰|${ON_THE_HOUR}|${HALF_PAST}|⌚|⏱️?`;
/** Lines that open with an emoji saying what they are: a calendar, a clock, a pin. */
const EMOJI_FACT: [RegExp, string][] = [
  [/^(?:📅|🗓️?|📆)\s*/u, 'date'],
  [new RegExp(String.raw`^(?:${TIME_EMOJI})\s*`, 'u'), 'time'],
  [/^(?:📍|🏢|🏛️?|🗺️?|📌)\s*/u, 'location'],
];
const CLOCK = String.raw`\d{1,2}[:h]\d{2}\s*(?:am|pm|sa|ch)?`;
/** Two times of day with a dash, a word, or only a space after an AM or PM between them. */
const TIME_RANGE = new RegExp(
  String.raw`${CLOCK}\s*(?:[-–—]|to|đến|(?<=(?:am|pm|sa|ch))\s)\s*${CLOCK}(?:\s*\(?gmt\s*[+-]\d+\)?)?`,
  'i',
);
/** One time of day, as a date line states when the event starts. */
const START_TIME = /(?<![\d:/.])\d{1,2}[:h]\d{2}(?![\d/.])(?:\s*(?:am|pm|sa|ch)\b)?/i;

export function readEventFacts(tree: Root): EventFacts {
  const facts: EventFacts = {};
  const days = new Set<string>();
  const add = (label: string, value: string, origin: Origin) => {
    const kind = kindOf(label);
    const clean = value
      .replace(/\s+/g, ' ')
      .replace(/^[\s*_]+|[\s*_.]+$/g, '')
      .trim();
    if (!kind || !clean) return;
    const iso = readStatedDate(clean);
    // "Thời gian: 15/11/2025" is a date; "Thời gian: 8:30 – 12:00" a time.
    const as: Kind = kind === 'time' && iso ? 'date' : kind;
    if (as === 'date' && iso) days.add(iso);
    if (as === 'date' && !facts.date) facts.date = { label, value: clean, origin, ...(iso ? { iso } : {}) };
    else if (as !== 'date' && !facts[as]) facts[as] = { label, value: clean, origin };
    // The hours a date line gives: a range, else the hour it starts ("09:00, Thứ Bảy, 27/06/2026").
    const time = (TIME_RANGE.exec(clean) ?? START_TIME.exec(clean))?.[0];
    if (as === 'date' && time && !facts.time) facts.time = { label, value: time.trim(), origin };
  };
  visit(tree, (node) => {
    // Key/value tables: two columns, the label on the left.
    if (node.type === 'table') {
      if (node.children.every((row) => row.children.length === 2))
        // The header row names the columns ("Thời gian | Chủ đề"); facts are in the rows below.
        for (const row of node.children.slice(1)) {
          const [key, value] = row.children;
          if (key && value) add(cleanLabel(toString(key)), toString(value), originOf(row));
        }
      return SKIP;
    }
    if (node.type !== 'paragraph') return undefined;
    const start = originOf(node);
    const lines = linesOf(node.children);
    lines.forEach((line, i) => {
      const origin = { line: start.line + i, column: i ? 1 : start.column };
      // "📍 Bitexco Financial Tower" then "Quận 1, TP.HCM": a bare line after a place continues it.
      const place = facts.place;
      if (place && (place.until ?? place.origin.line) === origin.line - 1) {
        if (
          !EMOJI_FACT.some(([re]) => re.test(line.trim())) &&
          !/[:：]/.test(line) &&
          line.trim().length < 60
        ) {
          place.value = `${place.value}, ${line.trim()}`;
          place.until = start.line + i;
          return;
        }
      }
      // "📅 Thứ Bảy, 29 tháng 11, 2025", "📍 Bitexco Financial Tower": the emoji is the label.
      const emoji = EMOJI_FACT.find(([re]) => re.test(line.trim()));
      const match = /^([^:：]{2,40})[:：]\s*(.+)$/su.exec(line);
      if (emoji && !(match && kindOf(cleanLabel(match[1]!))))
        add(emoji[1], line.trim().replace(emoji[0], ''), origin);
      else if (match) add(cleanLabel(match[1]!), match[2]!, origin);
    });
    return SKIP;
  });
  // Facts stated for several days belong to several events (a series, an index of events):
  // no one date, time, place or name speaks for the whole recap. The author's role may.
  return days.size > 1 ? (facts.role ? { role: facts.role } : {}) : facts;
}

function linesOf(children: PhrasingContent[]): string[] {
  return inlineText(children, '\n').split('\n');
}

function cleanLabel(label: string): string {
  return label
    .replace(/^(?:[\s*_•\-–]|\p{Extended_Pictographic}|\uFE0F)+|[\s*_]+$/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function kindOf(label: string): Kind | undefined {
  // "Date & Time", "Ngày / giờ": the marks between two words are written without spaces.
  const joined = label.replace(/\s*([&/])\s*/gu, '$1');
  return LABELS.find(([, concept]) => isPhrase(concept, joined))?.[0];
}

function originOf(node: RootContent | Root): Origin {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}
