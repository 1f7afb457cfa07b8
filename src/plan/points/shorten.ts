// Shortens a long bullet or paragraph for the slide, keeping its inline formatting and never
// a thought cut in two: whole sentences only. A bold label keeps the first sentence after it;
// several sentences keep the ones that carry the facts; a single sentence is kept whole,
// however long, rather than cut inside (a reader minds half a thought more than a long line).
// Nothing is marked "…": every point reads whole, and the full text is in the notes.
import type { PhrasingContent } from 'mdast';
import { MIN_SAVING } from '../measure/metrics.js';
import { phrasingText } from '../../model/text.js';
import { choose, keySentences, type Scored, scoredSpans } from './key-sentences.js';
import { between, slice, trimEnd } from '../../model/phrasing-slice.js';
import { sentenceSpans } from './sentences.js';

/** The shortened phrasing, or undefined when the text already fits `limit` characters or no
 * cut between whole sentences saves a fair share of it. */
export function shorten(children: PhrasingContent[], limit: number): PhrasingContent[] | undefined {
  const text = phrasingText(children);
  if (text.length <= limit) return undefined;
  const short = cut(children, text, limit);
  if (!short) return undefined;
  // Hiding a few words is not worth it: a cut must save a fair share of the text.
  const saved = text.length - phrasingText(short).length;
  return saved >= MIN_SAVING && saved >= text.length * 0.25 ? short : undefined;
}

function cut(children: PhrasingContent[], text: string, limit: number): PhrasingContent[] | undefined {
  const labelled = afterLabel(children, text);
  if (labelled) {
    const best = pointAfterLabel(labelled.spans, limit - labelled.prefix);
    // The label and what parts it from its text (a colon, a line break), then the sentence.
    if (best)
      return trimEnd([...slice(children, labelled.prefix), ...between(children, best.start, best.end)]);
  }
  // Of several sentences, the ones that carry the facts (names, numbers, bold phrases).
  return keySentences(children, text, limit);
}

/** A line a little longer than the room reads better than a weaker sentence: the sentence
 * after a label that carries most facts is kept where it runs up to this much over. */
const OVER = 1.3;

/** The one sentence a label keeps: the one that carries most facts per character within the
 * room, unless another carries more facts and runs only a little over it. */
function pointAfterLabel(spans: Scored[], room: number): Scored | undefined {
  const [within] = choose(spans, room, 1);
  const [richest] = choose(spans, room * OVER, 1, [], 'facts');
  return richest && richest.score > (within?.score ?? 0) ? richest : within;
}

/** Whether the bold run that opens a line is a label, set apart from what follows by a colon, a
 * dash or a line break; a bold word that opens a sentence is its subject ("**Agentic AI** là hệ
 * thống…"). */
export function labelSetApart(children: PhrasingContent[]): boolean {
  const [first, next] = children;
  if (first?.type !== 'strong') return false;
  return (
    /[:：]\s*$/u.test(phrasingText([first])) ||
    next?.type === 'break' ||
    /^\s*[:：–—-]/u.test(phrasingText(children.slice(1)))
  );
}

/** "**Label:** a sentence. More sentences.": where the label and what parts it from its text
 * end, and the sentences after it scored (two at least). The label names the topic, so the
 * sentence that carries most facts says it, not merely the first (often a preamble). */
export function afterLabel(
  children: PhrasingContent[],
  text: string,
): { prefix: number; spans: Scored[] } | undefined {
  const [first] = children;
  if (first?.type !== 'strong' || !labelSetApart(children)) return undefined;
  // (The label and what sets it apart, ": " or " – ", come before every sentence kept.)
  const head = phrasingText([first]).length;
  const label = head + (/^[\s:：–—-]*/u.exec(text.slice(head))?.[0].length ?? 0);
  const spans = sentenceSpans(text.slice(label)).map((span, index) => ({
    start: span.start + label,
    end: span.end + label,
    // None of them is the paragraph's opening: the label is.
    index: index + 1,
  }));
  if (spans.length < 2) return undefined;
  // After a label, "It explains…" leans on the label, which names what it is about.
  const scored = scoredSpans(children, text, spans).map(({ leans, ...span }) =>
    leans === 'pronoun' ? span : { ...span, ...(leans ? { leans } : {}) },
  );
  return { prefix: label, spans: scored };
}
