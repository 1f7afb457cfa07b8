// Part 3 of the speaker notes: the glossary terms each slide shows, explained once per
// deck. A term goes to the slide whose title names it, else to the first slide that shows
// it with room left; at most four per slide, the slide's subject and its bold words first,
// then services, acronyms, tools and concepts. Terms any cloud audience knows (AWS, API)
// are explained only where a title names them and no other term is to be explained.
import type { GlossaryEntry, TermKind } from '../glossary/glossary.js';
import { findTerms } from '../glossary/find-terms.js';
import type { Slide } from '../model/deck.js';
import { slideText } from '../model/text.js';
import { boldPhrases } from './emphasis.js';
import { isContent } from './what-to-say.js';

const PER_SLIDE = 4;
const KIND_RANK: Record<TermKind, number> = { service: 2, acronym: 3, tool: 4, concept: 5 };
const BASIC_RANK = 6;

interface Candidate {
  entry: GlossaryEntry;
  rank: number;
  position: number;
  inTitle: boolean;
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
    const named = open.filter((c) => !c.entry.basic).slice(0, PER_SLIDE);
    const chosen = named.length > 0 ? named : open.filter((c) => c.inTitle).slice(0, 1);
    for (const c of chosen) explained.add(c.entry);
    return chosen.map((c) => c.entry);
  });
}

function candidatesOf(slide: Slide): Candidate[] {
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
    seen.set(hit.entry, { entry: hit.entry, rank, position: hit.start, inTitle: inTitle.has(hit.entry) });
  }
  return [...seen.values()];
}
