// The words the planner's rules look for, as data: one lexicon per language (en.json,
// vi.json), each concept a list of phrases. Recaps mix their languages (Vietnamese text under
// English headings), so a rule asks every language at once unless it names one.
import type { Lang } from '../model/deck.js';
import en from './en.json' with { type: 'json' };
import vi from './vi.json' with { type: 'json' };

export type Concept = keyof typeof en;

const LEXICONS: Record<Lang, Record<Concept, readonly string[]>> = { en, vi };
/** The languages a lexicon exists for. */
export const LANGS: readonly Lang[] = ['en', 'vi'];

/** Letters or digits on either side end a match: whole words only (`\b` knows only ASCII
 * letters, not Vietnamese ones). For patterns built around the lexicon's phrases. */
export const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
export const EDGE_AFTER = '(?![\\p{L}\\p{N}])';

/** The phrases of a concept, in one language or all. */
export function phrases(concept: Concept, lang?: Lang): readonly string[] {
  return lang ? LEXICONS[lang][concept] : [...LEXICONS.en[concept], ...LEXICONS.vi[concept]];
}

/** Lower case, one space between words, no marks around: how phrases are compared. */
export function normal(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase()
    .replace(/\s+/gu, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .trim();
}

/** The phrases as one alternation, longest first (so "in summary" wins over "in"). */
export function alternation(concept: Concept, lang?: Lang): string {
  return [...new Set(phrases(concept, lang).map(normal))]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/** Whether the whole text is one of the concept's phrases. */
export function isPhrase(concept: Concept, text: string, lang?: Lang): boolean {
  return NORMAL[lang ?? 'all'][concept].has(normal(text));
}

const CONCEPTS = Object.keys(en) as Concept[];

function normalSets(list: (concept: Concept) => readonly string[]): Record<Concept, ReadonlySet<string>> {
  const sets = {} as Record<Concept, ReadonlySet<string>>;
  for (const concept of CONCEPTS) sets[concept] = new Set(list(concept).map(normal));
  return sets;
}

/** Each concept's phrases as compared, per language and for all of them. */
const NORMAL: Record<Lang | 'all', Record<Concept, ReadonlySet<string>>> = {
  en: normalSets((c) => en[c]),
  vi: normalSets((c) => vi[c]),
  all: normalSets((c) => phrases(c)),
};

/** A test for text that opens with one of the concept's phrases, as whole words. */
export function opensWith(concept: Concept, lang?: Lang): (text: string) => boolean {
  const pattern = new RegExp(`^\\s*(?:${alternation(concept, lang)})${EDGE_AFTER}`, 'iu');
  return (text) => pattern.test(text.normalize('NFC'));
}

/** A test for text that mentions one of the concept's phrases anywhere, as whole words. */
export function mentions(concept: Concept, lang?: Lang): (text: string) => boolean {
  const pattern = new RegExp(`${EDGE_BEFORE}(?:${alternation(concept, lang)})${EDGE_AFTER}`, 'iu');
  return (text) => pattern.test(text.normalize('NFC'));
}

/** How many times the text mentions the concept's phrases. */
export function countMentions(concept: Concept, lang?: Lang): (text: string) => number {
  const pattern = new RegExp(`${EDGE_BEFORE}(?:${alternation(concept, lang)})${EDGE_AFTER}`, 'giu');
  return (text) => (text.normalize('NFC').match(pattern) ?? []).length;
}

/** A label and a number with nothing else ("Week1", "Sự Kiện 4", "Day 2", "#3"): the number, or
 * undefined. */
export function labelNumber(text: string): number | undefined {
  const match = LABEL_NUMBER.exec(
    text
      .normalize('NFC')
      .replace(/\s+/gu, ' ')
      .trim()
      .replace(/[\s:：.,;!?…]+$/u, ''),
  );
  return match ? Number(match[1]) : undefined;
}

const LABEL_NUMBER = new RegExp(`^(?:(?:${alternation('partLabels')})\\s*|#\\s*)(\\d{1,3})$`, 'iu');
