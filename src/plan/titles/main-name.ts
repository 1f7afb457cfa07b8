// The name a page of text is about: the capitalised phrase it mentions most ("AWS Summit",
// "Deep Racer"), always whole: a quoted name keeps its commas, and a name joined by "and"/"và"
// never stops on a word whose phrase goes on ("Cloud Computing và Trí" tuệ nhân tạo).
import { alternation } from '../../lexicon/lexicon.js';
import { isGenericTitle, isOpenWord } from './title-words.js';

const MAX = 60;
/** A capitalised word ("Amazon", "S3", "re:Invent", "iPhone") */
const CAPITAL = /^(?:\p{Lu}[\p{L}\d'’-]*|\d+\p{L}*|\p{Ll}{1,3}[:-]?\p{Lu}[\p{L}\d]*)$/u;
/** Small words a name may hold between two capitalised ones: "&" and the lexicon's (lexicon/*.json). */
const JOINER = new RegExp(`^(?:${alternation('nameJoiners')}|&)$`, 'iu');
/** Words that open sentences and name nothing. */
const OPENERS = new Set(
  [
    'The A An This That These Those It Its We Our I My You Your He She They There Here Now Then',
    'So But And Or If When While After Before Overall Also Many Some All Each Every One First Next',
    'Finally Today Yesterday Đây Những Các Một Trong Khi Sau Trước Với Tôi Em Mình Chúng Ngoài Cuối',
    'Nhìn Tổng',
  ]
    .join(' ')
    .split(' '),
);
/** A quoted phrase ("DATA DRIVEN, AI RISEN") is one name, commas and all. */
const QUOTED = /[“"«]([^”"»\n]{3,60})[”"»]/gu;
/** Where a name cannot run across. */
const CLAUSE = /[.,:;!?()[\]"“”«»\n…\uFFFC]+/u;

/** `text` has its links cut out as U+FFFC, so a link's words never make the name. */
export function mainName(text: string): string | undefined {
  const counts = nameCounts(text);
  let best: string | undefined;
  const score = (name: string) => {
    const count = counts.get(name)!;
    const size = name.split(' ').length;
    // A plain capitalised word once is likely just a word ("Vendors"); twice, a name.
    if (size === 1 && !/\p{Lu}.*\p{Lu}|\d/u.test(name) && count < 2) return 0;
    // Said again counts more than said at length ("X, Y and Z Health" lists names).
    return count * 3 + Math.min(size, 3);
  };
  for (const name of counts.keys()) if (score(name) > 0 && (!best || score(name) > score(best))) best = name;
  return best;
}

/** Every name `text` mentions (capitalised phrases, quoted names), with how often, in order. */
export function nameCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (name: string) => {
    if (name.length <= MAX && !isGenericTitle(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  };
  const rest = text.replace(QUOTED, (whole, inner: string) => {
    const words = inner.trim().split(/\s+/u);
    if (words.length < 2 || !words.every((w) => CAPITAL.test(bare(w)) || JOINER.test(w))) return whole;
    add(inner.trim());
    return '\n';
  });
  for (const clause of rest.split(CLAUSE)) {
    const words = clause.trim().split(/\s+/u);
    let i = 0;
    while (i < words.length) {
      const start = i;
      i += 1;
      if (!CAPITAL.test(words[start]!) || (start === 0 && OPENERS.has(words[start]!))) continue;
      while (
        i < words.length &&
        (CAPITAL.test(words[i]!) || (JOINER.test(words[i]!) && CAPITAL.test(words[i + 1] ?? '')))
      )
        i += 1;
      const name = words.slice(start, whole(words, start, i)).join(' ');
      // One capitalised word is a name when it is an acronym, has inner capitals or recurs
      // mid-sentence; a word that only opens a clause may be any word.
      const single = !name.includes(' ');
      if (single && !/\p{Lu}.*\p{Lu}|\d/u.test(name) && (start === 0 || OPENERS.has(name) || name.length < 3))
        continue;
      add(name);
    }
  }
  return counts;
}

/** Each word of `text` is capitalised, a number or a joiner: it reads as a name, not a phrase. */
export function isNameLike(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  return !/[.!?:;,]$/u.test(text.trim()) && words.every((w) => CAPITAL.test(w) || JOINER.test(w));
}

function bare(word: string): string {
  return word.replace(/[,.;:!?]+$/u, '');
}

/** The end of a joined name, cut back to before its joiner when the phrase goes on after it. */
function whole(words: string[], start: number, end: number): number {
  let stop = end;
  for (;;) {
    const next = words[stop];
    const continues = next !== undefined && /^\p{Ll}/u.test(next) && !isOpenWord(next);
    const joiner = words.slice(start, stop).findLastIndex((w, k) => k > 0 && JOINER.test(w));
    if (!continues || joiner === -1) return stop;
    stop = start + joiner;
  }
}
