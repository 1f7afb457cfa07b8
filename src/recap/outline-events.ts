// Recaps without headings: the line that opens the recap can title it, and a page that
// recaps several events (parts between `---` rules, each opening with its own title line)
// gets one section per event, its weak-signal sections as sub-sections.
import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import { originOf } from '../model/deck.js';
import { readsAsTitle, type TitleCandidate } from './choose-title.js';
import type { Section } from './types.js';
import { fallbackSections, readLead } from './outline-fallback.js';
import { inlineText } from '../model/text.js';
import { paragraphOf, trimBreaks } from './phrasing.js';

export interface Opening {
  title: TitleCandidate;
  /** What stands in place of the opening paragraph once its title line is taken. */
  rest: RootContent[];
}

/** The recap's first line, when it reads as a title and opens no section of its own. */
export function openingLine(blocks: RootContent[]): Opening | undefined {
  const first = blocks[0];
  if (first?.type !== 'paragraph') return undefined;
  const leads = blocks.filter((node, i) => readLead(node, blocks[i + 1])).length;
  if (leads >= 2 && readLead(first, blocks[1])) return undefined;
  const cut = lineEnd(first.children);
  const line = [...first.children.slice(0, cut), ...beforeNewline(first.children[cut])];
  const text = inlineText(line).replace(/\s+/g, ' ').trim();
  if (!readsAsTitle(text) || line.some((c) => c.type === 'image' || c.type === 'link')) return undefined;
  const after = trimBreaks(first.children.slice(cut + 1));
  const tail = afterNewline(first.children[cut]);
  const restChildren = [...(tail ? [tail] : []), ...after] as PhrasingContent[];
  const rest = restChildren.length > 0 ? [paragraphOf(restChildren, first) as Paragraph] : [];
  return { title: { text, origin: originOf(first) }, rest };
}

/** Parts between `---` rules that each open with a title line: one section per event. */
export function eventParts(all: RootContent[]): Section[] | undefined {
  const parts: RootContent[][] = [[]];
  for (const node of all) {
    if (node.type === 'thematicBreak') parts.push([]);
    else parts[parts.length - 1]!.push(node);
  }
  const filled = parts.filter((part) => part.length > 0);
  if (filled.length < 2) return undefined;
  const openings = filled.map(openingLine);
  if (openings.some((o) => !o)) return undefined;
  // Each part must have a structure of its own under its title, not just be a paragraph.
  if (
    !filled.every(
      (part, i) => fallbackSections([...openings[i]!.rest, ...part.slice(1)]).sections.length >= 2,
    )
  )
    return undefined;
  return filled.map((part, i) => {
    const opening = openings[i]!;
    const inner = fallbackSections([...opening.rest, ...part.slice(1)]);
    const section: Section = {
      title: opening.title.text,
      origin: opening.title.origin,
      blocks: inner.preamble,
      children: [],
      notes: [],
    };
    for (const child of inner.sections) {
      const previous = section.children[section.children.length - 1];
      if (child.blocks.length > 0) section.children.push(child);
      else if (previous) previous.notes.push(child.title, ...child.notes);
      else section.introNotes = [...(section.introNotes ?? []), child.title, ...child.notes];
    }
    return section;
  });
}

/** Index of the first line's end: a break, or a text with a newline. */
function lineEnd(children: PhrasingContent[]): number {
  const i = children.findIndex((c) => c.type === 'break' || (c.type === 'text' && c.value.includes('\n')));
  return i === -1 ? children.length : i;
}

/** The text before the newline, when the line ends inside a text node. */
function beforeNewline(child: PhrasingContent | undefined): PhrasingContent[] {
  if (child?.type !== 'text') return [];
  const value = child.value.slice(0, child.value.indexOf('\n'));
  return value ? [{ ...child, value }] : [];
}

/** The text after the newline, when the line ends inside a text node. */
function afterNewline(child: PhrasingContent | undefined): PhrasingContent | undefined {
  if (child?.type !== 'text') return undefined;
  const value = child.value.slice(child.value.indexOf('\n') + 1).replace(/^\s+/, '');
  return value ? { ...child, value } : undefined;
}
