// The sentences of a paragraph that carry its facts, for a slide that cannot show it all:
// sentences with bold phrases, names, numbers, services and lists score high, filler
// ("Overall, it was amazing.") low. Chosen sentences keep their order and formatting, and
// are always whole; what is left out stays in the notes.
import type { PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { countMentions, mentions, opensWith } from '../../lexicon/lexicon.js';
import { between } from '../../model/phrasing-slice.js';
import { sentenceSpans } from './sentences.js';

export interface Scored {
  start: number;
  end: number;
  /** Its place among the paragraph's sentences. */
  index: number;
  score: number;
  /** It leans on the sentence before, and reads wrong without it: by a pronoun ("It cuts…",
   * "Điều này…"), as its consequence ("As a result…", "Kết quả là…") or as an addition to it
   * ("We also saw…", "Em cũng học…"). */
  leans?: 'pronoun' | 'consequence' | 'addition';
  /** It asks what the sentence after it answers: alone, a point that says nothing. */
  asks?: boolean;
}

const isFiller = opensWith('fillerOpenings');
/** A sentence that ends by asking. */
const QUESTION = /[?？]["”’)\]]*\s*$/u;
const vagueWords = countMentions('vagueWords');
const adds = mentions('additiveWords');
/** "The lesson learned was…", "Kết quả là…": the sentence a point is for. */
const concludes = mentions('conclusionWords');
/** "It eliminates…", "Điều này giúp…": a sentence that leans on the one before reads wrong alone. */
const leansBack = opensWith('backReferences');
/** "As a result…", "Kết quả là…": a consequence, of the sentence before. */
const follows = opensWith('consequenceOpenings');
/** "Em cũng học…", "We also saw…": a sentence that adds to another is not the lead. */
const ADDS_WITHIN = 4;
const addsTo = (sentence: string) =>
  adds(sentence.split(/\s+/).filter(Boolean).slice(0, ADDS_WITHIN).join(' '));

/** The paragraph's sentences with what each carries. */
export function scoredSentences(children: PhrasingContent[], text: string): Scored[] {
  return scoredSpans(
    children,
    text,
    sentenceSpans(text).map((span, index) => ({ ...span, index })),
  );
}

/** Sentences of `text` at the given ranges with what each carries; only the paragraph's own
 * first sentence (index 0) is taken to say what it is about. */
export function scoredSpans(
  children: PhrasingContent[],
  text: string,
  spans: { start: number; end: number; index: number }[],
): Scored[] {
  const bold = boldRanges(children);
  return spans.map((span) => {
    const sentence = text.slice(span.start, span.end);
    return {
      ...span,
      score: score(sentence, span.index, bold.filter((b) => b.start < span.end && b.end > span.start).length),
      ...(spans.some((other) => other.index === span.index - 1) ? leaning(sentence) : {}),
      ...(QUESTION.test(sentence) && spans.some((other) => other.index === span.index + 1)
        ? { asks: true }
        : {}),
    };
  });
}

/** How a sentence leans on the one before, if it does. */
function leaning(sentence: string): Pick<Scored, 'leans'> {
  if (follows(sentence)) return { leans: 'consequence' };
  // "Em cũng học về…", "We also saw…": it adds to what the sentence before said.
  if (addsTo(sentence)) return { leans: 'addition' };
  return leansBack(sentence) ? { leans: 'pronoun' } : {};
}

/** The sentences that carry most facts within `limit` characters, in the recap's order;
 * undefined for a single sentence, or when none is worth a place or all are kept. */
export function keySentences(
  children: PhrasingContent[],
  text: string,
  limit: number,
): PhrasingContent[] | undefined {
  const spans = scoredSentences(children, text);
  if (spans.length < 2) return undefined;
  const chosen = choose(spans, limit, spans.length);
  if (chosen.length === 0 || chosen.length === spans.length) return undefined;
  return chosen.flatMap((s, k) => [
    ...(k > 0 ? [{ type: 'text' as const, value: ' ' }] : []),
    ...between(children, s.start, s.end),
  ]);
}

/** Up to `most` sentences, most facts per character first, within `limit` characters in all;
 * returned in the recap's order. A sentence that leans on the one before is chosen only with
 * it, never alone; a question, only with its answer. */
export function choose(
  spans: Scored[],
  limit: number,
  most: number,
  /** Sentences already shown, which a leaning sentence may follow. */
  shown: Scored[] = [],
  /** Rank by most facts per character (within a length budget), or by most facts. */
  rank: 'density' | 'facts' = 'density',
): Scored[] {
  const chosen: Scored[] = [];
  let used = 0;
  // Within a length budget, most facts per character; with none, simply most facts.
  const worth = (s: Scored) =>
    Number.isFinite(limit) && rank === 'density' ? s.score / (s.end - s.start) : s.score;
  const ranked = [...spans].sort((a, b) => worth(b) - worth(a));
  const stands = (s: Scored) =>
    (!s.leans || [...shown, ...chosen].some((c) => c.index === s.index - 1)) &&
    (!s.asks || chosen.some((c) => c.index === s.index + 1));
  // Passes until none is added: a leaning sentence waits for the one before to be chosen.
  for (let added = true; added; ) {
    added = false;
    for (const s of ranked) {
      const length = s.end - s.start + 2;
      if (chosen.includes(s) || s.score <= 0 || used + length > limit || chosen.length >= most) continue;
      if (!stands(s)) continue;
      chosen.push(s);
      used += length;
      added = true;
    }
  }
  return chosen.sort((a, b) => a.index - b.index);
}

function score(sentence: string, index: number, boldCount: number): number {
  const words = sentence.split(/\s+/).filter(Boolean);
  // Names, services, acronyms: capitalised words past the first, and words with inner capitals.
  const names = words.slice(1).filter((w) => /^[\p{Lu}\d]|\p{Ll}\p{Lu}/u.test(w)).length;
  const numbers = (sentence.match(/\d+(?:[.,]\d+)?\s*(?:%|x|k|m|b|ms|s|gb|tb)?/giu) ?? []).length;
  const list = /[:：][^.;]*,/u.test(sentence) ? 2 : 0;
  const aside = /\([^)]{3,}\)/u.test(sentence) ? 1 : 0;
  return (
    3 * boldCount +
    1.5 * Math.min(3, numbers) +
    Math.min(4, names) +
    list +
    aside +
    // The opening sentence usually says what the paragraph is about.
    (index === 0 ? 2.5 : 0) +
    (concludes(sentence) ? 3 : 0) -
    (isFiller(sentence) ? 2 : 0) -
    (addsTo(sentence) ? 1.5 : 0) -
    (index > 0 && (leansBack(sentence) || follows(sentence)) ? 1.5 : 0) -
    vagueWords(sentence) +
    // A sentence of a few words tells little however it scores.
    (words.length < 6 ? -1 : 0)
  );
}

/** Character ranges of the bold runs in the plain text of `children`. */
function boldRanges(children: PhrasingContent[]): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let offset = 0;
  const walk = (nodes: PhrasingContent[]) => {
    for (const node of nodes) {
      const length = node.type === 'break' ? 1 : toString(node).length;
      if (node.type === 'strong') ranges.push({ start: offset, end: offset + length });
      if (node.type !== 'strong' && 'children' in node) walk(node.children as PhrasingContent[]);
      else offset += length;
    }
  };
  walk(children);
  return ranges;
}
