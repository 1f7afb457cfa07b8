// Shortens a long bullet or paragraph for the slide, keeping its inline formatting: the
// bold key phrase (plus the first clause after it when that fits), else the sentences that
// carry its facts, else the text up to a clause break. The full text goes to the notes.
import type { PhrasingContent } from 'mdast';
import { phrasingText } from '../measure/text-runs.js';
import { keySentences } from './key-sentences.js';
import { MIN_SAVING } from '../measure/metrics.js';
import { slice } from './phrasing-slice.js';
import { endsSentence } from './sentences.js';

const ELLIPSIS = '…';

/** The condensed phrasing, or undefined when the text already fits `limit` characters. */
export function condense(children: PhrasingContent[], limit: number): PhrasingContent[] | undefined {
  const text = plain(children);
  if (text.length <= limit) return undefined;
  const short = shorten(children, text, limit);
  // Hiding a few words is not worth it: a cut must save a fair share of the text.
  const saved = text.length - plain(short).length;
  return saved >= MIN_SAVING && saved >= text.length * 0.25 ? short : undefined;
}

function shorten(children: PhrasingContent[], text: string, limit: number): PhrasingContent[] {
  const [first] = children;
  if (first?.type === 'strong') {
    const label = plain([first]).trim();
    if (label.length >= 3 && label.length <= limit) {
      const restText = text.slice(plain([first]).length);
      const lead = /^[\s:–—-]*/.exec(restText)![0].length;
      const clause = cutPoint(restText.slice(lead), limit - label.length - 2, 0.5);
      if (clause && clause.end > 0) {
        const end = plain([first]).length + lead + clause.end;
        return finish(slice(children, end), clause.complete);
      }
      return finish([first], true);
    }
  }
  // Of several sentences, the ones that carry the facts (names, numbers, bold phrases).
  const key = keySentences(children, text, limit);
  if (key) return key;
  const cut = cutPoint(text, limit, 0.4) ?? { end: limit, complete: false };
  return finish(slice(children, cut.end), cut.complete);
}

/** A cut must not leave a bracket or quote open: it moves back before the opening one. */
function balanced(text: string, end: number): number {
  const kept = text.slice(0, end);
  const pairs: [string, string][] = [
    ['(', ')'],
    ['[', ']'],
    ['“', '”'],
    ['"', '"'],
  ];
  let cut = end;
  for (const [open, close] of pairs) {
    const opens =
      open === close
        ? kept.split(open).length - 1
        : kept.split(open).length - 1 - (kept.split(close).length - 1);
    if ((open === close && opens % 2 === 1) || (open !== close && opens > 0))
      cut = Math.min(cut, kept.lastIndexOf(open));
  }
  return cut;
}

export const plain = phrasingText;

/** Where to cut `text` to at most `limit` characters: a sentence end, a clause break, a space. */
export function cutPoint(
  text: string,
  limit: number,
  minShare: number,
): { end: number; complete: boolean } | undefined {
  if (limit <= 0) return undefined;
  if (text.length <= limit) return { end: text.length, complete: true };
  const window = text.slice(0, limit + 1);
  const sentence = /[.!?…](?=\s|$)/g;
  let sentenceEnd = -1;
  for (let match = sentence.exec(window); match && match.index < limit; match = sentence.exec(window)) {
    if (endsSentence(text, match.index)) {
      sentenceEnd = match.index + 1;
      break;
    }
  }
  if (sentenceEnd >= Math.min(limit * minShare, 20) && balanced(text, sentenceEnd) === sentenceEnd)
    return { end: sentenceEnd, complete: true };
  const min = Math.floor(limit * minShare);
  for (const breaks of [/[;:—–(]|\s-\s/g, /,\s/g, /\s/g]) {
    let best = -1;
    for (const m of window.matchAll(breaks))
      if (m.index !== undefined && m.index >= min && m.index <= limit && balanced(text, m.index) === m.index)
        best = m.index;
    if (best !== -1) return { end: best, complete: false };
  }
  return undefined;
}

/** Every cut is marked: "…" after a broken clause, " …" after a whole sentence. */
function finish(children: PhrasingContent[], complete: boolean): PhrasingContent[] {
  const out = trimEnd(children);
  out.push({ type: 'text', value: complete ? ` ${ELLIPSIS}` : ELLIPSIS });
  return out;
}

function trimEnd(children: PhrasingContent[]): PhrasingContent[] {
  const out = [...children];
  while (out.length > 0) {
    const last = out[out.length - 1]!;
    if (last.type === 'break') out.pop();
    else if (last.type === 'text') {
      const value = last.value.replace(/[\s,;:–—-]+$/, '');
      if (value === '') out.pop();
      else {
        out[out.length - 1] = { ...last, value };
        break;
      }
    } else break;
  }
  return out;
}
