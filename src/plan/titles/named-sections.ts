// A section headed only by a label ("Sự kiện 1", "Event 2", "Giới thiệu") is named by what
// it states: the event name on its `Tên sự kiện:`/`Event:` line, its date and place under
// the title like a small cover, the label kept as the line above. The lines the title now
// says leave the slide for the notes. A label with nothing better to say stays as it was.
import type { RootContent } from 'mdast';
import { type EventFacts, readEventFacts } from '../../recap/event-facts.js';
import { isAttending, place } from '../cover/cover-facts.js';
import { speakerOnly } from '../notes-only.js';
import { isGenericHeading } from './title-words.js';
import type { StatedFacts, TitledSection } from './outline-titles.js';
import { INDEX_EVENTS } from '../kind/events-index.js';

/** A stated name longer than this is a sentence, not a name. */
export const LONGEST_NAME = 90;

export function nameSections(sections: TitledSection[]): TitledSection[] {
  const named = sections.map((section) => {
    const titled = isGenericHeading(section.title) ? byFacts(section) : section;
    return { ...titled, children: nameSections(titled.children) };
  });
  // Sections that each state their own day are the events of an index, whatever their
  // headings say: each is named by its title, with its date and place under it. (Sessions of
  // one event state one day, or only their times.)
  const facts = named.map((s) => (s.stated ? undefined : factsOf(s)));
  const days = facts.map((f) => f?.date?.value);
  const events = named.filter((s, i) => s.stated || days[i]).length;
  if (events < INDEX_EVENTS || new Set(days.filter(Boolean)).size < 2) return named;
  // The events are told alike: where one heading has a line of its own under its title, every
  // event's date and place sit above the title, not under some titles and over others.
  const above = named.some((s, i) => days[i] && s.lede);
  return named.map((s, i) => (days[i] ? byFacts(s, facts[i], s.title, above) : s));
}

function factsOf(section: TitledSection): EventFacts {
  return readEventFacts({ type: 'root', children: section.blocks });
}

function byFacts(
  section: TitledSection,
  facts = factsOf(section),
  title?: string,
  /** The facts sit above the title (as where the heading has a line of its own under it). */
  above = Boolean(section.lede),
): TitledSection {
  const name = title ?? facts.event?.value.trim();
  if (!name || name.length > LONGEST_NAME || isGenericHeading(name)) return section;
  // (Its day and its hours, where the recap states both apart: the hours are its facts too.)
  const day = facts.date?.value;
  const hours = facts.time?.value;
  const when = day && hours && !day.includes(hours.trim()) ? `${day}, ${hours}` : (day ?? hours);
  const where = facts.place && place(facts.place.value);
  const stated: StatedFacts = { name, ...(when ? { date: when } : {}), ...(where ? { place: where } : {}) };
  const lede = [when, where].filter(Boolean).join(' · ');
  const said = factLines(facts);
  // Attending says nothing to the audience: that line is the speaker's too.
  if (facts.role && isAttending(facts.role.value)) said.add(facts.role.origin.line);
  return {
    ...section,
    title: name,
    stated,
    // Where the heading has a line of its own under the title, the facts sit above it instead.
    kicker: [section.kicker, title ? undefined : section.title, above ? lede : undefined]
      .filter(Boolean)
      .join(' · '),
    ...(lede && !above ? { lede } : {}),
    // The lines the title and the line under it say are the speaker's now.
    // (Items of a list too, for an index's events: their other items still make the slide.)
    blocks: section.blocks.map((block) => saidElsewhere(block, said, title !== undefined)),
  };
}

/** The recap lines the named title and its lede state. */
function factLines(facts: EventFacts): Set<number> {
  const lines = new Set<number>();
  for (const fact of [facts.event, facts.date, facts.time, facts.place]) {
    if (!fact) continue;
    for (let line = fact.origin.line; line <= (fact.until ?? fact.origin.line); line += 1) lines.add(line);
  }
  return lines;
}

/** A paragraph, or the items of a list, that only state what the title says: the speaker's. */
function saidElsewhere(block: RootContent, lines: Set<number>, items: boolean): RootContent {
  if (block.type === 'list' && items)
    return {
      ...block,
      children: block.children.map((item) => (onlySays(item, lines) ? speakerOnly(item) : item)),
    };
  return block.type === 'paragraph' && onlySays(block, lines) ? speakerOnly(block) : block;
}

function onlySays(block: RootContent, lines: Set<number>): boolean {
  const start = block.position?.start.line;
  const end = block.position?.end.line ?? start;
  if (start === undefined || end === undefined) return false;
  for (let line = start; line <= end; line += 1) if (!lines.has(line)) return false;
  return true;
}
