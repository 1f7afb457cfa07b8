// Part 2 of the speaker notes: where a slide's key terms (glossary terms, the author's
// bold phrases, names of things and people) come back in another part of the recap,
// citing that slide's own words.
// A term shared by many slides says little, so each is weighted by how rare it is (idf),
// and more where it is prominent (a slide's title or bold words) on either side.
import type { Labels } from '../i18n/labels.js';
import type { Slide } from '../model/deck.js';
import { cardTitles } from '../model/text.js';
import { BOLD, boldIn, type KeyedPoint, keysOf, termKeys, withKeys } from './key-terms.js';
import { pointsOf, type Point } from './points.js';
import { quoteOf } from './quote.js';
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
const EMPHASIS = 1.5;

/**
 * Connections for every slide, strongest first. `groups` gives each slide's part of the
 * recap (its top-level section); slides are linked only across parts.
 */
export function findConnections(slides: Slide[], groups: (number | undefined)[]): Connection[][] {
  const content = slides.map((slide, i) => isContent(slide) && groups[i] !== undefined);
  // A slide of cards is titled by each of its cards too: each is the place for its part.
  const titles = slides.map((slide) => new Set(termKeys([slide.title, ...cardTitles(slide)].join('\n'))));
  const keyed = slides.map((slide, i) => (content[i] ? keysOf(slide, titles[i]!) : undefined));
  // A slide's title is a point too: a slide about a term is the place to send the audience.
  const points = slides.map((slide, i) =>
    content[i] ? [titlePoint(slide), ...cardPoints(slide), ...pointsOf(slide)].map(withKeys) : [],
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

/** Each card's title on a slide of cards, quoted as the part it names. */
function cardPoints(slide: Slide): Point[] {
  return cardTitles(slide).map((title) => ({ text: title, quote: title, bold: [] }));
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
