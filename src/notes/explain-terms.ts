// Part 3 of the speaker notes: the glossary terms each slide shows, explained once per
// deck. A term goes to the slide whose title names it, else to the first slide that shows
// it with room left; at most four per slide (two a card on a slide of cards), the slide's
// subject and its bold words first, then services, acronyms, tools and concepts. Terms any
// cloud audience knows (AWS, API) are explained only where a title names them and no other
// term is to be explained.
import type { GlossaryEntry, TermKind } from '../glossary/glossary.js';
import { findTerms } from '../glossary/find-terms.js';
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Slide } from '../model/deck.js';
import { cardTitles, slideText } from '../model/text.js';
import { boldPhrases } from './emphasis.js';
import { isContent } from './what-to-say.js';

const PER_SLIDE = 4;
/** Terms a card of a slide of cards may have explained. */
const PER_CARD = 2;
const KIND_RANK: Record<TermKind, number> = { service: 2, acronym: 3, tool: 4, concept: 5 };
const BASIC_RANK = 6;

interface Candidate {
  entry: GlossaryEntry;
  rank: number;
  position: number;
  inTitle: boolean;
  /** Which card of a slide of cards it is on (0 on any other slide). */
  card: number;
}

export function explainTerms(slides: Slide[]): GlossaryEntry[][] {
  const candidates = slides.map((slide) => (isContent(slide) ? candidatesOf(slide) : []));
  // The first slide whose title names a term is where the audience meets it properly.
  const titled = new Map<GlossaryEntry, number>();
  candidates.forEach((list, i) => {
    for (const c of list) if (c.inTitle && !titled.has(c.entry)) titled.set(c.entry, i);
  });
  const explained = new Set<GlossaryEntry>();
  return candidates.map((list, i) => {
    const open = list
      .filter((c) => !explained.has(c.entry) && (titled.get(c.entry) ?? i) <= i)
      .sort((a, b) => a.rank - b.rank || a.position - b.position);
    // A slide of cards holds several parts: each card, titled like a slide, has terms of its own.
    const cards = Math.max(1, cardTitles(slides[i]!).length);
    const most = cards > 1 ? PER_CARD : PER_SLIDE;
    const named: Candidate[] = [];
    for (let card = 0; card < cards; card += 1)
      for (const c of open.filter((o) => o.card === card && !o.entry.basic).slice(0, most))
        if (!named.some((n) => n.entry === c.entry)) named.push(c);
    const chosen = named.length > 0 ? named : open.filter((c) => c.inTitle).slice(0, 1);
    for (const c of chosen) explained.add(c.entry);
    return chosen.map((c) => c.entry);
  });
}

/** The slide's terms; on a slide of cards, each card's, its title counted as a title. */
function candidatesOf(slide: Slide): Candidate[] {
  const list = slide.layout === 'cards' ? slide.blocks.find((b) => b.type === 'list') : undefined;
  if (list?.type !== 'list' || cardTitles(slide).length < 2) return termsOf(slide, 0);
  return list.children.flatMap((item, card) => {
    const [head, ...rest] = item.children;
    const title = head ? toString(head) : '';
    return termsOf({ ...slide, title, blocks: rest as RootContent[] }, card);
  });
}

function termsOf(slide: Slide, card: number): Candidate[] {
  const inTitle = new Set(findTerms(slide.title).map((hit) => hit.entry));
  const inBold = new Set(findTerms(boldPhrases(slide.blocks).join('\n')).map((hit) => hit.entry));
  const seen = new Map<GlossaryEntry, Candidate>();
  for (const hit of findTerms(slideText(slide))) {
    if (seen.has(hit.entry)) continue;
    const rank = hit.entry.basic
      ? BASIC_RANK
      : inTitle.has(hit.entry)
        ? 0
        : inBold.has(hit.entry)
          ? 1
          : KIND_RANK[hit.entry.kind];
    seen.set(hit.entry, {
      entry: hit.entry,
      rank,
      position: hit.start,
      inTitle: inTitle.has(hit.entry),
      card,
    });
  }
  return [...seen.values()];
}
