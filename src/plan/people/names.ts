// People's names as recaps write them: the honorific that may lead one ("Anh", "Chị", "Mr."),
// whether some words read as a person's name, a joint name ("Chị Bảo và Anh Nguyên")
// cut into its people, and the words that name a group rather than anyone.
import { alternation, phrases } from '../../lexicon/lexicon.js';

// The words are the lexicon's (lexicon/*.json); the code only says how they are matched.
/** Words that only ever address someone ("chị", "mr"). */
const TITLES = new Set(phrases('honorifics'));
/** Words that address someone and are given names too: "Anh Dang" is a man called Anh. */
const KIN = new Set(phrases('kinHonorifics'));

/** Words no person's name holds: services, job titles, organisations. */
const NOT_A_NAME = new Set(phrases('nonNameWords'));

/** Words that name a group, not a person ("Various AWS SAs"), or open a group's name ("Đội ngũ AWS"). */
const GROUP = new RegExp(
  `(?<!\\p{L})(?:${alternation('groupWords')})(?!\\p{L})|^(?:${alternation('groupOpeners')})\\s`,
  'iu',
);

/** Between the people of a joint name: commas, "&", "/", and the lexicon's "and" ("and", "và"). */
export const JOIN = new RegExp(
  `\\s*(?:[,;&/]|(?<!\\p{L})(?:${alternation('andWords')})(?!\\p{L}))\\s*`,
  'iu',
);

export interface Named {
  /** The leading honorific as written ("Anh", "Mr."), or ''. */
  honorific: string;
  /** The name without it. */
  name: string;
}

const key = (word: string) => word.toLowerCase().replace(/\.$/, '');

/**
 * A name parted from the honorifics that lead it; `kin` says whether "Anh"/"Em" are
 * honorifics on this list (see kinAddresses). Honorifics only lead a name: in
 * "Anh Phạm Tuấn Anh" the last "Anh" is his name, and one word always stays.
 */
export function splitHonorific(text: string, kin: boolean): Named {
  const words = text.normalize('NFC').trim().split(/\s+/);
  let start = 0;
  while (start < words.length - 1 && (TITLES.has(key(words[start]!)) || (kin && KIN.has(key(words[start]!)))))
    start += 1;
  return { honorific: words.slice(0, start).join(' '), name: words.slice(start).join(' ') };
}

/**
 * Whether "Anh"/"Em" leading a name on this list address the person: yes when some name
 * is led by a title ("Chị", "Mr.") or by "Anh" before a full name ("Anh Đỗ Huy Thắng");
 * in a list of plain names "Anh Dang" is a person called Anh.
 */
export function kinAddresses(names: string[]): boolean {
  return names.some((name) => {
    const words = name.normalize('NFC').trim().split(/\s+/);
    const first = key(words[0] ?? '');
    return (TITLES.has(first) && words.length > 1) || (KIN.has(first) && words.length >= 3);
  });
}

/** A word of a name: capitalised, letters (and an apostrophe, hyphen or initial's dot). */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
const ACRONYM = /^\p{Lu}{2,}$/u;

/**
 * Words that read as one person's name: an honorific and capitalised words, or two to five
 * capitalised words, none of them a job, a service or an organisation ("Solutions Architect").
 * `loose` is for words the author set in bold under a speakers heading: one word may be a
 * name ("Kiệt"), and one job-like word after the first may be a typo ("Thinh Cloud").
 */
export function readsAsName(text: string, loose = false): boolean {
  // A nickname in brackets is no part of the test: "Mendel Grabski (Long)".
  const plain = text.replace(/\([^)]*\)/g, ' ').trim();
  if (!plain || isGroup(plain)) return false;
  const { honorific, name } = splitHonorific(plain, true);
  const words = name.split(/\s+/);
  if (words.length > 5 || (!honorific && words.length < 2 && !(loose && [...name].length >= 2))) return false;
  if (!words.every((w) => NAME_WORD.test(w))) return false;
  const odd = words.map((w) => ACRONYM.test(w) || NOT_A_NAME.has(w.toLowerCase()));
  return loose ? !odd[0] && odd.filter(Boolean).length <= 1 : !odd.includes(true);
}

/** The people of a joint name ("Chị Bảo và Anh Nguyên Nguyễn"), or the name alone. */
export function splitNames(text: string, loose = false): string[] {
  const parts = text
    .split(JOIN)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length >= 2 && parts.every((part) => readsAsName(part, loose)) ? parts : [text.trim()];
}

/** A person's name as compared on one slide: no honorific, nickname, case or spacing. */
export function personKey(name: string): string {
  const bare = name.replace(/\([^)]*\)/g, ' ');
  return splitHonorific(bare, true).name.toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}

/** A name that is a group ("AWS Experts Team", "Various AWS SAs"): no card is anyone's. */
export function isGroup(name: string): boolean {
  const last = name.trim().split(/\s+/).pop() ?? '';
  return GROUP.test(name.trim()) || /^\p{Lu}{2,}s$/u.test(last);
}
