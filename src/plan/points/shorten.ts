// Shortens a long bullet or paragraph for the slide, keeping its inline formatting and
// never a thought cut in two: the bold key phrase (with the first sentence or clause after
// it when that fits), else the sentences that carry its facts, else the sentence up to a
// clause boundary. Nothing is marked "…": every point reads whole, and the full text is
// in the notes.
import type { PhrasingContent } from 'mdast';
import { alternation, opensWith } from '../../lexicon/lexicon.js';
import { MIN_SAVING } from '../measure/metrics.js';
import { phrasingText } from '../measure/text-runs.js';
import { keySentences } from './key-sentences.js';
import { slice } from './phrasing-slice.js';
import { endsSentence } from './sentences.js';

export const plain = phrasingText;

/** The shortened phrasing, or undefined when the text already fits `limit` characters or no
 * whole-clause cut saves a fair share of it. */
export function shorten(children: PhrasingContent[], limit: number): PhrasingContent[] | undefined {
  const text = plain(children);
  if (text.length <= limit) return undefined;
  const short = cut(children, text, limit);
  if (!short) return undefined;
  // Hiding a few words is not worth it: a cut must save a fair share of the text.
  const saved = text.length - plain(short).length;
  return saved >= MIN_SAVING && saved >= text.length * 0.25 ? short : undefined;
}

function cut(children: PhrasingContent[], text: string, limit: number): PhrasingContent[] | undefined {
  const [first] = children;
  if (first?.type === 'strong') {
    const label = plain([first]);
    if (label.trim().length >= 3 && label.length <= limit) {
      const rest = text.slice(label.length);
      const lead = /^[\s:：–—-]*/u.exec(rest)![0].length;
      const clause = cutPoint(rest.slice(lead), limit - label.length - lead, 0.3);
      if (clause) return trimEnd(slice(children, label.length + lead + clause));
      return trimEnd([first]);
    }
  }
  // Of several sentences, the ones that carry the facts (names, numbers, bold phrases).
  const key = keySentences(children, text, limit);
  if (key) return key;
  // A sentence that opens on a subordinate clause ("As the summit is …, picking a talk …")
  // says its point last: any cut would keep only the clause that leads into it.
  if (opensSubordinate(text)) return undefined;
  const end = cutPoint(text, limit, 0.4);
  return end ? trimEnd(slice(children, end)) : undefined;
}

const opensSubordinate = opensWith('subordinators');

/** A clause opener after a comma ("…, which", "…, giúp"): a boundary between two thoughts. */
const CLAUSE_COMMA = new RegExp(`,\\s+(?=(?:${alternation('clauseOpeners')})(?![\\p{L}\\p{N}]))`, 'giu');
/** Marks that close a clause whatever follows: a semicolon, a dash, an opening bracket. */
const CLAUSE_MARK = /\s*;|\s+[—–-]\s+|\s*—|\s+\(/gu;
/** Where what the sentence does ends and how or why it does it begins ("… HR thông qua việc …",
 * "… the pipeline in order to …"): the last boundary, when no mark or comma offers one. */
const ADJUNCT = new RegExp(`\\s+(?=(?:${alternation('adjunctOpeners')})(?![\\p{L}\\p{N}]))`, 'giu');

/** Where to cut `text` to at most `limit` characters: the end of its first sentence, else a
 * clause boundary past `minShare` of the limit; undefined when no such place exists. */
export function cutPoint(text: string, limit: number, minShare: number): number | undefined {
  if (limit <= 0) return undefined;
  if (text.length <= limit) return text.length;
  const window = text.slice(0, limit + 1);
  const min = Math.max(Math.floor(limit * minShare), 12);
  for (const match of window.matchAll(/[.!?…](?=\s|$)/gu)) {
    if (match.index >= limit) break;
    if (endsSentence(text, match.index) && match.index + 1 >= min && balanced(text, match.index + 1))
      return match.index + 1;
  }
  for (const breaks of [CLAUSE_MARK, CLAUSE_COMMA, ADJUNCT]) {
    let best: number | undefined;
    for (const m of window.matchAll(breaks))
      if (m.index >= min && m.index <= limit && balanced(text, m.index)) best = m.index;
    if (best !== undefined) return best;
  }
  return undefined;
}

/** A cut must not leave a bracket or quote open. */
function balanced(text: string, end: number): boolean {
  const kept = text.slice(0, end);
  const count = (mark: string) => kept.split(mark).length - 1;
  return (
    count('(') <= count(')') && count('[') <= count(']') && count('“') <= count('”') && count('"') % 2 === 0
  );
}

/** No stray mark where the text now ends (a comma, a colon, a dash, a line break). */
function trimEnd(children: PhrasingContent[]): PhrasingContent[] {
  const out = [...children];
  while (out.length > 0) {
    const last = out[out.length - 1]!;
    if (last.type === 'break') out.pop();
    else if (last.type === 'text') {
      const value = last.value.replace(/[\s,;:–—-]+$/u, '');
      if (value === '') out.pop();
      else {
        out[out.length - 1] = { ...last, value };
        break;
      }
    } else break;
  }
  return out;
}
