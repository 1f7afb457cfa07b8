// The parts of a section an author set apart with bold labels: "**Khái niệm:**" over its list,
// or "**Bức tường phức tạp:**" with what it says in the same paragraph and any list under it, up
// to the next label. Each part is a card's worth (labelled-cards.ts); the lines before the first
// label lead into them.
import type { List, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { trimStart } from '../../model/phrasing-slice.js';
import { labelSetApart } from '../points/shorten.js';

/** A label is a few words, not a sentence in bold. */
const LONGEST_LABEL = 60;

export interface LabelGroup {
  label: string;
  /** What the part says in sentences: after its label, and in paragraphs under it. */
  texts: Paragraph[];
  lists: List[];
  /** The recap's own blocks the part is made of. */
  sources: RootContent[];
}

/** The lines before the first label and the labelled parts, or undefined where the section is not
 * made of them (fewer than two, or a table, code or picture among them). */
export function labelGroups(
  blocks: RootContent[],
): { above: RootContent[]; groups: LabelGroup[] } | undefined {
  const above: RootContent[] = [];
  const groups: LabelGroup[] = [];
  for (const block of blocks) {
    const opened = block.type === 'paragraph' ? labelled(block) : undefined;
    const group = groups[groups.length - 1];
    if (opened) groups.push({ ...opened, lists: [], sources: [block] });
    else if (!group) above.push(block);
    else if (block.type === 'list') group.lists.push(block);
    else if (block.type === 'paragraph') group.texts.push(block);
    else return undefined;
    if (!opened && group) group.sources.push(block);
  }
  return groups.length >= 2 ? { above, groups } : undefined;
}

/** A paragraph that opens with a bold label set apart by a colon, a dash or a line break: the label,
 * and what the paragraph says after it. */
function labelled(paragraph: Paragraph): { label: string; texts: Paragraph[] } | undefined {
  const [first, ...rest] = paragraph.children;
  if (first?.type !== 'strong') return undefined;
  // (A bold line alone names the group under it, as a label with a colon does.)
  const apart = labelSetApart(paragraph.children) || !toString({ type: 'paragraph', children: rest }).trim();
  const label = toString(first)
    .trim()
    .replace(/[\s:：–—-]+$/u, '');
  if (!apart || !label || label.length > LONGEST_LABEL) return undefined;
  const text = trimStart(withoutBreaks(rest), /^[\s:：–—-]+/u);
  return { label, texts: text.length > 0 ? [{ type: 'paragraph', children: text }] : [] };
}

/** The phrasing without the line breaks that open it (the label's own line ended there). */
function withoutBreaks(children: PhrasingContent[]): PhrasingContent[] {
  let start = 0;
  while (
    children[start]?.type === 'break' ||
    (children[start]?.type === 'text' && !toString(children[start]!).trim())
  )
    start += 1;
  return children.slice(start);
}
