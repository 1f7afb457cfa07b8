// Chooses the deck's title: the front matter's (`title`, or `post_title`, `name`,
// `headline` as other site generators call it), then the H1, then a first line that reads
// as a title. A front matter title that is only the site's menu label ("Event 4",
// "1.1 Week1") gives way to a real H1 or first line, and shows without its number.
import { alternation } from '../lexicon/lexicon.js';
import type { RecapMeta } from './meta.js';

export interface RecapTitle {
  text: string;
  /** Where the title was read. */
  from: 'front matter' | 'heading' | 'first line';
  /** The front matter key, when read from there. */
  key?: string;
  /** Line and column in the recap (the front matter's fence line for a front matter title). */
  origin: { line: number; column: number };
}

export interface TitleCandidate {
  text: string;
  origin: { line: number; column: number };
}

/** "4.4.", "1.1", "3 -": an outline number in front of a menu label. */
const OUTLINE_NUMBER = /^\s*\d+(?:\.\d+)*\.?\s*[-–:.]?\s*/;
// The words are the lexicon's (lexicon/*.json); these patterns only say how they combine.
/** Menu words and a number: "Event 4", "Week 3", "Sự kiện 2", "Worklog tuần 1a". */
const MENU_WORD = new RegExp(`^(?:(?:${alternation('menuLabelWords')})\\s*)+#?\\s*\\d*[a-z]?$`, 'iu');
/** A whole menu label: "Events attended", "Các sự kiện đã tham gia". */
const MENU_PHRASE = new RegExp(`^(?:${alternation('menuLabels')})$`, 'iu');

/** A site menu label rather than a title: "Event 4", "Week 3", "Worklog", "Sự kiện 2". */
export function isMenuLabel(title: string): boolean {
  const bare = title.replace(OUTLINE_NUMBER, '').trim();
  return bare === '' || MENU_WORD.test(bare) || MENU_PHRASE.test(bare);
}

export function chooseTitle(
  meta: RecapMeta,
  frontMatterLine: number | undefined,
  heading: TitleCandidate | undefined,
  firstLine: TitleCandidate | undefined,
): RecapTitle | undefined {
  const fromFrontMatter = (text: string): RecapTitle => ({
    text,
    from: 'front matter',
    ...(meta.titleKey ? { key: meta.titleKey } : {}),
    origin: { line: frontMatterLine ?? 1, column: 1 },
  });
  // An H1 that says the front matter's title and more ("Recap: …") says it better.
  if (meta.title && !isMenuLabel(meta.title) && !(heading && contains(heading.text, meta.title)))
    return fromFrontMatter(meta.title);
  if (heading) return { ...heading, from: 'heading' };
  if (firstLine) return { ...firstLine, from: 'first line' };
  const label = meta.title?.replace(OUTLINE_NUMBER, '').trim();
  return label ? fromFrontMatter(label) : undefined;
}

/** Whether a line reads as a title: short, one line, not a sentence, a label or a list. */
export function readsAsTitle(text: string): boolean {
  const line = text.trim();
  if (line.length < 3 || line.length > 90 || line.includes('\n')) return false;
  if (/[.,;:…]$/.test(line) || /^[-*+•]\s/.test(line)) return false;
  // "Date: 15/11/2025" is a fact, not a title.
  if (/^[^:]{1,30}:\s/.test(line) && !/^[^:]*\d:\d/.test(line)) return false;
  return /\p{L}/u.test(line);
}

/** Whether `text` says all of `part`, case, spaces and punctuation aside. */
export function contains(text: string, part: string): boolean {
  const norm = (t: string) =>
    t
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return norm(part) !== '' && norm(text).includes(norm(part));
}
