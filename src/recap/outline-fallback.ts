// Structure for recaps without headings: paragraphs that open with a bold lead line
// ("**Key takeaways:**") act as section titles; failing that, everything is one section
// that the planner spreads over continuation slides.
import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { originOf } from '../model/deck.js';
import type { Section } from './outline.js';
import { trimBreaks } from './phrasing.js';

export function fallbackSections(blocks: RootContent[]): { preamble: RootContent[]; sections: Section[] } {
  const leads = blocks.filter(isLeadLine);
  if (leads.length < 2)
    return {
      preamble: [],
      sections: blocks.length
        ? [{ title: '', origin: originOf(blocks[0]!), blocks, children: [], notes: [] }]
        : [],
    };
  const preamble: RootContent[] = [];
  const sections: Section[] = [];
  for (const node of blocks) {
    if (isLeadLine(node)) {
      const [strong, ...rest] = node.children;
      const remainder = trimLeading(rest);
      const section: Section = {
        title: toString(strong).trim().replace(/\s*:$/, ''),
        origin: originOf(node),
        blocks: [],
        children: [],
        notes: [],
      };
      if (remainder.length > 0) section.blocks.push({ ...node, children: remainder });
      sections.push(section);
    } else if (sections.length > 0) sections[sections.length - 1]!.blocks.push(node);
    else preamble.push(node);
  }
  return { preamble, sections };
}

/** A paragraph whose first line is entirely bold, or that starts with "**Label:**". */
function isLeadLine(node: RootContent): node is Paragraph {
  if (node.type !== 'paragraph') return false;
  const [first, second] = node.children;
  if (first?.type !== 'strong') return false;
  const label = toString(first).trim();
  if (label.length === 0 || label.length > 80) return false;
  if (second === undefined || second.type === 'break') return true;
  if (second.type === 'text' && second.value.startsWith('\n')) return true;
  return label.endsWith(':');
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
