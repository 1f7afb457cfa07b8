// A line that several sibling parts each repeat word for word ("Kết quả hoặc giá trị đạt
// được:" over every event's list, "Key takeaways:" over every session's) is the form the author
// filled in, not what a part says: shown on each slide it reads as furniture. It goes to the
// speaker's notes, and each part's own words lead its slide.
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { normal } from '../../lexicon/lexicon.js';
import { speakerOnly } from '../notes-only.js';
import { isLabelLine } from '../points/lines.js';
import type { TitledSection } from '../titles/outline-titles.js';

/** So many siblings repeating a line make it a form's. */
const SIBLINGS = 3;
/** A label is a few words, not a sentence. */
const LONGEST = 80;

export function formLabels(sections: TitledSection[]): TitledSection[] {
  const counts = new Map<string, number>();
  for (const section of sections)
    for (const key of new Set(section.blocks.flatMap((b) => labelKey(b) ?? [])))
      counts.set(key, (counts.get(key) ?? 0) + 1);
  const repeated = (block: RootContent) => (counts.get(labelKey(block) ?? '') ?? 0) >= SIBLINGS;
  return sections.map((section) => ({
    ...section,
    blocks: section.blocks.map((block) => (repeated(block) ? speakerOnly(block) : block)),
    children: formLabels(section.children),
  }));
}

function labelKey(block: RootContent): string | undefined {
  if (block.type !== 'paragraph' || !isLabelLine(block)) return undefined;
  const text = toString(block).trim();
  return text.length <= LONGEST ? normal(text) : undefined;
}
