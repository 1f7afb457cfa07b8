// The event's facts as the recap states them in its body: `Date:`, `Ngày:`, `Thời gian:`,
// `Location:`, `Địa điểm:`, `Role:`, `Vai trò:` ... in a paragraph line, a list item or a
// key/value table row. Each fact keeps its words and its line; the lines stay in the tree.
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { Origin } from '../model/deck.js';
import { readStatedDate } from './dates.js';
import { inlineText } from './phrasing.js';

export interface Fact {
  /** The label as written ("Date & Time"). */
  label: string;
  value: string;
  origin: Origin;
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

const LABELS: [Kind, RegExp][] = [
  ['date', /^(?:date(?: (?:&|and) time)?|event date|when|day|ngày(?: diễn ra| tổ chức)?|thời điểm)$/],
  ['time', /^(?:time|giờ|thời gian)$/],
  ['place', /^(?:location|venue|place|where|address|địa điểm|nơi tổ chức|địa chỉ)$/],
  ['role', /^(?:(?:my )?role|vai trò(?: của (?:tôi|em|mình))?)$/],
  ['event', /^(?:event(?: name)?|(?:tên )?sự kiện)$/],
];
const TIME_RANGE =
  /\d{1,2}[:h]\d{2}\s*(?:am|pm|sa|ch)?\s*(?:[-–—]|to|đến)\s*\d{1,2}[:h]\d{2}\s*(?:am|pm|sa|ch)?(?:\s*\(?gmt\s*[+-]\d+\)?)?/i;

export function readEventFacts(tree: Root): EventFacts {
  const facts: EventFacts = {};
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
    if (as === 'date' && !facts.date) facts.date = { label, value: clean, origin, ...(iso ? { iso } : {}) };
    else if (as !== 'date' && !facts[as]) facts[as] = { label, value: clean, origin };
    const time = TIME_RANGE.exec(clean)?.[0];
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
    linesOf(node.children).forEach((line, i) => {
      const match = /^([^:：]{2,40})[:：]\s*(.+)$/su.exec(line);
      if (match)
        add(cleanLabel(match[1]!), match[2]!, { line: start.line + i, column: i ? 1 : start.column });
    });
    return SKIP;
  });
  return facts;
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
  const lower = label.toLowerCase();
  return LABELS.find(([, re]) => re.test(lower))?.[0];
}

function originOf(node: RootContent | Root): Origin {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}
