// People sections at the outline's level: a speakers section of one short line is said by
// the cover, a speaker list owns no sub-sections, and groups of people under one heading are
// one grid.
import type { List, ListItem } from 'mdast';
import type { CoverFacts } from '../cover/cover-facts.js';
import { shownPart } from '../notes-only.js';
import type { TitledSection } from '../titles/outline-titles.js';
import { personLine } from './lines.js';
import type { Estimator } from '../measure/estimate.js';
import { splitUnits } from '../paginate/split.js';
import { isSpeakerList, SPEAKER_TITLE, speakerRows, speakersLine } from './speakers.js';

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

/**
 * "Speakers" over sub-sections that each only list people ("From FPT University", "From AWS
 * and Guest Speakers"): one grid, each group's name a caption over its cards, as if the author
 * had written one list of labelled groups, where that grid holds on one slide. Apart, a group of
 * one is a slide of one line, and the parent a divider over them; a grid over several slides
 * would lose the groups' names as titles.
 */
export function joinPeopleGroups(sections: TitledSection[], est: Estimator): TitledSection[] {
  return sections.map((section) => {
    const children = joinPeopleGroups(section.children, est);
    const lists = children.map(peopleOnly);
    const own = section.blocks.every((b) => !shownPart(b) || b.type === 'paragraph');
    if (!SPEAKER_TITLE.test(section.title) || children.length < 2 || !own || lists.some((l) => !l))
      return { ...section, children };
    // Each group's name as the author wrote it, without the colon a caption adds again.
    const names = children.map((child) => (child.heading || child.title).replace(/\s*[:：]\s*$/u, ''));
    const groups: List = {
      type: 'list',
      ordered: false,
      spread: false,
      children: children.map((_, i): ListItem => {
        const paragraph = {
          type: 'paragraph' as const,
          children: [{ type: 'text' as const, value: `${names[i]}:` }],
        };
        return { type: 'listItem', spread: false, children: [paragraph, lists[i]!] };
      }),
    };
    const fits = (list: List) => splitUnits(speakerRows(list, est), est.metrics.body.height).length === 1;
    // Where the captions take the grid over one slide and a group is one person, whose slide would
    // hold one line, the people stand in one grid without the captions; the speaker says each
    // group's name. (Larger groups keep their slides, each titled by its name.)
    const people: List = { ...groups, children: lists.flatMap((list) => list!.children) };
    const lonely = lists.some((list) => list!.children.length === 1);
    const grid = fits(groups) ? groups : lonely && fits(people) ? people : undefined;
    if (!grid) return { ...section, children };
    const said = children.flatMap((c) => [...(c.introNotes ?? []), ...c.notes]);
    return {
      ...section,
      blocks: [...section.blocks, grid],
      children: [],
      notes: [...(grid === people ? names : []), ...said, ...section.notes],
    };
  });
}

/** A sub-section that is one list of people and nothing else. */
function peopleOnly(section: TitledSection): List | undefined {
  const [block, ...rest] = section.blocks;
  if (section.children.length > 0 || rest.length > 0 || block?.type !== 'list') return undefined;
  return block.children.every((item) => personLine(item)?.names.length) ? block : undefined;
}
