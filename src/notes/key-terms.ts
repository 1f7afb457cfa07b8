// The key terms of slides and of the points they make, for finding where a slide's terms
// come back: glossary terms (well-known ones aside), the author's bold phrases and names
// of things and people, each a string key ("term:AWS CDK", "bold:…", "name:…").
import { findTerms } from '../glossary/find-terms.js';
import type { Slide } from '../model/deck.js';
import { slideText } from '../model/text.js';
import { boldPhrases, flat } from './emphasis.js';
import type { Point } from './points.js';

/**
 * A slide's key terms: the glossary terms it shows (well-known ones aside) and its bold
 * phrases; prominent are those in its title or in bold.
 */
export function keysOf(slide: Slide, title: Set<string>): { keys: Set<string>; prominent: Set<string> } {
  const bold = boldPhrases(slide.blocks);
  const prominent = new Set([...title, ...termKeys(bold.join('\n')), ...bold.map(boldKey)]);
  return { keys: new Set([...textKeys(slideText(slide)), ...bold.map(boldKey)]), prominent };
}

export interface KeyedPoint extends Point {
  keys: Set<string>;
  /** Keys the point sets in bold. */
  emphasis: Set<string>;
  lower: string;
}

export function withKeys(point: Point): KeyedPoint {
  const keys = new Set([...textKeys(point.text), ...point.bold.map(boldKey)]);
  const emphasis = new Set([...termKeys(point.bold.join('\n')), ...point.bold.map(boldKey)]);
  return { ...point, keys, emphasis, lower: ` ${flat(point.text).toLowerCase()} ` };
}

/** The glossary terms of a text and the names of things in the rest of it. */
function textKeys(text: string): string[] {
  const normal = text.normalize('NFC');
  const hits = findTerms(normal);
  let rest = normal;
  for (const hit of hits)
    rest = rest.slice(0, hit.start) + ' '.repeat(hit.end - hit.start) + rest.slice(hit.end);
  return [
    ...hits.filter((hit) => !hit.entry.basic).map((hit) => `term:${hit.entry.term}`),
    ...nameKeys(rest),
  ];
}

export function termKeys(text: string): string[] {
  return findTerms(text)
    .filter((hit) => !hit.entry.basic)
    .map((hit) => `term:${hit.entry.term}`);
}

/**
 * Names of things and people: runs of two or more capitalised words, or one word with a
 * capital inside (CloudThinker). A sentence's first word is capitalised anyway, so it
 * does not start a name.
 */
const CAPITALISED = "\\p{Lu}[\\p{L}\\p{N}'’]*";
const CAMEL = '\\p{Lu}\\p{Ll}+\\p{Lu}[\\p{L}\\p{N}]*';
const NAME = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${CAPITALISED}(?:[ -]${CAPITALISED})+|${CAMEL})(?![\\p{L}\\p{N}])`,
  'gu',
);
const SENTENCE_START = /(?:^|[.!?:;\n]\s*|[-–—•]\s+)$/u;

function nameKeys(text: string): string[] {
  return [...text.matchAll(NAME)].flatMap((match) => {
    let words = match[0].split(' ');
    if (SENTENCE_START.test(text.slice(0, match.index))) words = words.slice(1);
    const name = words.join(' ');
    return words.length >= 2 || /\p{Ll}\p{Lu}/u.test(name) ? [`name:${name.toLowerCase()}`] : [];
  });
}

export const BOLD = 'bold:';

export function boldKey(phrase: string): string {
  return `${BOLD}${phrase.toLowerCase()}`;
}

/** A bold phrase of the slide found, in any case, as whole words in the point. */
export function boldIn(key: string, point: KeyedPoint): boolean {
  if (!key.startsWith(BOLD)) return false;
  const phrase = key.slice(BOLD.length);
  const at = point.lower.indexOf(phrase);
  if (phrase.length < 4 || at < 0) return false;
  const edge = /[\p{L}\p{N}]/u;
  return !edge.test(point.lower[at - 1] ?? ' ') && !edge.test(point.lower[at + phrase.length] ?? ' ');
}
