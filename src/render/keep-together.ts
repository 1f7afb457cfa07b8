// A title breaks where a reader would: a number stays on the line of the word it counts
// ("Tháng 6 2026", "Series #2", "Week 4"), so a headline never ends "… Tháng" over "6 2026";
// and a headline's last word never stands alone on its last line ("Recap" over "(Vietnam)");
// and a dash between two phrases ends a line, never starts one ("Beyond Automation -" over "AI Agents").
const BEFORE_NUMBER = /(?<=[\p{L}\p{N}])[ \t]+(?=#?\p{N})/gu;
/** The space before a dash set between spaces, as a dash joining two phrases is. */
const BEFORE_DASH = /(?<=\S)[ \t]+(?=[-–—][ \t])/gu;
/** The space before a headline's last word, where at least three words come before it. */
const BEFORE_LAST = /(?<=\S+\s+\S+\s+\S+)[ \t]+(?=\S+$)/u;

/** The text with a no-break space before each number that follows a word or number. */
export function keepNumbersWithWords(text: string): string {
  return text.replace(BEFORE_NUMBER, '\u00a0');
}

/** A headline set large (a cover's, a divider's) with its last two words kept on one line. */
export function keepLastWordsTogether(text: string): string {
  return text.replace(BEFORE_LAST, '\u00a0');
}

/** The text with a no-break space before each dash between phrases, so the dash ends its line. */
export function keepDashesWithWords(text: string): string {
  return text.replace(BEFORE_DASH, '\u00a0');
}
