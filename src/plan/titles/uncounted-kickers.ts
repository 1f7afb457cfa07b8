// The line above a slide's title names the part the slide belongs to; it never counts. A
// counter ("2 / 5"), an outline number ("3.1", "3. Nội dung") or a label that only numbers a
// part ("Part 2", "Sự kiện 1", "Session 3") tells the audience nothing the slide's place does
// not: it leaves the kicker for the speaker's notes. A label that places a part in time or in a
// procedure ("Day 2", "Week 3", "Step 4") says something, and stays; so does the cover's.
import { labelNumber } from '../../lexicon/lexicon.js';
import { markNote, type Slide, say } from '../../model/deck.js';
import { placesInTime } from './title-words.js';

const SEPARATOR = ' · ';
/** "3", "3.1", "IV." and "2 / 5": numbers with no words. */
const ONLY_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3})*|[IVX]{1,4})\.?$|^\d{1,3}\s*\/\s*\d{1,3}$/u;
/** An outline number leading a part's name ("3. Nội dung", "2) Labs"). */
const LEADING_NUMBER = /^(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})[.)]\s+(?=\S)/u;

export function uncountKickers(slides: Slide[]): Slide[] {
  let before = '';
  return slides.map((slide) => {
    const parts = slide.layout === 'title' ? [] : (slide.eyebrow?.split(SEPARATOR) ?? []);
    const dropped = parts.filter(counts);
    const kept = parts.filter((part) => !counts(part)).map((part) => part.replace(LEADING_NUMBER, ''));
    if (dropped.length === 0 && kept.every((part, i) => part === parts[i])) {
      before = '';
      return slide;
    }
    const { eyebrow, ...rest } = slide;
    // The speaker keeps what the recap wrote ("Sự kiện 1", "3."), once for a run of slides.
    const said = dropped.map((part) => part.trim().replace(/\.$/u, '')).join(SEPARATOR);
    const mark = ONLY_NUMBER.test(said) ? '.' : ':';
    const note = said && said !== before ? [markNote(say(`${said}${mark} ${slide.title}`), 'label')] : [];
    before = said;
    return {
      ...rest,
      ...(kept.length > 0 ? { eyebrow: [...new Set(kept)].join(SEPARATOR) } : {}),
      notes: [...note, ...slide.notes],
    };
  });
}

function counts(part: string): boolean {
  const text = part.trim();
  if (ONLY_NUMBER.test(text)) return true;
  return labelNumber(text) !== undefined && !placesInTime(text);
}
