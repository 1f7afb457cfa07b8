// Splits a recap's H1 into headline and kicker: the workshop name in quotes is the
// headline and the rest ("Bài Thu Hoạch Workshop") its kicker; without quotes, a short
// label before a colon ("Summary Report: ...") is the kicker.

export interface TitleParts {
  headline: string;
  kicker?: string;
}

const QUOTES: [string, string][] = [
  ['“', '”'],
  ['"', '"'],
  ['«', '»'],
  ['„', '“'],
  ['「', '」'],
];

/** Words that name the kind of document, not the event ("Bài thu hoạch", "Summary report"). */
const REPORT_WORDS =
  /^(bài thu hoạch|báo cáo tóm tắt|báo cáo thu hoạch|báo cáo|tổng kết|tóm tắt|summary report|learning report|event report|event summary|report on|recap of|recap)\b[\s:–—-]*/iu;

const SEPARATORS = /^[\s:：|–—-]+|[\s:：|–—-]+$/g;

export function titleParts(text: string): TitleParts {
  const clean = text.replace(/\s+/g, ' ').trim();
  for (const [open, close] of QUOTES) {
    const start = clean.indexOf(open);
    const end = start === -1 ? -1 : clean.indexOf(close, start + 1);
    if (start === -1 || end === -1 || end - start - 1 < 3) continue;
    const headline = clean.slice(start + 1, end).trim();
    const kicker = `${clean.slice(0, start)} ${clean.slice(end + 1)}`
      .replace(/\s+/g, ' ')
      .replace(SEPARATORS, '')
      .trim();
    return kicker ? { headline, kicker } : { headline };
  }
  const lead = REPORT_WORDS.exec(clean);
  if (lead && clean.slice(lead[0].length).trim().split(' ').length >= 2)
    return {
      headline: clean.slice(lead[0].length).replace(SEPARATORS, '').trim(),
      kicker: lead[0].replace(SEPARATORS, '').trim(),
    };
  const colon = clean.search(/:\s/);
  if (colon > 0) {
    const prefix = clean.slice(0, colon).trim();
    const suffix = clean.slice(colon + 1).trim();
    if (prefix.split(' ').length <= 5 && suffix.split(' ').length >= 2)
      return { headline: suffix, kicker: prefix };
  }
  // "Cloud Mastery 2026 #3 - Networking, Security, and IAM on AWS": a numbered series or a
  // year's edition before a dash is the kicker, the topic after it the headline.
  const dash = /\s[-–—]\s/u.exec(clean);
  if (dash) {
    const prefix = clean.slice(0, dash.index).trim();
    const suffix = clean.slice(dash.index + dash[0].length).trim();
    // A series number or a year: "Worklog tuần 2 - First Cloud Journey" stays whole (the week
    // is what tells one worklog from the next).
    const series = /#\d|\b(?:19|20)\d\d\b/u.test(prefix);
    if (series && prefix.split(' ').length <= 5 && suffix.split(' ').length >= 3)
      return { headline: suffix, kicker: prefix };
  }
  return { headline: clean };
}
