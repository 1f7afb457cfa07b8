// Structure where headings are missing or sparse, from weaker signals in the recap's own
// order: a paragraph that opens with a bold lead line ("**Key takeaways:**"), an emoji-led
// line ("🎯 Mục tiêu ngày hôm nay"), a label line ("Mục tiêu:"), or a short line over a
// group of `&emsp;`-indented paragraphs. Failing that, everything is one untitled section
// that the planner spreads over continuation slides.
import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { originOf } from '../model/deck.js';
import type { Section } from './types.js';
import { inlineText } from '../model/text.js';
import { trimBreaks } from './phrasing.js';

const MAX_LEAD = 80;
const EMOJI_LEAD = /^(?:\p{Extended_Pictographic}|\p{Regional_Indicator})/u;

export interface Lead {
  title: string;
  /** What follows the lead on its paragraph, if anything. */
  rest: PhrasingContent[];
}

export function fallbackSections(blocks: RootContent[]): { preamble: RootContent[]; sections: Section[] } {
  const leads = blocks.filter((node, i) => readLead(node, blocks[i + 1]));
  if (leads.length < 2)
    return {
      preamble: [],
      sections: blocks.length ? [untitled(blocks)] : [],
    };
  const preamble: RootContent[] = [];
  const sections: Section[] = [];
  blocks.forEach((node, i) => {
    const lead = readLead(node, blocks[i + 1]);
    if (lead) {
      const section = leadSection(lead, node);
      if (lead.rest.length > 0) section.blocks.push({ ...(node as Paragraph), children: lead.rest });
      sections.push(section);
    } else if (sections.length > 0) sections[sections.length - 1]!.blocks.push(node);
    else preamble.push(node);
  });
  return { preamble, sections };
}

/** Sections from leads that stand alone on their line, like headings (a bold line, an
 * emoji line, a label line), when there are two or more of them. */
export function leadSections(
  blocks: RootContent[],
): { preamble: RootContent[]; sections: Section[] } | undefined {
  const standalone = blocks.filter((node, i) => readLead(node, blocks[i + 1])?.rest.length === 0);
  if (standalone.length < 2) return undefined;
  const preamble: RootContent[] = [];
  const sections: Section[] = [];
  // Which leads end in a colon, as labels do ("**Khái niệm Chính:**"), by section.
  const colon = new Map<Section, boolean>();
  blocks.forEach((node, i) => {
    const lead = standalone.includes(node) ? readLead(node, blocks[i + 1]) : undefined;
    if (lead) {
      const section = leadSection(lead, node);
      colon.set(section, /[:：]\s*$/u.test(toString(node)));
      sections.push(section);
    } else (sections.length > 0 ? sections[sections.length - 1]!.blocks : preamble).push(node);
  });
  // A lead with nothing under it that other leads follow opens a group of them ("**8:50 |
  // Trụ cột Security**" over "**Nền tảng:**" and "**Dịch vụ:**"): the group is its part, the
  // leads under it bold lines in it. A lead with nothing under it and no group is no part:
  // its words go with the part before.
  const kept: Section[] = [];
  for (let i = 0; i < sections.length; i += 1) {
    const section = sections[i]!;
    if (section.blocks.length > 0) {
      kept.push(section);
      continue;
    }
    // (Where the group's labels end in a colon and its opener does not, a lead like the opener
    // opens the next part: "**11:45 | Tổng kết & Q&A**" after a slot's "**Công cụ:**" groups.)
    const labels = colon.get(sections[i + 1]!) !== colon.get(section);
    let end = i + 1;
    while (
      end < sections.length &&
      sections[end]!.blocks.length > 0 &&
      !(labels && colon.get(sections[end]!) === colon.get(section))
    )
      end += 1;
    const group = sections.slice(i + 1, end);
    if (group.length > 0) {
      kept.push({
        ...section,
        blocks: group.flatMap((part) => [leadParagraph(part), ...part.blocks]),
        notes: group.flatMap((part) => part.notes),
      });
      i = end - 1;
    } else if (kept.length > 0) kept[kept.length - 1]!.notes.push(section.title);
    else preamble.push(leadParagraph(section));
  }
  return kept.length >= 2 ? { preamble, sections: kept } : undefined;
}

function leadParagraph(section: Section): RootContent {
  return {
    type: 'paragraph',
    children: [{ type: 'strong', children: [{ type: 'text', value: section.title }] }],
    position: { start: { ...section.origin }, end: { ...section.origin } },
  };
}

/** The part a lead opens, its words still to come. */
function leadSection(lead: Lead, node: RootContent): Section {
  return { title: lead.title, origin: originOf(node), blocks: [], children: [], notes: [] };
}

function untitled(blocks: RootContent[]): Section {
  return { title: '', origin: originOf(blocks[0]!), blocks, children: [], notes: [] };
}

/** The lead a paragraph opens with, if it opens a section (`next` is the block after it). */
export function readLead(node: RootContent, next?: RootContent): Lead | undefined {
  if (node.type !== 'paragraph' || isIndented(node)) return undefined;
  const [first, second] = node.children;
  if (first?.type === 'strong') {
    const label = toString(first).trim();
    if (label.length === 0 || label.length > MAX_LEAD) return undefined;
    const alone =
      second === undefined ||
      second.type === 'break' ||
      (second.type === 'text' && /^\s*\n/.test(second.value)) ||
      (second.type === 'text' && second.value.trim() === '' && node.children[2]?.type === 'break');
    if (!alone && !label.endsWith(':')) return undefined;
    return { title: clean(label), rest: trimLeading(node.children.slice(1)) };
  }
  const { line, rest } = firstLine(node.children);
  const text = inlineText(line).trim();
  if (text.length === 0 || text.length > MAX_LEAD) return undefined;
  // 🎯 Mục tiêu ngày hôm nay
  if (EMOJI_LEAD.test(text) && !/[.!?]$/.test(text) && !/^[^:]+:\s+\S/.test(text))
    return { title: clean(text), rest };
  // "Mục tiêu:" alone on its line, with what it introduces below
  if (/^[^:]{2,50}:$/.test(text) && text.split(/\s+/).length <= 6 && (rest.length > 0 || next))
    return { title: clean(text), rest };
  // A short line over paragraphs (or lines) indented with `&emsp;`
  const indentedBelow = rest.length === 0 ? isIndented(next) : node.data?.indentedBody === true;
  if (indentedBelow && !/[.,;]$/.test(text)) return { title: clean(text), rest };
  return undefined;
}

/** A paragraph the author indented with em spaces (`&emsp;`), typographer style. */
export function isIndented(node: RootContent | undefined): boolean {
  return node?.type === 'paragraph' && (node.data as { indented?: boolean } | undefined)?.indented === true;
}

/** The paragraph's first line (up to a line break or newline) and the rest after it. */
function firstLine(children: PhrasingContent[]): { line: PhrasingContent[]; rest: PhrasingContent[] } {
  const line: PhrasingContent[] = [];
  for (let i = 0; i < children.length; i += 1) {
    const child = children[i]!;
    if (child.type === 'break') return { line, rest: trimLeading(children.slice(i + 1)) };
    if (child.type === 'text' && child.value.includes('\n')) {
      const cut = child.value.indexOf('\n');
      line.push({ ...child, value: child.value.slice(0, cut) });
      const tail = { ...child, value: child.value.slice(cut + 1) };
      return { line, rest: trimLeading([tail, ...children.slice(i + 1)]) };
    }
    line.push(child);
  }
  return { line, rest: [] };
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\s*:$/, '');
}

function trimLeading(children: PhrasingContent[]): PhrasingContent[] {
  const kept = trimBreaks(children, true);
  const first = kept[0];
  if (first?.type === 'text') {
    const value = first.value.replace(/^[\s:]+/, '');
    if (value === '') kept.shift();
    else kept[0] = { ...first, value };
  }
  return kept;
}
