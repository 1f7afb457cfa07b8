// A people list as the slide shows it: one item per card (each person once, initials unique
// and never an honorific's), a caption row over a group's cards, and the items that name no
// one as they are. A card's item says only what the card shows, so the notes carry the rest.
import type { List, ListItem } from 'mdast';
import type { Person } from '../../model/nodes.js';
import { uniqueInitials } from './initials.js';
import { type Listed, listedPeople } from './list.js';
import { kinAddresses, personKey, splitHonorific } from './names.js';

export interface Slot {
  /** What the slide shows: a card (`data.person`) or a row across the grid (`data.other`). */
  item: ListItem;
  /** The recap's item it comes from (its place in the list). */
  source: number;
  /** A group's name over its cards. */
  caption?: boolean;
}

export function personCards(list: List): Slot[] {
  const entries = listedPeople(list);
  const kin = kinAddresses(entries.flatMap((e) => e.people.map((p) => p.name)));
  const seen = new Set<string>();
  const taken = new Set<string>();
  return entries.flatMap(({ source, caption, people, whole }): Slot[] => {
    const item = list.children[source]!;
    if (people.length === 0) return [{ source, item: { ...item, data: { ...item.data, other: true } } }];
    // The same person twice on one slide ("Anh Nghi Danh" in two joint lines) is one card.
    const fresh = people.filter((p) => {
      const key = personKey(p.name);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const asWritten = whole && fresh.length === people.length;
    const card = (person: Listed): Slot => {
      const typed: Person = {
        ...person,
        initials: uniqueInitials(splitHonorific(person.name, kin).name, taken),
      };
      const text = person.role ? `${person.name} – ${person.role}` : person.name;
      const children = asWritten ? item.children : [paragraph(text, item)];
      return { source, item: { ...item, children, data: { ...item.data, person: typed } } };
    };
    const heading = caption
      ? [
          {
            source,
            caption: true,
            item: {
              ...item,
              children: [paragraph(caption, item, true)],
              data: { ...item.data, other: true },
            },
          },
        ]
      : [];
    return [...heading, ...fresh.map(card)];
  });
}

function paragraph(value: string, at: ListItem, bold = false): ListItem['children'][number] {
  const text = { type: 'text' as const, value };
  return {
    type: 'paragraph',
    children: [bold ? { type: 'strong', children: [text] } : text],
    ...(at.position ? { position: at.position } : {}),
  };
}
