// A title breaks where a reader would: a number stays on the line of the word it counts
// ("Tháng 6 2026", "Series #2", "Week 4"), so a headline never ends "… Tháng" over "6 2026".
const BEFORE_NUMBER = /(?<=[\p{L}\p{N}])[ \t]+(?=#?\p{N})/gu;

/** The text with a no-break space before each number that follows a word or number. */
export function keepNumbersWithWords(text: string): string {
  return text.replace(BEFORE_NUMBER, '\u00a0');
}
