// What the cover says under the headline: the event's real date (and time), the place as a
// venue and a city, and the author's role when it is more than attending. Lines of the recap
// that only state those facts need no slide of their own: the cover says them.
import type { RootContent } from 'mdast';
import { formatDate } from '../../i18n/labels.js';
import type { Lang } from '../../model/deck.js';
import { words } from '../../model/text.js';
import type { EventFacts } from '../../recap/event-facts.js';
import { isPhrase, mentions, opensWith } from '../../lexicon/lexicon.js';

export interface CoverFacts {
  dateLabel?: string;
  /** The hours, beside the date. */
  timeLabel?: string;
  /** Place and role lines. */
  lines: string[];
  /** Recap lines whose facts the cover shows. */
  shown: Set<number>;
}

export interface DateOf {
  iso: string;
  from: 'body' | 'front matter';
}

/** Hours as the recap states them; hours on a 24-hour clock without the AM and PM they cannot
 * take ("9:00 AM – 17:00 PM" is 9:00 – 17:00). */
function clock(time: string | undefined): string | undefined {
  if (!time || !/\b(?:1[3-9]|2[0-3])[:h.]\d{2}/u.test(time)) return time;
  return time.replace(/\s*\b(?:AM|PM|am|pm|SA|CH|sa|ch)\b/gu, '');
}

/** Parts of an address that name the venue. */
const isVenue = mentions('venueWords');

/** A role that says nothing to an audience: everyone in the room attended. A role that opens
 * by attending says what the attendee did ("Attendee (FCJ Cloud Intern)", "Người tham dự, ghi
 * chú nội dung"): that is for the notes, not the cover. */
export function isAttending(role: string): boolean {
  return isPhrase('attendingRoles', role) || opensAttending(role);
}
const opensAttending = opensWith('attendingRoles');
const LONG_PLACE = 50;
/** A venue is named in two parts at most (a hall and its building). */
const MOST_VENUE_PARTS = 2;

/** The event's date, unless it is a template's default: the first of January, from the front matter. */
export function eventDate(date: DateOf | undefined): string | undefined {
  return date && !(date.from === 'front matter' && date.iso.endsWith('-01-01')) ? date.iso : undefined;
}

export function coverFacts(
  date: DateOf | undefined,
  facts: EventFacts,
  lang: Lang,
  headline: string,
): CoverFacts {
  const shown = new Set<number>();
  const iso = eventDate(date);
  const dateLabel = iso ? formatDate(iso, lang) : undefined;
  // The time, read from its own line or from the date's ("Thứ Bảy, 29/11/2025, 8:30 – 12:00").
  // A range is set with an en dash, as a designer types it ("09:00 - 12:00" -> "09:00 – 12:00",
  // "8:30 AM 12:00 PM" -> "8:30 AM – 12:00 PM").
  const timeLabel = dateLabel
    ? clock(facts.time?.value.replace(/\s*[-–—]\s*|(?<=\b(?:AM|PM|am|pm))\s+(?=\d)/u, ' – '))
    : undefined;
  if (dateLabel && facts.date) shown.add(facts.date.origin.line);
  if (dateLabel && facts.time) shown.add(facts.time.origin.line);
  const lines: string[] = [];
  if (facts.place) {
    lines.push(place(facts.place.value));
    for (
      let line = facts.place.origin.line;
      line <= (facts.place.until ?? facts.place.origin.line);
      line += 1
    )
      shown.add(line);
  }
  if (facts.role) {
    // Attending says nothing to the audience: the line is left to the notes.
    if (!isAttending(facts.role.value)) lines.push(`${facts.role.label}: ${facts.role.value}`);
    shown.add(facts.role.origin.line);
  }
  // The event's name is the headline already: it holds the headline, or the headline holds
  // every word of it ("AWS Vietnam Cloud Day" under "AWS Cloud Day Vietnam 2025 & GenAI Track").
  const name = (text: string) =>
    text
      .toLocaleLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const said = new Set(words(headline));
  const stated = (event: string) =>
    name(event).includes(name(headline)) || words(event).every((word) => said.has(word));
  if (facts.event && stated(facts.event.value)) shown.add(facts.event.origin.line);
  return { ...(dateLabel ? { dateLabel } : {}), ...(timeLabel ? { timeLabel } : {}), lines, shown };
}

/** "Tầng 26, tòa nhà Bitexco, số 02 đường Hải Triều, …, TP. Hồ Chí Minh" ->
 * "Tòa nhà Bitexco, TP. Hồ Chí Minh". */
export function place(value: string): string {
  if (value.length <= LONG_PLACE) return value;
  const parts = value.split(/,\s*/).filter(Boolean);
  const city = parts[parts.length - 1]!;
  // The venue is every part that names one, in a row ("Hội trường B, Đại học FPT TP.HCM": the
  // hall and the university it is in), up to the city.
  const from = Math.max(0, parts.findIndex(isVenue));
  let to = from + 1;
  while (to < parts.length - 1 && to - from < MOST_VENUE_PARTS && isVenue(parts[to]!)) to += 1;
  const venue = parts.slice(from, to).join(', ');
  const short = venue === city ? venue : `${venue}, ${city}`;
  return short.charAt(0).toLocaleUpperCase() + short.slice(1);
}

/** Blocks that only state facts the cover shows (every line of them one of `shown`). */
export function onlyFacts(blocks: RootContent[], shown: Set<number>): boolean {
  if (blocks.length === 0 || shown.size === 0) return false;
  return blocks.every((block) => {
    const lines = block.type === 'table' ? block.children.slice(1) : [block];
    return lines.every((node) => {
      const start = node.position?.start.line;
      const end = node.position?.end.line ?? start;
      if (start === undefined || end === undefined) return false;
      for (let line = start; line <= end; line += 1) if (!shown.has(line)) return false;
      return true;
    });
  });
}
