// Part 2 of the speaker notes: where a slide's key terms (glossary terms, the author's
// bold phrases, names of things and people) come back in another part of the recap,
// citing that slide's own words.
// A term shared by many slides says little, so each is weighted by how rare it is (idf),
// and more where it is prominent (a slide's title or bold words) on either side.
import type { Labels } from '../i18n/labels.js';
import { findTerms } from '../glossary/find-terms.js';
import type { Slide } from '../model/deck.js';
import { slideText } from '../slides/plain-text.js';
import { boldPhrases, firstWords, flat, trimPunctuation } from './emphasis.js';
import { pointsOf, type Point } from './points.js';
import { isContent } from './what-to-say.js';

export interface Connection {
  /** Slide index cited. */
  target: number;
  forward: boolean;
  /** The target slide's title, the point's number in an ordered list, and its words. */
  title: string;
  number?: number;
  quote: string;
  score: number;
}

const MAX_LINKS = 3;
const MIN_SCORE = 1.25;
const QUOTE_WORDS = 12;
const EMPHASIS = 1.5;

/**
 * Connections for every slide, strongest first. `groups` gives each slide's part of the
 * recap (its top-level section); slides are linked only across parts.
 */
export function findConnections(slides: Slide[], groups: (number | undefined)[]): Connection[][] {
  const content = slides.map((slide, i) => isContent(slide) && groups[i] !== undefined);
  const titles = slides.map((slide) => new Set(termKeys(slide.title)));
  const keyed = slides.map((slide, i) => (content[i] ? keysOf(slide, titles[i]!) : undefined));
  // A slide's title is a point too: a slide about a term is the place to send the audience.
  const points = slides.map((slide, i) =>
    content[i] ? [titlePoint(slide), ...pointsOf(slide)].map(withKeys) : [],
  );
  const find = pointFinder(points);
  const weight = rarity(keyed, points, content);
  return slides.map((_, i) => {
    const own = keyed[i];
    if (!own) return [];
    // One link per section cited: its continuation slides are one place to send people to.
    const best = new Map<number, { t: number; point: KeyedPoint; shared: string[]; score: number }>();
    const placeOf = (t: number) => slides[t]!.section ?? -t - 1;
    for (const [[t, p], shared] of find(own.keys)) {
      if (groups[t] === groups[i]) continue;
      const point = points[t]![p]!;
      let score = 0;
      for (const key of shared)
        score +=
          weight(key) *
          (own.prominent.has(key) ? EMPHASIS : 1) *
          (point.emphasis.has(key) || titles[t]!.has(key) ? EMPHASIS : 1);
      if (score >= MIN_SCORE && score > (best.get(placeOf(t))?.score ?? 0))
        best.set(placeOf(t), { t, point, shared, score });
    }
    // Equal scores: looking ahead first, then the nearer slide.
    const order = ({ t, score }: { t: number; score: number }) => [-score, t > i ? 0 : 1, Math.abs(t - i)];
    return [...best.values()]
      .sort((a, b) => compare(order(a), order(b)))
      .slice(0, MAX_LINKS)
      .map(({ t, point, shared, score }) => ({
        target: t,
        forward: t > i,
        title: slides[t]!.title,
        ...(point.number !== undefined ? { number: point.number } : {}),
        quote: quoteOf(point, shared),
        score,
      }));
  });
}

/** How much a shared key says: ln(slides / slides holding it); nothing when most hold it. */
function rarity(
  keyed: ({ keys: Set<string> } | undefined)[],
  points: KeyedPoint[][],
  content: boolean[],
): (key: string) => number {
  const total = content.filter(Boolean).length;
  const df = new Map<string, number>();
  keyed.forEach((k, i) => {
    if (!k) return;
    const all = new Set([...k.keys, ...points[i]!.flatMap((p) => [...p.keys])]);
    for (const key of all) df.set(key, (df.get(key) ?? 0) + 1);
  });
  return (key) => {
    const n = df.get(key) ?? 1;
    return n > total / 2 ? 0 : Math.log(total / n);
  };
}

type PointRef = readonly [slide: number, point: number];

/**
 * Finds the points that share keys with a slide, through an index of keys and of words
 * (a bold phrase is looked for among the points holding its rarest word), so a long recap
 * is not compared slide against slide.
 */
function pointFinder(points: KeyedPoint[][]): (keys: Set<string>) => Map<PointRef, string[]> {
  const refs = points.flatMap((list, t) => list.map((_, p) => [t, p] as const));
  const byKey = new Map<string, PointRef[]>();
  const byWord = new Map<string, Set<PointRef>>();
  for (const ref of refs) {
    const point = points[ref[0]]![ref[1]]!;
    for (const key of point.keys) {
      const holders = byKey.get(key) ?? [];
      holders.push(ref);
      byKey.set(key, holders);
    }
    for (const word of point.lower.split(' '))
      if (word) byWord.set(word, (byWord.get(word) ?? new Set()).add(ref));
  }
  return (keys) => {
    const found = new Map<PointRef, string[]>();
    const add = (ref: PointRef, key: string) => {
      const list = found.get(ref) ?? [];
      if (!list.includes(key)) found.set(ref, [...list, key]);
    };
    for (const key of keys) {
      for (const ref of byKey.get(key) ?? []) add(ref, key);
      if (!key.startsWith(BOLD)) continue;
      const words = key.slice(BOLD.length).split(' ');
      const rarest = words.map((w) => byWord.get(w)).sort((a, b) => (a?.size ?? 0) - (b?.size ?? 0))[0];
      for (const ref of rarest ?? []) if (boldIn(key, points[ref[0]]![ref[1]]!)) add(ref, key);
    }
    return found;
  };
}

export function connectionLine(c: Connection, labels: Labels['notes']): string {
  const where = c.number !== undefined ? `${c.title} ${c.number}` : c.title;
  const quote = c.quote === c.title ? '' : `: “${c.quote}”`;
  return `${c.forward ? '→' : '←'} ${where}${quote} (${labels.slide(c.target + 1)})`;
}

function titlePoint(slide: Slide): Point {
  return { text: slide.title, quote: slide.title, bold: [] };
}

/**
 * A slide's key terms: the glossary terms it shows (well-known ones aside) and its bold
 * phrases; prominent are those in its title or in bold.
 */
function keysOf(slide: Slide, title: Set<string>): { keys: Set<string>; prominent: Set<string> } {
  const bold = boldPhrases(slide.blocks);
  const prominent = new Set([...title, ...termKeys(bold.join('\n')), ...bold.map(boldKey)]);
  return { keys: new Set([...textKeys(slideText(slide)), ...bold.map(boldKey)]), prominent };
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

interface KeyedPoint extends Point {
  keys: Set<string>;
  /** Keys the point sets in bold. */
  emphasis: Set<string>;
  lower: string;
}

function withKeys(point: Point): KeyedPoint {
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

function termKeys(text: string): string[] {
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

const BOLD = 'bold:';

function boldKey(phrase: string): string {
  return `${BOLD}${phrase.toLowerCase()}`;
}

/** A bold phrase of the slide found, in any case, as whole words in the point. */
function boldIn(key: string, point: KeyedPoint): boolean {
  if (!key.startsWith(BOLD)) return false;
  const phrase = key.slice(BOLD.length);
  const at = point.lower.indexOf(phrase);
  if (phrase.length < 4 || at < 0) return false;
  const edge = /[\p{L}\p{N}]/u;
  return !edge.test(point.lower[at - 1] ?? ' ') && !edge.test(point.lower[at + phrase.length] ?? ' ');
}

/**
 * What to quote of a point: its bold phrase that holds a shared term and says more than
 * the term, else the point itself; cut to a few words, from the clause that holds the
 * term when the term comes late.
 */
function quoteOf(point: KeyedPoint, shared: string[]): string {
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
