// People on a slide: a list of "**Name** – role" lines shown as person cards, under a
// speakers heading or anywhere the lines plainly name people. The planner reads each
// person once (name, role, initials unique on the slide) and hands the renderer typed
// cards; grids are sized by how many people there are, and measured for splitting.
import type { List, ListItem, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Person, PersonGrid } from '../model/nodes.js';
import type { Estimator } from './estimate.js';
import type { ListUnit } from './list-units.js';
import { layoutSizes } from './metrics.js';

const SPEAKER_TITLE =
  /speaker|presenter|diễn giả|người hướng dẫn|người trình bày|host|mentor|khách mời|guest|ban tổ chức|panelist|instructor|trainer/i;

export function speakerParts(item: ListItem): { name: string; role: string } | undefined {
  const paragraph = item.children[0];
  if (paragraph?.type !== 'paragraph' || item.children.length > 1) return undefined;
  const [first, ...rest] = paragraph.children;
  const text = toString(paragraph).trim();
  if (text.length > 140) return undefined;
  // "**Location:** …" is a label, not a person.
  if (first?.type === 'strong' && /[:：]\s*$/.test(toString(first))) return undefined;
  if (first?.type === 'strong') {
    const role = toString({ type: 'paragraph', children: rest as PhrasingContent[] })
      .replace(/^[\s:,–—-]+/, '')
      .trim();
    return { name: toString(first).trim(), role };
  }
  const split = /^(.{3,60}?)\s+[–—-]\s+(.+)$/.exec(text);
  return split ? { name: split[1]!, role: split[2]! } : undefined;
}

/** Speaker cards: under a heading that says speakers, most lines name a person and a role. */
export function isSpeakerList(list: List, title: string): boolean {
  if (list.children.length === 0 || nested(list)) return false;
  const people = list.children.filter((item) => speakerParts(item) !== undefined);
  if (SPEAKER_TITLE.test(title)) return people.length >= 2 && people.length / list.children.length >= 0.6;
  // Anywhere else only lines that plainly name people: "Name Surname – role", nothing but.
  return list.children.length >= 2 && list.children.every(namesPerson);
}

const NOT_A_NAME = /\b(aws|amazon|cloud|ai|api|devops|security|data|service|lambda|s3|ec2|iam)\b|\d/i;

function namesPerson(item: ListItem): boolean {
  const parts = speakerParts(item);
  if (!parts || parts.role.length === 0) return false;
  const text = toString(item);
  const dashed = /^\s*\*{0,2}[^:：]{3,60}?\*{0,2}\s*[–—-]\s+\S/u.test(text);
  const words = parts.name.replace(/^(anh|chị|ông|bà|mr\.?|mrs\.?|ms\.?|dr\.?)\s+/iu, '').split(/\s+/);
  const capitalised = words.every((w) => /^\p{Lu}/u.test(w));
  return dashed && capitalised && words.length >= 2 && words.length <= 5 && !NOT_A_NAME.test(parts.name);
}

function nested(list: List): boolean {
  return list.children.some((item) => item.children.some((child) => child.type === 'list'));
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
 * A speaker list cut into rows of cards (the units a page may be split between), each
 * person typed on its item (`data.person`) and every card's initials unique in the list.
 */
export function speakerRows(list: List, est: Estimator): ListUnit[] {
  const people = list.children.flatMap((item, source) =>
    persons(item).map((person) => ({ item, person, source })),
  );
  const kind = speakerGrid(people.length);
  const size = layoutSizes(est.metrics, ['section.speakers', `section.speakers.cards-${kind}`], SIZES);
  const columns = size['person-columns'];
  // Three or fewer: the avatar stands above the name (and 10px apart, 8px between rows).
  const stacked = kind === 'few';
  const taken = new Set<string>();
  const items = people.map(({ item, person }): ListItem => {
    if (!person) return { ...item, data: { ...item.data, other: true } };
    const typed: Person = { ...person, initials: uniqueInitials(person.name, taken) };
    return { ...item, data: { ...item.data, person: typed } };
  });
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
  const rows: ListUnit[] = [];
  const placed = new Set<number>();
  for (let i = 0; i < items.length; i += columns) {
    const row = items.slice(i, i + columns);
    // Each recap line goes with the row of its first person, once.
    const sources = people
      .slice(i, i + columns)
      .map((p) => p.source)
      .filter((n) => !placed.has(n));
    for (const n of sources) placed.add(n);
    const original = [...new Set(sources)].map((n) => list.children[n]!);
    rows.push({
      display: { ...list, children: row, data: { ...list.data, grid: kind } },
      original: { ...list, children: original },
      height: Math.max(...row.map(height)) + gap,
      trail: [],
      items: original,
      repeatPx: 0,
    });
  }
  return rows;
}

/** Words that name a group, not a person ("Various AWS SAs", "Đội ngũ AWS"). */
const GROUP =
  /\b(?:various|team|experts?|specialists|members|staff|several|many|others)\b|^(?:các|đội|nhóm|ban|những)\s/iu;

/** The people one line names: "A & B – role" is two cards with one role; a group is no card. */
function persons(item: ListItem): ({ name: string; role: string } | undefined)[] {
  const parts = speakerParts(item);
  if (
    !parts ||
    GROUP.test(parts.name) ||
    (/s$/.test(parts.name.split(' ').pop() ?? '') && /\p{Lu}{2,}s$/u.test(parts.name))
  )
    return [undefined];
  const names = parts.name.split(/\s*(?:,|&|\/|\band\b|\bvà\b)\s*/u).filter(Boolean);
  const named = names.length >= 2 && names.every((n) => n.split(/\s+/).length >= 2);
  return named ? names.map((name) => ({ name, role: parts.role })) : [parts];
}

const HONORIFICS = new Set([
  'anh',
  'chị',
  'chi',
  'ông',
  'bà',
  'em',
  'cô',
  'thầy',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sir',
]);

/** "Anh Đỗ Huy Thắng" -> "ĐT"; a second "ĐT" on the slide takes more of the name ("ĐHT"). */
export function uniqueInitials(name: string, taken: Set<string>): string {
  // "Lam An Thinh & Nguyen Phan Quoc Viet" (when not split): the first person's initials.
  const person = name.split(/\s*(?:&|,|\/|\band\b|\bvà\b)\s*/u)[0] ?? name;
  // A nickname in brackets is no part of the initials: "Lê Xuân Anh (Long)" is LA.
  const all = person
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[[\].,]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && /\p{L}/u.test(w));
  // Honorifics only lead a name ("Anh Phạm Tuấn Anh" is PA: the last "Anh" is his name).
  let start = 0;
  while (start < all.length - 1 && HONORIFICS.has(all[start]!.toLowerCase())) start += 1;
  const words = all.slice(start);
  const letter = (word: string | undefined, n = 1) => [...(word ?? '')].slice(0, n).join('');
  const first = words[0];
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const middle = words
    .slice(1, -1)
    .map((w) => letter(w))
    .join('');
  const candidates = [
    // One name ("Tung"): its first two letters.
    last ? letter(first) + letter(last) : letter(first, 2),
    letter(first) + middle + letter(last),
    letter(first) + letter(last, 2),
    letter(first, 2) + letter(last),
  ].map((c) => c.toLocaleUpperCase());
  const chosen = candidates.find((c) => c && !taken.has(c)) ?? candidates[0]!;
  taken.add(chosen);
  return chosen;
}
