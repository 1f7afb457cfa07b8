// The pages of a section's parts that run over several slides are titled alike: each by the
// parts it holds, the first too, where every page can be; one page under the section's title
// beside others under their parts' reads as two kinds of slide (a designer review found).
import type { TitledSection } from '../titles/outline-titles.js';
import type { Regrouped } from './card-runs.js';

/** The regrouped slides with the first page, where it holds several parts under the section's
 * title and no other slide shares that title, retitled by its parts' names joined (`join`);
 * as they were otherwise. `parts` are the section's sub-sections with their crafted titles. */
export function titledByParts(
  regrouped: Regrouped,
  parts: TitledSection[],
  title: string,
  join: (names: string[]) => string | undefined,
): Regrouped {
  const [first, ...rest] = regrouped.slides;
  const covered = regrouped.covers[0] ?? [];
  if (!first || rest.length === 0 || first.layout !== 'cards' || covered.length < 2) return regrouped;
  if (first.title !== title || rest.some((slide) => slide.title === title)) return regrouped;
  // A part told apart by the section's name (outline-titles.ts: "Event 2: Speakers") is named
  // alike elsewhere in the recap: pages titled by such names would share titles across sections.
  const names = covered.map((k) => parts[k]!.title);
  if (names.some((name) => name === title || name.startsWith(`${title}: `))) return regrouped;
  const joined = join(names);
  return joined ? { ...regrouped, slides: [{ ...first, title: joined }, ...rest] } : regrouped;
}
