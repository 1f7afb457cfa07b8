// Where a card's notes may break between pages: after any unit but a part's label, and inside
// running text between lines, keeping at least two lines on each side.
import type { CardBox, NoteBreak } from './handout-measures.js';

/** Lines a split paragraph keeps on each side (orphans and widows). */
const MIN_LINES = 2;

export function noteBreaks(card: CardBox): NoteBreak[] {
  const breaks: NoteBreak[] = [];
  card.units.forEach((unit, u) => {
    const lines = unit.lines ?? [];
    // lines[j - 1] is the boundary under line j; a unit of L lines has L - 1 boundaries.
    for (let j = MIN_LINES; j <= lines.length + 1 - MIN_LINES; j += 1)
      breaks.push({ unit: u, line: j, end: lines[j - 1]!, start: lines[j - 1]! });
    const next = card.units[u + 1];
    if (next && !unit.keep) breaks.push({ unit: u, end: unit.bottom, start: next.top });
  });
  return breaks;
}
