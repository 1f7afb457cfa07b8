// The sentences of a long paragraph that carry its facts, for a slide that cannot show it
// all: sentences with bold phrases, names, numbers, services and lists score high, filler
// ("Overall, it was amazing.") low. The chosen ones keep their order and formatting; each
// gap is marked "…". Undefined when the paragraph is one sentence (the caller cuts it).
import type { PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { between } from './phrasing-slice.js';
import { sentenceSpans } from './sentences.js';

const ELLIPSIS = '…';

/** Openings and words that say little on a slide. */
const FILLER_START =
  /^(overall|in summary|in conclusion|to sum up|additionally|also|moreover|furthermore|besides|in addition|then|after that|finally|i think|i feel|i believe|personally|it was|this was|that was|there were|there was|nhìn chung|tổng kết|ngoài ra|bên cạnh đó|cuối cùng|sau đó|em thấy|tôi thấy|mình thấy)\b/iu;
const VAGUE =
  /\b(very|really|actually|absolutely|incredibly|truly|wonderful|amazing|awesome|great|interesting|intriguing|fantastic|valuable|rất|thật sự|tuyệt vời|thú vị|hay)\b/giu;

export function keySentences(
  children: PhrasingContent[],
  text: string,
  limit: number,
): PhrasingContent[] | undefined {
  const spans = sentenceSpans(text);
  if (spans.length < 2) return undefined;
  const bold = boldRanges(children);
  const scored = spans.map((span, i) => ({
    ...span,
    i,
    score: score(
      text.slice(span.start, span.end),
      i,
      bold.filter((b) => b.start < span.end && b.end > span.start).length,
    ),
  }));
  // Most facts per character first, within the room; the order of the recap is kept.
  const chosen = new Set<number>();
  let used = 0;
  for (const s of [...scored].sort((a, b) => b.score / (b.end - b.start) - a.score / (a.end - a.start))) {
    const length = s.end - s.start + 2;
    if (s.score <= 0 || used + length > limit) continue;
    chosen.add(s.i);
    used += length;
  }
  if (chosen.size === 0 || chosen.size === spans.length) return undefined;
  const out: PhrasingContent[] = [];
  let last = -1;
  for (const s of scored) {
    if (!chosen.has(s.i)) continue;
    if (out.length > 0) out.push({ type: 'text', value: last === s.i - 1 ? ' ' : ` ${ELLIPSIS} ` });
    else if (s.i > 0) out.push({ type: 'text', value: `${ELLIPSIS} ` });
    out.push(...between(children, s.start, s.end));
    last = s.i;
  }
  if (last < spans.length - 1) out.push({ type: 'text', value: ` ${ELLIPSIS}` });
  return out;
}

function score(sentence: string, index: number, boldCount: number): number {
  const words = sentence.split(/\s+/).filter(Boolean);
  // Names, services, acronyms: capitalised words past the first, and words with inner capitals.
  const names = words.slice(1).filter((w) => /^[\p{Lu}\d]|\p{Ll}\p{Lu}/u.test(w)).length;
  const numbers = (sentence.match(/\d+(?:[.,]\d+)?\s*(?:%|x|k|m|b|ms|s|gb|tb)?/giu) ?? []).length;
  const list = /[:：][^.;]*,/u.test(sentence) ? 2 : 0;
  const aside = /\([^)]{3,}\)/u.test(sentence) ? 1 : 0;
  const vague = (sentence.match(VAGUE) ?? []).length;
  return (
    3 * boldCount +
    1.5 * Math.min(3, numbers) +
    Math.min(4, names) +
    list +
    aside +
    (index === 0 ? 1 : 0) -
    (FILLER_START.test(sentence.trim()) ? 2 : 0) -
    vague +
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
