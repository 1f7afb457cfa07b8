// What a connection quotes of the point it cites: the recap's own words, a few of them.
import { findTerms } from '../glossary/find-terms.js';
import { firstWords, trimPunctuation } from './emphasis.js';
import { boldKey, type KeyedPoint, termKeys } from './key-terms.js';

const QUOTE_WORDS = 12;

/**
 * What to quote of a point: its bold phrase that holds a shared term and says more than
 * the term, else the point itself; cut to a few words, from the clause that holds the
 * term when the term comes late.
 */
export function quoteOf(point: KeyedPoint, shared: string[]): string {
  const bold = point.bold.find(
    (phrase) =>
      shared.some((key) => key === boldKey(phrase) || termKeys(phrase).includes(key)) &&
      wordsBeyondTerms(phrase) >= 3,
  );
  if (bold) return firstWords(bold, QUOTE_WORDS);
  const text = trimPunctuation(point.quote, true);
  const at = firstShared(text, shared);
  if (at < 0 || text.slice(0, at).split(' ').length < QUOTE_WORDS - 3) return firstWords(text, QUOTE_WORDS);
  const clause = Math.max(...['. ', ': ', '; ', ' — ', ' – '].map((mark) => text.lastIndexOf(mark, at)));
  // No clause to start from: a few words before the term.
  const from = clause > 0 ? clause + 2 : text.lastIndexOf(' ', Math.max(0, at - 40)) + 1;
  return `…${firstWords(text.slice(from).trim(), QUOTE_WORDS)}`;
}

function wordsBeyondTerms(phrase: string): number {
  let rest = phrase;
  for (const hit of findTerms(phrase).reverse()) rest = rest.slice(0, hit.start) + rest.slice(hit.end);
  return rest.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Where the first shared key shows in the text (-1: nowhere to be seen). */
function firstShared(text: string, shared: string[]): number {
  const lower = text.toLowerCase();
  const places = [
    ...findTerms(text)
      .filter((hit) => shared.includes(`term:${hit.entry.term}`))
      .map((hit) => hit.start),
    ...shared.map((key) => lower.indexOf(key.slice(key.indexOf(':') + 1))),
  ].filter((at) => at >= 0);
  return places.length > 0 ? Math.min(...places) : -1;
}
