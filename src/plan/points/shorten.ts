// Shortens a long bullet or paragraph for the slide, keeping its inline formatting and never
// a thought cut in two: whole sentences only. A bold label keeps the first sentence after it;
// several sentences keep the ones that carry the facts; a single sentence is kept whole,
// however long, rather than cut inside (a reader minds half a thought more than a long line).
// Nothing is marked "…": every point reads whole, and the full text is in the notes.
import type { PhrasingContent } from 'mdast';
import { MIN_SAVING } from '../measure/metrics.js';
import { phrasingText } from '../measure/text-runs.js';
import { keySentences } from './key-sentences.js';
import { slice } from '../../model/phrasing-slice.js';
import { sentenceSpans } from './sentences.js';

export const plain = phrasingText;

/** The shortened phrasing, or undefined when the text already fits `limit` characters or no
 * cut between whole sentences saves a fair share of it. */
export function shorten(children: PhrasingContent[], limit: number): PhrasingContent[] | undefined {
  const text = plain(children);
  if (text.length <= limit) return undefined;
  const short = cut(children, text, limit);
  if (!short) return undefined;
  // Hiding a few words is not worth it: a cut must save a fair share of the text.
  const saved = text.length - plain(short).length;
  return saved >= MIN_SAVING && saved >= text.length * 0.25 ? short : undefined;
}

function cut(children: PhrasingContent[], text: string, limit: number): PhrasingContent[] | undefined {
  const [first] = children;
  if (first?.type === 'strong') {
    // "**Label:** first sentence. More sentences.": the label and what it first says.
    const label = plain([first]).length;
    const spans = sentenceSpans(text.slice(label));
    if (spans.length >= 2 && spans[0]!.end <= limit) return trimEnd(slice(children, label + spans[0]!.end));
  }
  // Of several sentences, the ones that carry the facts (names, numbers, bold phrases).
  return keySentences(children, text, limit);
}

/** No stray space or line break where the text now ends. */
function trimEnd(children: PhrasingContent[]): PhrasingContent[] {
  const out = [...children];
  while (out.length > 0) {
    const last = out[out.length - 1]!;
    if (last.type === 'break') out.pop();
    else if (last.type === 'text') {
      const value = last.value.replace(/\s+$/u, '');
      if (value === '') out.pop();
      else {
        out[out.length - 1] = { ...last, value };
        break;
      }
    } else break;
  }
  return out;
}
