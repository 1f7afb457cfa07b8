// The people a list names, item by item: a line of people (a joint name is several), a
// label over a sub-list of people ("**Người hướng dẫn chính**:" and its speakers), or a
// person whose sub-items tell their role and topic. Any other item names no one.
import type { List, ListItem, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { alternation } from '../../lexicon/lexicon.js';
import { type PersonLine, paragraphPeople, personLine } from './lines.js';
import { readsAsName, splitHonorific } from './names.js';
import { readsAsRole } from './roles.js';

export interface Listed {
  /** Honorific kept as the author wrote it. */
  name: string;
  role: string;
}

export interface PeopleEntry {
  /** The item's place in the list. */
  source: number;
  /** A group's name or a label over its people ("Ban điều phối"), or ''. */
  caption: string;
  people: Listed[];
  /** The cards show the item word for word: nothing of it is left for the notes. */
  whole: boolean;
  /** More than the look of a name says these are people: an honorific, a job, a group, several names. */
  evident: boolean;
}

const MAX_LABEL = 60;
const MAX_DETAIL = 90;
/** Sub-items that give a person's role, or else their talk: the labels are the lexicon's (lexicon/*.json). */
const ROLE = new RegExp(`^(?:${alternation('speakerRoleLabels')})\\s*[:：]\\s*`, 'iu');
const TOPIC = new RegExp(`^(?:${alternation('speakerTopicLabels')})\\s*[:：]\\s*`, 'iu');

/** Each item of the list read for the people it names (none, for an item that names no one). */
export function listedPeople(list: List): PeopleEntry[] {
  return list.children.map((item, source) => ({ source, ...entry(item) }));
}

function entry(item: ListItem): Omit<PeopleEntry, 'source'> {
  const none = { caption: '', people: [], whole: false, evident: false };
  const [head, sub, ...more] = item.children;
  if (head?.type !== 'paragraph' || more.length > 0) return none;
  const line = paragraphPeople(head);
  if (!sub) return line ? fromLine(line) : none;
  if (sub.type !== 'list') return none;
  // "**Anh Toan Huynh**" over "Chủ đề: …", "Vai trò: …": one person, the sub-items their details.
  if (line && !line.caption && line.names.every((name) => readsAsName(name)))
    return withDetails(line, sub) ?? none;
  // "**Người hướng dẫn chính**:" over a list of people: a caption, then their cards.
  const caption = label(head);
  const lines = sub.children.map(personLine);
  if (caption === undefined || lines.length === 0 || lines.some((l) => !l)) return none;
  return { caption, people: lines.flatMap((l) => cards(l!)), whole: false, evident: true };
}

function fromLine(line: PersonLine): Omit<PeopleEntry, 'source'> {
  const whole = line.names.length === 1 && !line.bio && line.emails.length === 0 && !line.caption;
  const evident =
    !line.role ||
    readsAsRole(line.role) ||
    line.names.length > 1 ||
    Boolean(line.caption) ||
    line.emails.length > 0 ||
    line.names.some((name) => splitHonorific(name, true).honorific);
  return { caption: line.caption, people: cards(line), whole, evident };
}

function cards(line: PersonLine): Listed[] {
  return line.names.map((name) => ({ name, role: line.role }));
}

/** A person with sub-items: the card's role is theirs, or a sub-item that gives it, or their topic. */
function withDetails(line: PersonLine, sub: List): Omit<PeopleEntry, 'source'> | undefined {
  const details = sub.children.map((item) =>
    item.children.length === 1 && item.children[0]!.type === 'paragraph' ? toString(item).trim() : undefined,
  );
  if (details.some((d) => d === undefined || d.length > 200)) return undefined;
  const texts = details as string[];
  const labelled = (pattern: RegExp) =>
    texts
      .filter((d) => pattern.test(d))
      .map((d) => d.replace(pattern, ''))
      .join(', ');
  const found = line.role || labelled(ROLE) || labelled(TOPIC) || texts[0]!;
  const role = found.length <= MAX_DETAIL ? found : '';
  return { caption: '', people: line.names.map((name) => ({ name, role })), whole: false, evident: true };
}

/** A label over a sub-list: short, and either ends with a colon or is all bold. */
function label(paragraph: Paragraph): string | undefined {
  const text = toString(paragraph).trim();
  if (!text || text.length > MAX_LABEL) return undefined;
  if (/[:：]$/.test(text)) return text.replace(/\s*[:：]$/, '');
  const bold = paragraph.children.every((c) => c.type === 'strong' || (c.type === 'text' && !c.value.trim()));
  return bold ? text : undefined;
}
