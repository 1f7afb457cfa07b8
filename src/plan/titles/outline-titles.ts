// Crafts every section title of the outline before planning (title-craft.ts): labels become
// kickers, numbers are kept apart, and a sub-section whose name other sections share
// ("Outcomes" five times) is told apart by its parent's name.
import type { Outline, Section } from '../../recap/outline.js';
import { type CraftedTitle, craftTitle } from './title-craft.js';
import { isGenericHeading } from './title-words.js';

/** A section with its crafted title and what moved out of it. */
export interface TitledSection extends Section {
  /** The heading as the recap wrote it. */
  heading: string;
  /** Its outline number as written ("3", "3.1"), out of the title. */
  number?: string;
  kicker?: string;
  lede?: string;
  /** What its own lines state of the event it names (named-sections.ts): a part of an index. */
  stated?: StatedFacts;
  children: TitledSection[];
}

/** An event's facts as its section states them, for an overview of several events. */
export interface StatedFacts {
  name: string;
  date?: string;
  place?: string;
}

export interface TitledOutline extends Outline {
  sections: TitledSection[];
}

/** A parent's name and a shared sub-section name make one title up to this long (one line). */
const JOINED_TITLE = 48;

export function titleOutline(outline: Outline): TitledOutline {
  const sections = siblings(outline.sections);
  const counts = new Map<string, number>();
  const count = (s: TitledSection) => counts.set(key(s.title), (counts.get(key(s.title)) ?? 0) + 1);
  for (const section of sections) {
    count(section);
    section.children.forEach(count);
  }
  // Two different parts never share a title: a sub-section's name that others share is told
  // apart by its parent's ("Series #1: Event Objectives"), the parent kept as the line above it
  // too; a pair too long for one title keeps the parent above it only.
  const told = sections.map((section) => ({
    ...section,
    children: section.children.map((child, i) => {
      // A first sub-section headed only "Overview" under a parent with no lines of its own
      // speaks for the parent: it takes the parent's name, its own above it.
      if (i === 0 && section.title && section.blocks.length === 0 && isGenericHeading(child.title))
        return {
          ...child,
          title: section.title,
          kicker: [child.title, child.kicker].filter(Boolean).join(' · '),
        };
      const shared =
        (counts.get(key(child.title)) ?? 0) > 1 && section.title && key(child.title) !== key(section.title);
      if (!shared) return child;
      const kicker = [section.title, child.kicker].filter(Boolean).join(' · ');
      const joined = `${section.title}: ${child.title}`;
      if (joined.length > JOINED_TITLE) return { ...child, kicker };
      // The title names the parent now: the line above need not say it again.
      const { kicker: own, ...rest } = child;
      return { ...rest, title: joined, ...(own ? { kicker: own } : {}) };
    }),
  }));
  return { ...outline, sections: told };
}

function siblings(list: Section[]): TitledSection[] {
  return list.map((section) => {
    const c: CraftedTitle = section.title ? craftTitle(section.title) : { title: '' };
    const titled: TitledSection = {
      ...section,
      heading: section.title,
      title: c.title,
      children: siblings(section.children),
    };
    // Its outline number is said, not shown: a kicker names, it does not count (uncounted-kickers.ts).
    const kickers = [c.kicker, c.number].filter(Boolean);
    if (kickers.length > 0) titled.kicker = kickers.join(' · ');
    if (c.lede) titled.lede = c.lede;
    if (c.number) titled.number = c.number;
    return titled;
  });
}

function key(title: string): string {
  return title.toLocaleLowerCase().trim();
}
