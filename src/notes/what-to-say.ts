// Part 1 of the speaker notes, what to say: the recap's full text of whatever the slide
// shortened, never what it already shows word for word. A slide that shows everything
// gets one spoken lead-in made of the recap's own words (the start of its section when
// the slide continues it, else the bold key phrases of its points), or nothing.
import type { List, RootContent } from 'mdast';
import type { Labels } from '../i18n/labels.js';
import { noteMarks, notePart, say, type Slide } from '../model/deck.js';
import { words } from '../model/text.js';
import { slideText } from '../model/text.js';
import { blockText } from '../model/text.js';
import { boldPhrases, firstWords, flat } from './emphasis.js';

export interface SayContext {
  labels: Labels['notes'];
  /** The first sentence of the slide's section when the section opens with a paragraph. */
  sectionLead?: string;
}

const MAX_PHRASES = 4;
const MAX_PHRASE_WORDS = 8;
const LEAD_WORDS = 40;
const SUMMARISED = new Set<Slide['layout']>(['content', 'two-column', 'prose', 'steps', 'quote', 'cards']);

export function whatToSay(slide: Slide, context: SayContext): RootContent[] {
  const shown = flat(slideText(slide));
  // Words of tables and code are theirs alone (the notes never say them): they vouch for nothing else.
  const own = slide.blocks
    .filter((b) => b.type === 'table' || b.type === 'code')
    .map((b) => flat(blockText(b)));
  const notShown = shownOnce(shown, own.join(' '));
  const said = slide.notes
    .filter((note) => notePart(note) === 'say' && !noteMarks(note).filler)
    .flatMap((note): RootContent[] => {
      if (note.type !== 'list') return notShown(note) ? [note] : [];
      return unshownItems(note, notShown);
    });
  // A label the slide no longer shows ("Event 1: …", uncounted-kickers.ts) heads what to say;
  // it says nothing of the slide itself.
  if (said.some((note) => !noteMarks(note).label) || !isContent(slide)) return said;
  const lead = leadIn(slide, context, shown);
  return lead ? [...said, say(lead)] : said;
}

/**
 * Tells whether a block is *not* on the slide word for word. Each word the slide shows
 * vouches for one block only: two blocks that say the same thing are not both dropped
 * because the slide says it once (no word of the recap is lost).
 */
function shownOnce(shown: string, taken: string): (node: RootContent) => boolean {
  const left = new Map<string, number>();
  for (const word of words(shown)) left.set(word, (left.get(word) ?? 0) + 1);
  for (const word of words(taken)) left.set(word, (left.get(word) ?? 0) - 1);
  return (node) => {
    const text = flat(blockText(node));
    if (!shown.includes(text)) return true;
    const needed = new Map<string, number>();
    for (const word of words(text)) needed.set(word, (needed.get(word) ?? 0) + 1);
    if ([...needed].some(([word, n]) => (left.get(word) ?? 0) < n)) return true;
    for (const [word, n] of needed) left.set(word, left.get(word)! - n);
    return false;
  };
}

export function isContent(slide: Slide): boolean {
  return !['title', 'agenda', 'divider', 'closing'].includes(slide.layout);
}

/** The items of a list the slide does not show whole, in runs that keep their numbers. */
function unshownItems(list: List, notShown: (node: RootContent) => boolean): List[] {
  const runs: List[] = [];
  let open: List | undefined;
  list.children.forEach((item, i) => {
    if (!notShown(item)) {
      open = undefined;
      return;
    }
    if (!open) {
      open = { ...list, children: [] };
      if (list.ordered) open.start = (list.start ?? 1) + i;
      runs.push(open);
    }
    open.children.push(item);
  });
  return runs;
}

function leadIn(slide: Slide, context: SayContext, shown: string): string | undefined {
  if (slide.part && slide.part.index > 1 && context.sectionLead && !shown.includes(context.sectionLead))
    return firstWords(context.sectionLead, LEAD_WORDS);
  // Names on a speakers slide, pictures in a gallery: their bold words are no key points.
  if (!SUMMARISED.has(slide.layout)) return undefined;
  const phrases = keyPhrases(slide.blocks);
  return phrases.length >= 2 ? context.labels.keyPoints(phrases) : undefined;
}

/**
 * The author's bold phrases, up to four; with more, the first of each point (list item or
 * paragraph), which is where a point's label goes. A phrase that is its whole point is
 * no summary of it.
 */
function keyPhrases(blocks: RootContent[]): string[] {
  const points = blocks.flatMap((block): RootContent[] => (block.type === 'list' ? block.children : [block]));
  const perPoint = points.map((point) => {
    const whole = flat(blockText(point)).replace(/[\s.:;,]+$/u, '');
    return boldPhrases([point]).filter(
      (phrase) => phrase !== whole && phrase.split(' ').length <= MAX_PHRASE_WORDS,
    );
  });
  const all = distinct(perPoint.flat());
  const chosen = all.length <= MAX_PHRASES ? all : distinct(perPoint.flatMap((p) => p.slice(0, 1)));
  return chosen.slice(0, MAX_PHRASES);
}

/** Phrases in order, leaving out any that another one already says (in any case). */
function distinct(phrases: string[]): string[] {
  const lower = phrases.map((p) => p.toLowerCase());
  return phrases.filter(
    (_, i) =>
      !lower.some((other, j) => j !== i && other.includes(lower[i]!) && (other !== lower[i] || j < i)),
  );
}
