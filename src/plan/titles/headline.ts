// Splits a recap's H1 into headline and kicker: the workshop name in quotes is the
// headline and the rest ("Bài Thu Hoạch Workshop") its kicker; without quotes, a short
// label before a colon ("Summary Report: ...") is the kicker.
import { alternation } from '../../lexicon/lexicon.js';

export interface TitleParts {
  headline: string;
  kicker?: string;
  /** The kind of document the kicker gave up for the series it names ("Bài Thu Hoạch"). */
  kind?: string;
}

const QUOTES: [string, string][] = [
  ['“', '”'],
  ['"', '"'],
  ['«', '»'],
  ['„', '“'],
  ['「', '」'],
];

/**
 * Words that name the kind of document, not the event ("Bài thu hoạch", "Summary report"): the
 * lexicon's (lexicon/*.json), longest first, so "recap of" is taken whole.
 */
const REPORT_WORDS = new RegExp(`^(${alternation('reportLabels')})\\b[\\s:–—-]*`, 'iu');

const SEPARATORS = /^[\s:：|–—-]+|[\s:：|–—-]+$/g;
/** A label that led into the name ("Report on …") is shown without the word that linked it. */
const TAIL = new RegExp(`\\s+(?:${alternation('labelTails')})$`, 'iu');

export function titleParts(text: string): TitleParts {
  const clean = text.replace(/\s+/g, ' ').trim();
  for (const [open, close] of QUOTES) {
    const start = clean.indexOf(open);
    const end = start === -1 ? -1 : clean.indexOf(close, start + 1);
    if (start === -1 || end === -1 || end - start - 1 < 3) continue;
    const headline = clean.slice(start + 1, end).trim();
    // (A label that led into the name, "Report on", is shown without the word that linked it.)
    const kicker = `${clean.slice(0, start)} ${clean.slice(end + 1)}`
      .replace(/\s+/g, ' ')
      .replace(SEPARATORS, '')
      .trim()
      .replace(TAIL, '');
    // The kind of document before the event's series ("Bài Thu Hoạch: FCAJ Community Day") is
    // no part of the kicker, which names the series; the kind alone stays the kicker.
    const kind = REPORT_WORDS.exec(kicker);
    const series = kind ? kicker.slice(kind[0].length).replace(SEPARATORS, '').trim() : undefined;
    // ("Event Summary Report" is a kind of document throughout: it stays whole.)
    if (kind && series && !REPORT_WORDS.test(series))
      return { headline, kicker: series, kind: kind[0].replace(SEPARATORS, '') };
    return kicker ? { headline, kicker } : { headline };
  }
  const lead = REPORT_WORDS.exec(clean);
  if (lead && clean.slice(lead[0].length).trim().split(' ').length >= 2)
    return {
      headline: clean.slice(lead[0].length).replace(SEPARATORS, '').trim(),
      kicker: lead[0].replace(SEPARATORS, '').trim().replace(TAIL, ''),
    };
  const colon = /:\s/.exec(clean);
  const byColon = colon && colon.index > 0 ? labelled(clean, colon, 2) : undefined;
  if (byColon) return byColon;
  // "Cloud Mastery 2026 #3 - Networking, Security, and IAM on AWS": a numbered series or a
  // year's edition before a dash is the kicker, the topic after it the headline. "Worklog
  // tuần 2 - First Cloud Journey" stays whole: the week tells one worklog from the next.
  const dash = /\s[-–—]\s/u.exec(clean);
  const byDash = dash ? labelled(clean, dash, 3) : undefined;
  if (byDash && SERIES.test(byDash.kicker)) return byDash;
  return { headline: clean };
}

const SERIES = /#\d|\b(?:19|20)\d\d\b/u;

/** A short label (five words at most) before `at` as the kicker, the rest as the headline. */
function labelled(
  clean: string,
  at: RegExpExecArray,
  headlineWords: number,
): { headline: string; kicker: string } | undefined {
  const kicker = clean.slice(0, at.index).trim();
  const headline = clean.slice(at.index + at[0].length).trim();
  return kicker.split(' ').length <= 5 && headline.split(' ').length >= headlineWords
    ? { headline, kicker }
    : undefined;
}
