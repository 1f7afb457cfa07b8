// Reads a date as people write it in a recap's body ("Thursday, September 18, 2025",
// "18/09/2025", "Thứ Bảy, ngày 15 tháng 11 năm 2025", "2025-11-15") as YYYY-MM-DD.

/** Which number a numeric date ("08/11/2025") gives first: its day, or its month. */
export type NumericOrder = 'day' | 'month';

const NUMERIC = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/;

/**
 * How a recap writes its numeric dates: one writer writes them all one way, so a date that shows
 * its order (a first number past 12 is a day, "25/09"; a second, "08/15") tells how to read
 * those that do not ("08/11"). Day first where none shows it, or they disagree.
 */
export function numericOrder(texts: string[]): NumericOrder {
  let day = 0;
  let month = 0;
  for (const text of texts) {
    const m = NUMERIC.exec(text);
    if (m && +m[1]! > 12) day += 1;
    if (m && +m[2]! > 12) month += 1;
  }
  return month > day ? 'month' : 'day';
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function readStatedDate(text: string, order: NumericOrder = 'day'): string | undefined {
  const lower = text.toLowerCase();
  const iso = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/.exec(lower);
  if (iso) return valid(+iso[1]!, +iso[2]!, +iso[3]!);
  // ngày 15 tháng 11 năm 2025, 15 tháng 11, 2025
  const vi = /(\d{1,2})\s*tháng\s*(\d{1,2})\s*(?:năm|,)?\s*(\d{4})/.exec(lower);
  if (vi) return valid(+vi[3]!, +vi[2]!, +vi[1]!);
  // 18/09/2025 (in the recap's order, unless a number cannot be a month)
  const numeric = NUMERIC.exec(lower);
  if (numeric) {
    const [a, b] = [+numeric[1]!, +numeric[2]!];
    const monthFirst = b > 12 || (order === 'month' && a <= 12);
    return monthFirst ? valid(+numeric[3]!, a, b) : valid(+numeric[3]!, b, a);
  }
  const month = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
  // September 18, 2025 / Sept 18th 2025
  const us = new RegExp(`\\b${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`).exec(lower);
  if (us) return valid(+us[3]!, MONTHS.indexOf(us[1]!) + 1, +us[2]!);
  // 18 September 2025
  const uk = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${month},?\\s+(\\d{4})\\b`).exec(lower);
  if (uk) return valid(+uk[3]!, MONTHS.indexOf(uk[2]!) + 1, +uk[1]!);
  return undefined;
}

function valid(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
