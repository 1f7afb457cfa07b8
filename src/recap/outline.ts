// Finds a recap's structure: its title heading, the preamble before the first section,
// and sections with one level of subsections, whatever heading levels the author used.
// Headings deeper than that stay inside their section as sub-headings.
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { originOf } from '../model/deck.js';
import { chooseTitle, contains, type RecapTitle, type TitleCandidate } from './choose-title.js';
import type { RecapMeta } from './meta.js';
import { eventParts, openingLine } from './outline-events.js';
import { fallbackSections, leadSections } from './outline-fallback.js';
import { inlineText } from '../model/text.js';
import type { Section } from './types.js';

export type { Section } from './types.js';

export interface Outline {
  /** The deck's title and where it was read (front matter, H1, first line). */
  title?: RecapTitle;
  preamble: RootContent[];
  /** Headings that only wrap other sections; their words go to the title slide's notes. */
  titleNotes: string[];
  sections: Section[];
}

export function buildOutline(
  tree: Root,
  warnings: VFile,
  meta: RecapMeta = {},
  frontMatterLine?: number,
): Outline {
  const all = tree.children.filter((node) => node.type !== 'definition' && node.type !== 'yaml');
  const events = all.some(isHeading) ? undefined : eventParts(all);
  const { title, rest } = titled(all, meta, frontMatterLine, events !== undefined);
  const outline: Outline = { preamble: [], titleNotes: [], sections: [], ...(title ? { title } : {}) };
  if (events) return { ...outline, sections: events };
  const depths = rest.filter(isHeading).map((h) => h.depth);
  if (depths.length === 0) return withoutHeadings(outline, rest);
  const sectionDepth = chooseDepth(depths);
  const { preamble, groups } = grouped(rest, sectionDepth);
  return { ...outline, preamble, ...sectionsOf(groups, sectionDepth, warnings) };
}

/** The deck's title, and the blocks left for its sections (the title's own heading or line is
 * on the title slide; it is no section). */
function titled(
  all: RootContent[],
  meta: RecapMeta,
  frontMatterLine: number | undefined,
  events: boolean,
): { title: RecapTitle | undefined; rest: RootContent[] } {
  let blocks: RootContent[] = all.filter((node) => node.type !== 'thematicBreak');
  const titleIndex = findTitle(blocks);
  const titleHeading = titleIndex === -1 ? undefined : (blocks[titleIndex] as Heading);
  const opening = titleHeading || events ? undefined : openingLine(blocks);
  const chosen = chooseTitle(
    meta,
    frontMatterLine,
    titleHeading ? candidate(titleHeading) : severalH1s(blocks),
    opening?.title,
  );
  // Nothing else can title it: the heading the recap opens with does, rather than a file name;
  // it stays the first section's title too.
  const opener =
    !chosen &&
    isHeading(blocks[0]) &&
    blocks[0].depth === Math.min(...blocks.filter(isHeading).map((h) => h.depth))
      ? { ...candidate(blocks[0]), from: 'heading' as const }
      : undefined;
  if (titleHeading && (chosen?.from === 'heading' || sameText(chosen?.text, headingText(titleHeading))))
    blocks = blocks.filter((_, i) => i !== titleIndex);
  if (opening && chosen?.from === 'first line') blocks = [...opening.rest, ...blocks.slice(1)];
  return { title: chosen ?? opener, rest: blocks };
}

/** A recap without headings: sections from its bold lead lines (outline-fallback.ts). */
function withoutHeadings(outline: Outline, rest: RootContent[]): Outline {
  const fallback = fallbackSections(rest);
  const sections: Section[] = [];
  const titleNotes = [...outline.titleNotes];
  // A bold lead line with nothing after it has no slide: its words join the one before.
  for (const section of fallback.sections) {
    const previous = sections[sections.length - 1];
    if (section.blocks.length > 0 || section.children.length > 0) sections.push(section);
    else (previous ? previous.notes : titleNotes).push(section.title, ...section.notes);
  }
  return { ...outline, preamble: fallback.preamble, titleNotes, sections };
}

interface Group {
  heading: Heading;
  blocks: RootContent[];
}

/** The blocks under each section-level heading, and those before the first. Headings before the
 * first section-level one stand as sections of their own, each at the level of the first of them. */
function grouped(rest: RootContent[], sectionDepth: number): { preamble: RootContent[]; groups: Group[] } {
  const preamble: RootContent[] = [];
  const groups: Group[] = [];
  let current: Group | undefined;
  let leadDepth = Infinity;
  let seenSection = false;
  for (const node of rest) {
    if (isHeading(node) && node.depth <= sectionDepth) seenSection = true;
    if (isHeading(node) && !seenSection && (groups.length === 0 || node.depth <= leadDepth))
      leadDepth = Math.min(leadDepth, node.depth);
    if (isHeading(node) && (node.depth <= sectionDepth || (!seenSection && node.depth <= leadDepth))) {
      current = { heading: node, blocks: [] };
      groups.push(current);
    } else if (current) current.blocks.push(node);
    else preamble.push(node);
  }
  return { preamble, groups };
}

/** Each group as a section; an empty one (or a heading that only wraps others) says its words in
 * the notes of the section before it, or of the title slide. */
function sectionsOf(
  groups: Group[],
  sectionDepth: number,
  warnings: VFile,
): { sections: Section[]; titleNotes: string[] } {
  const sections: Section[] = [];
  const titleNotes: string[] = [];
  let previous: Section | undefined;
  for (const group of groups) {
    const text = headingText(group.heading);
    const isWrapper = group.heading.depth < sectionDepth && group.blocks.length === 0;
    const section = isWrapper ? undefined : toSection(group.heading, group.blocks);
    if (!section || (section.blocks.length === 0 && section.children.length === 0)) {
      if (!isWrapper) warnings.message(`section "${text}" is empty; skipped`, group.heading.position?.start);
      (previous ? previous.notes : titleNotes).push(
        text,
        ...(section?.introNotes ?? []),
        ...(section?.notes ?? []),
      );
      continue;
    }
    sections.push(section);
    previous = section;
  }
  return { sections, titleNotes };
}

function toSection(heading: Heading, blocks: RootContent[]): Section {
  const section: Section = {
    title: headingText(heading),
    origin: originOf(heading),
    blocks: [],
    children: [],
    notes: [],
  };
  const childDepth = Math.min(...blocks.filter(isHeading).map((h) => h.depth));
  let child: Section | undefined;
  for (const node of blocks) {
    if (isHeading(node) && node.depth === childDepth) {
      child = { title: headingText(node), origin: originOf(node), blocks: [], children: [], notes: [] };
      section.children.push(child);
    } else (child ? child.blocks : section.blocks).push(node);
  }
  // Without sub-headings, lines that stand as headings (a bold line, an emoji line) are its parts.
  if (section.children.length === 0) {
    const parts = leadSections(section.blocks);
    if (parts) {
      section.blocks = parts.preamble;
      section.children = parts.sections;
    }
  }
  const own = liftGalleries(section.blocks);
  section.blocks = own.kept;
  section.children = [
    ...own.lifted,
    ...section.children.flatMap((c) => {
      const lifted = liftGalleries(c.blocks);
      c.blocks = lifted.kept;
      return [c, ...lifted.lifted];
    }),
  ];
  // An empty sub-section keeps its title in the notes of the slide before it.
  const kept: Section[] = [];
  for (const child of section.children) {
    if (child.blocks.length > 0) kept.push(child);
    else if (kept.length > 0) kept[kept.length - 1]!.notes.push(child.title, ...child.notes);
    else section.introNotes = [...(section.introNotes ?? []), child.title, ...child.notes];
  }
  section.children = kept;
  return section;
}

/**
 * A sub-heading followed only by pictures ("Một số hình ảnh") becomes a slide of its own
 * instead of a heading over a page of placeholders: a sub-section after its block's text.
 */
function liftGalleries(blocks: RootContent[]): { kept: RootContent[]; lifted: Section[] } {
  const kept: RootContent[] = [];
  const lifted: Section[] = [];
  for (let i = 0; i < blocks.length; i += 1) {
    const node = blocks[i]!;
    if (isHeading(node)) {
      let end = i + 1;
      while (end < blocks.length && !isHeading(blocks[end])) end += 1;
      const body = blocks.slice(i + 1, end);
      // Pictures, maybe with one short line (a quote, a caption) after them.
      const figures = body.filter((b) => b.type === 'figure').length;
      const rest = body.filter((b) => b.type !== 'figure');
      if (figures > 0 && rest.length <= 1 && rest.every((b) => toString(b).length <= 320)) {
        lifted.push({
          title: headingText(node),
          origin: originOf(node),
          blocks: body,
          children: [],
          notes: [],
        });
        i = end - 1;
        continue;
      }
    }
    kept.push(node);
  }
  return { kept, lifted };
}

/** The first H1 (unless several H1s each open a part); without one, a lone top-level heading
 * that opens the recap, or the heading the recap opens with. */
function findTitle(blocks: RootContent[]): number {
  const h1 = blocks.findIndex((node) => isHeading(node) && node.depth === 1);
  if (h1 !== -1) return opensParts(blocks) ? -1 : h1;
  const headings = blocks.map((node, i) => [node, i] as const).filter(([node]) => isHeading(node)) as [
    Heading,
    number,
  ][];
  if (headings.length === 0) return -1;
  const [first, index] = headings[0]!;
  const shallowest = Math.min(...headings.map(([h]) => h.depth));
  if (first.depth !== shallowest || first.depth > 2) return -1;
  const sameDepth = headings.filter(([h]) => h.depth === shallowest).length;
  const emptyBelow = isHeading(blocks[index + 1]);
  return sameDepth === 1 || emptyBelow ? index : -1;
}

/** Several H1s, each with its own content right below: each H1 is a part, none the title. */
function opensParts(blocks: RootContent[]): boolean {
  const at = blocks.flatMap((node, i) => (isHeading(node) && node.depth === 1 ? [i] : []));
  return at.length >= 2 && at.every((i) => blocks[i + 1] !== undefined && !isHeading(blocks[i + 1]));
}

/** Several H1s that open parts title the deck together ("CEO Keynote · CTO Keynote"). */
function severalH1s(blocks: RootContent[]): TitleCandidate | undefined {
  const h1s = blocks.filter((node): node is Heading => isHeading(node) && node.depth === 1);
  if (h1s.length < 2 || h1s.length > 3) return undefined;
  return { text: h1s.map(headingText).join(' · '), origin: originOf(h1s[0]!) };
}

function candidate(heading: Heading): TitleCandidate {
  return { text: headingText(heading), origin: originOf(heading) };
}

/** The same title, case, spaces and punctuation aside. */
function sameText(a: string | undefined, b: string): boolean {
  return a !== undefined && contains(a, b) && contains(b, a);
}

/** The shallowest heading level used at least twice is the section level. */
function chooseDepth(depths: number[]): number {
  const unique = [...new Set(depths)].sort((a, b) => a - b);
  return unique.find((d) => depths.filter((x) => x === d).length >= 2) ?? unique[0]!;
}

function isHeading(node: RootContent | undefined): node is Heading {
  return node?.type === 'heading';
}

export function headingText(heading: Heading): string {
  // A line break in a heading (`<br>`, a trailing backslash) keeps its words apart.
  const text = inlineText(heading.children).replace(/\s+/g, ' ').trim();
  // "Mục tiêu:" loses its colon; an emoji shortcode like ":rocket:" keeps it.
  return /:[\w+-]+:$/.test(text) ? text : text.replace(/\s*:$/, '');
}
