// People sections at the outline's level: a speakers section of one short line is said by
// the cover, and a speaker list owns no sub-sections.
import type { CoverFacts } from '../cover/cover-facts.js';
import type { TitledSection } from '../titles/outline-titles.js';
import { isSpeakerList, speakersLine } from './speakers.js';

/** A speakers section of one short line ("AWS Experts Team") is said by the cover. */
export function withSpeakers(cover: CoverFacts, sections: TitledSection[]): CoverFacts {
  const said = sections.flatMap((s) => (s.children.length ? [] : (speakersLine(s.title, s.blocks) ?? [])));
  if (said.length !== 1) return cover;
  const [{ text, lines }] = said as [{ text: string; lines: number[] }];
  return { ...cover, lines: [...cover.lines, text], shown: new Set([...cover.shown, ...lines]) };
}

/**
 * A list of people owns no sub-sections: recaps nest the talks or the project under
 * "Speakers" by heading level alone. Such sub-sections are parts of the deck in their own
 * right (in the agenda, behind their own dividers).
 */
export function liftFromPeople(sections: TitledSection[]): TitledSection[] {
  return sections.flatMap((section) =>
    section.children.length > 0 &&
    section.blocks.some((block) => block.type === 'list' && isSpeakerList(block, section.title))
      ? [{ ...section, children: [] }, ...section.children]
      : [section],
  );
}
