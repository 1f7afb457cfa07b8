// Turns a recap heading into a slide title that says something: outline numbers and
// labels ("3.1.", "Session 2:", a time slot) move to a small kicker above it, a trailing full
// stop goes, and a heading too long for two lines keeps its head as the title and the rest
// as a line under it. Pure string work on one heading; the planner decides where it shows.
import { alternation } from '../../lexicon/lexicon.js';
import { endsOpen } from './title-words.js';

export interface CraftedTitle {
  title: string;
  /** Small line above the title: the label, time slot or number the heading led with. */
  kicker?: string;
  /** What a long heading said after its head, shown under the title. */
  lede?: string;
  /** The heading's outline number as written ("3", "3.1", "IV"), for kickers. */
  number?: string;
}

/** Headings longer than this are cut at a natural break (about two lines of title). */
const LONG_TITLE = 64;
const MIN_HEAD = 12;

const NUMBER = /^\s*((?:\d{1,2}\.)*\d{1,2}|[IVX]{1,4}|[A-H])[.)]\s+(?=\S)/u;
const DOTTED = /^\s*(\d{1,2}(?:\.\d{1,2})+)\s+(?=\p{L})/u;
// The label words are the lexicon's (lexicon/*.json); these patterns only say how they combine.
/** A label's number, or numbers joined by "&", "," or the lexicon's "and" ("1 và 2", "IV"). */
const LABEL_NUMBERS = String.raw`\d{1,2}(?:\s*(?:&|${alternation('andWords')}|,)\s*\d{1,2})*|[IVX]{1,4}`;
/** A label and its number ("Session 2:", "Phần 1 và 2 –"): the label moves to the kicker. */
const LABEL = new RegExp(
  String.raw`^\s*((?:${alternation('kickerLabels')})\s*(?:${LABEL_NUMBERS}))\s*[:：.–—|-]\s*`,
  'iu',
);
const TIME = String.raw`\d{1,2}[:h.]\d{2}\s*(?:AM|PM|SA|CH|am|pm)?`;
const TIME_SLOT = new RegExp(String.raw`^\s*\(?(${TIME}(?:\s*[–—-]\s*${TIME})?)\)?\s*[|:：–—-]?\s*`, 'u');
const TRAILING_SLOT = new RegExp(String.raw`\s*[(（]?\s*(${TIME}\s*[–—-]\s*${TIME})\s*[)）]?\s*$`, 'u');
/** Emoji and pictographs a heading may lead with ("⭐ Pillar 1 — …"). */
const LEADING_SYMBOL =
  /^\s*((?:\p{Extended_Pictographic}|\p{Emoji_Presentation})(?:\uFE0F|\u200D\p{Extended_Pictographic})*)\s*/u;

/** A title without the emoji it leads with: a title that joins several names leaves theirs to
 * the cards that show each. */
export function bareTitle(title: string): string {
  return title.replace(LEADING_SYMBOL, '');
}

/** Marks that say something of the part ("✔️ attended", "❌ missed", "➖ so-so", "⚠️"), unlike
 * decoration. */
const STATUS = /^[\u2705\u2714\u2716\u274C\u274E\u26A0\u2757\u2753\u2795\u2796]/u;

/** A label run into its number ("Week1", "Tuần3"): the title spaces them. The labels are the lexicon's. */
const GLUED_NUMBER = new RegExp(
  String.raw`(?<![\p{L}\d])(${alternation('gluedLabels')})(\d{1,3})(?![\p{L}\d])`,
  'giu',
);

/** Numbers run together ("Series #1#2#3"): a range when they count up by one, else a list. */
const GLUED_SERIES = /#\d{1,3}(?:#\d{1,3})+(?!\d)/g;

function series(run: string): string {
  const numbers = run.split('#').filter(Boolean).map(Number);
  const counting = numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1);
  return counting && numbers.length > 2
    ? `#${numbers[0]}–#${numbers[numbers.length - 1]}`
    : numbers.map((n) => `#${n}`).join(', ');
}

export function craftTitle(heading: string, options: { whole?: boolean } = {}): CraftedTitle {
  let title = heading
    .replace(/\s+/g, ' ')
    .replace(GLUED_NUMBER, '$1 $2')
    .replace(GLUED_SERIES, series)
    .trim();
  const kickers: string[] = [];
  let number: string | undefined;
  // "📚 Kiến thức học được", "⭐ Pillar 1 — Identity": an emoji a heading leads with is the
  // author's decoration, as in a chat, not a word of its title; a designer's titles go
  // without (a heading of nothing else keeps it).
  const symbol = LEADING_SYMBOL.exec(title);
  if (symbol && symbol[0].length < title.length && !STATUS.test(symbol[1]!))
    title = title.slice(symbol[0].length);
  for (let changed = true; changed; ) {
    changed = false;
    const slot = TIME_SLOT.exec(title);
    if (slot && slot[0].length < title.length) {
      kickers.push(slot[1]!.trim());
      title = title.slice(slot[0].length);
      changed = true;
    }
    const label = LABEL.exec(title);
    if (label && label[0].length < title.length && title.slice(label[0].length).trim().length >= 3) {
      kickers.push(label[1]!.trim());
      title = title.slice(label[0].length);
      changed = true;
    }
    const outline = NUMBER.exec(title) ?? DOTTED.exec(title);
    if (outline && outline[0].length < title.length) {
      number = outline[1];
      title = title.slice(outline[0].length);
      changed = true;
    }
  }
  const trailing = TRAILING_SLOT.exec(title);
  if (trailing && trailing.index > 0) {
    kickers.push(trailing[1]!.trim());
    title = title.slice(0, trailing.index);
  }
  title = title
    .replace(/(?<![.…])\.\s*$/u, '')
    .replace(/\s*[:：]\s*$/u, '')
    .trim();
  const crafted: CraftedTitle = { title };
  if (kickers.length > 0) crafted.kicker = kickers.join(' · ');
  if (number !== undefined) crafted.number = number;
  return options.whole ? crafted : withLede(crafted);
}

/** A heading too long for two lines: the head before a colon or dash is the title. */
function withLede(crafted: CraftedTitle): CraftedTitle {
  const { title } = crafted;
  if (title.length <= LONG_TITLE) return crafted;
  for (const separator of [/:\s+/u, /\s+[–—|]\s+/u, /\s+-\s+/u, /\s+\(/u]) {
    const match = separator.exec(title);
    if (!match || match.index < MIN_HEAD || match.index > LONG_TITLE) continue;
    // A head that stops on "of", "và"… is no title on its own.
    if (endsOpen(title.slice(0, match.index))) continue;
    const after = title.slice(match.index + match[0].length);
    // Only a bracket the split opened closes with the lede ("Talk (Level 300)"): one the lede
    // opened itself keeps its end ("AIOps - Steps Towards… (Level 300)").
    const rest = (match[0].includes('(') ? after.replace(/\)\s*$/u, '') : after).trim();
    if (rest.length === 0) continue;
    return { ...crafted, title: title.slice(0, match.index).trim(), lede: rest };
  }
  return crafted;
}
