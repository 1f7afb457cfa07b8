// The part that opens a deck and only labels itself ("Introduction", "Giới thiệu", "Overview")
// says what the event or topic was: it is titled by what it is about, "About Berlin Summit",
// "Về Vietnam Cloud Day 2025": a name the deck's headline holds (main-name.ts finds it). Else
// nothing, and the label stays. Not for an index of events, whose opening speaks of them all.
import type { Nodes, RootContent } from 'mdast';
import { isPhrase } from '../../lexicon/lexicon.js';
import { words } from '../../model/text.js';
import { shownPart } from '../notes-only.js';
import { isNameLike, mainName } from './main-name.js';
import { endsOpen, isGenericHeading } from './title-words.js';
import { linkMarkedText } from './topic-title.js';

/** A name, not a phrase in title case ("Events Attended"): an acronym, a year, an inner capital. */
const PROPER = /\d|\p{Lu}{2,}|\p{Ll}\p{Lu}/u;
/** A headline longer than this makes a title over two lines once "About" leads it. */
const SHORT_HEADLINE = 32;

/** Whether a heading only says that the part opens the deck. */
export function isIntroHeading(title: string): boolean {
  return isPhrase('introHeadings', title);
}

export function aboutTitle(
  blocks: RootContent[],
  headline: string,
  about: (name: string) => string,
): string | undefined {
  // Only running prose says what an event was; a table or a list under the label is its own.
  if (!blocks.some((b) => b.type === 'paragraph') || !blocks.every(isProse)) return undefined;
  // What the slide shows: no picture's caption, nothing left for the notes.
  const shown = blocks.flatMap((b) => (b.type === 'paragraph' ? (shownPart(b) ?? []) : []));
  const text = shown.map((block) => linkMarkedText(block as Nodes)).join('\n');
  // The part is about the event the deck is about: the headline where it is itself a short
  // name ("AWS re:Invent 2023"), else the name the part's words mention most where the headline
  // names it too ("Berlin Summit"), else the name inside the headline ("… at AWS Community Day
  // 2024"). A name the headline does not hold is some other topic ("AWS Vietnam").
  const named = new Set(words(headline));
  // A name read off the headline alone must look like one (not "Events Attended").
  const proper = (name: string | undefined) => (name && PROPER.test(name) ? name : undefined);
  const candidates = [
    proper(headline.length <= SHORT_HEADLINE && isNameLike(headline) ? headline : undefined),
    mainName(text),
    proper(mainName(headline)),
  ];
  const name = candidates.find((c) => c !== undefined && isName(c) && words(c).every((w) => named.has(w)));
  return name ? about(name) : undefined;
}

/** A paragraph, or anything only the notes or nothing show (a missing picture, a rule). */
function isProse(block: RootContent): boolean {
  return block.type === 'paragraph' || shownPart(block) === undefined || block.type === 'thematicBreak';
}

function isName(name: string): boolean {
  return name.length >= 3 && /\p{L}/u.test(name) && !isGenericHeading(name) && !endsOpen(name);
}
