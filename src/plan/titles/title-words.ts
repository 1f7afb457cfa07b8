// What makes a candidate title say nothing or stop mid-phrase, in any recap language: a site
// label ("Published"), a word every slide could carry ("AWS"), a bare label and number
// ("Week1", "Sự Kiện 4"), or a last word that needs more words after it ("và", "of").
// The words are the lexicon's (lexicon/*.json).
import { isPhrase, labelNumber, normal } from '../../lexicon/lexicon.js';

export function isGenericTitle(title: string): boolean {
  const text = normal(title);
  return (
    text.length === 0 ||
    isPhrase('pageFurniture', text) ||
    isPhrase('everywhereNames', text) ||
    labelNumber(title) !== undefined
  );
}

/** A heading that names a kind of part, not what it says ("Giới thiệu", "Description"). */
export function isGenericHeading(title: string): boolean {
  return isGenericTitle(title) || isPhrase('genericHeadings', title);
}

/** A heading that names a stock part of a recap's arc (its goals, highlights, speakers, what was
 * learned, an intro), not what this recap says there. */
export function isStockHeading(title: string): boolean {
  return (
    (['arcHeadings', 'reflectionHeadings', 'introHeadings', 'speakerHeadings'] as const).some((concept) =>
      isPhrase(concept, title),
    ) || isGenericHeading(title)
  );
}

/** A label and its number that places a part in time or a procedure ("Ngày 3", "Week 2",
 * "Step 4"), unlike one that only counts ("Sự kiện 1", "Part 2"). */
export function placesInTime(label: string): boolean {
  return isPhrase('placingLabels', label.replace(/[\s#]*\d+\s*$/u, ''));
}

/** The phrase stops on a word that opens more ("Cloud Computing và", "Best practices for"). */
export function endsOpen(title: string): boolean {
  const words = title.trim().split(/\s+/u);
  return isOpenWord(words[words.length - 1] ?? '');
}

/** A word that only continues a phrase, never ends one. */
export function isOpenWord(word: string): boolean {
  const bare = word.replace(/[^\p{L}\p{N}]/gu, '');
  return bare.length > 0 && isPhrase('openWords', bare);
}
