// Reads a date as people write it in a recap's body ("Thursday, September 18, 2025",
// "18/09/2025", "Thứ Bảy, ngày 15 tháng 11 năm 2025", "2025-11-15") as YYYY-MM-DD.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function readStatedDate(text: string): string | undefined {
  const lower = text.toLowerCase();
  const iso = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/.exec(lower);
  if (iso) return valid(+iso[1]!, +iso[2]!, +iso[3]!);
  // ngày 15 tháng 11 năm 2025, 15 tháng 11, 2025
  const vi = /(\d{1,2})\s*tháng\s*(\d{1,2})\s*(?:năm|,)?\s*(\d{4})/.exec(lower);
  if (vi) return valid(+vi[3]!, +vi[2]!, +vi[1]!);
  // 18/09/2025 (day first, unless the second number cannot be a month)
  const numeric = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/.exec(lower);
  if (numeric) {
    const [a, b] = [+numeric[1]!, +numeric[2]!];
    return b > 12 ? valid(+numeric[3]!, a, b) : valid(+numeric[3]!, b, a);
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
