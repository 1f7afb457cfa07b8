// Where sentences end in recap text, English or Vietnamese: a full stop, question or
// exclamation mark before a capital or the end, but not after an abbreviation or inside a number.
import { phrases } from '../../lexicon/lexicon.js';

/** Words whose full stop does not end a sentence: the lexicon's, written without that stop ("e.g"). */
const ABBREVIATIONS = new Set(phrases('abbreviations'));

export function endsSentence(text: string, dot: number): boolean {
  if (/\d/.test(text[dot - 1] ?? '') && /\d/.test(text[dot + 1] ?? '')) return false; // 1.5
  const word = /([\p{L}.]+)$/u.exec(text.slice(0, dot))?.[1]?.toLowerCase() ?? '';
  if (
    text[dot] === '.' &&
    (ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/\./g, '')) || /^\p{L}$/u.test(word))
  )
    return false;
  const next = /\S/.exec(text.slice(dot + 1));
  return !next || !/\p{Ll}/u.test(next[0]);
}

/** Character ranges of the sentences of `text`, in order, each with its end mark. */
export function sentenceSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?…](?=\s|$)/g)) {
    if (!endsSentence(text, match.index)) continue;
    const end = match.index + 1;
    if (text.slice(start, end).trim()) spans.push({ start, end });
    start = end;
  }
  if (text.slice(start).trim()) spans.push({ start, end: text.length });
  return spans.map(({ start: s, end }) => {
    const lead = /^\s*/.exec(text.slice(s))![0].length;
    return { start: s + lead, end };
  });
}
