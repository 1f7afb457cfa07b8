// The initials in a person card's avatar, unique among the cards of one list.
import { JOIN } from './names.js';

/**
 * "Đỗ Huy Thắng" -> "ĐT"; a second "ĐT" on the slide takes its middle initial ("ĐH"). The
 * name comes without its honorific (people-names.ts), so "Anh" in "Anh Dang" is his.
 */
export function uniqueInitials(name: string, taken: Set<string>): string {
  // A joint name the planner could not part ("Lam An Thinh & nguyen"): the first person's.
  const person = name.normalize('NFC').split(JOIN)[0] ?? name;
  // A nickname in brackets is no part of the initials: "Lê Xuân Anh (Long)" is LA.
  const words = person
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[[\].,]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && /\p{L}/u.test(w));
  const letters = (word: string | undefined) => [...(word ?? '')].filter((c) => /\p{L}/u.test(c));
  const first = letters(words[0]);
  const last = words.length > 1 ? letters(words[words.length - 1]) : [];
  const middles = words.slice(1, -1).map((w) => letters(w)[0] ?? '');
  // Two letters at most, as the badge holds: a second "ĐT" takes a middle name's initial; if
  // that is taken too, the badge repeats (the name under it tells the people apart).
  const candidates =
    words.length > 1
      ? [first[0]! + last[0]!, ...middles.map((m) => first[0]! + m)]
      : // One name has one initial ("Kiệt" is K); taken, its first and another ("Trường" by "Trung").
        [first[0] ?? '', ...first.slice(1).map((letter) => first[0]! + letter)];
  const upper = candidates.filter(Boolean).map((c) => c.toLocaleUpperCase('vi'));
  const chosen = upper.find((c) => !taken.has(c)) ?? upper[0] ?? '?';
  taken.add(chosen);
  return chosen;
}
