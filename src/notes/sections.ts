// What the notes passes need from the recap's outline: which part of the recap (top-level
// section) each slide belongs to, and the opening sentence of each section.
import type { Outline, Section } from '../recap/outline.js';
import type { Slide } from '../model/deck.js';
import { blockText } from '../model/text.js';
import { flat } from './emphasis.js';

const SENTENCE = new Intl.Segmenter(undefined, { granularity: 'sentence' });

/**
 * Each slide's part of the recap, keyed by its top-level section's line; none for slides
 * outside the sections (title, agenda, closing). A recap whose slides all sit in one
 * section is split by its sub-sections instead.
 */
export function sectionGroups(slides: Slide[], outline: Outline): (number | undefined)[] {
  const top = new Map<number, number>();
  for (const section of outline.sections) {
    top.set(section.origin.line, section.origin.line);
    for (const child of section.children) top.set(child.origin.line, section.origin.line);
  }
  const key = (slide: Slide) =>
    slide.section === undefined || slide.section === 0
      ? undefined
      : (top.get(slide.section) ?? slide.section);
  const groups = slides.map(key);
  const distinct = new Set(groups.filter((g) => g !== undefined));
  return distinct.size > 1 ? groups : slides.map((s) => (s.section ? s.section : undefined));
}

/** The first sentence of every section (and sub-section) that opens with a paragraph. */
export function sectionLeads(outline: Outline): Map<number, string> {
  const leads = new Map<number, string>();
  const visit = (section: Section) => {
    const first = section.blocks[0];
    if (first?.type === 'paragraph') {
      const sentence = [...SENTENCE.segment(flat(blockText(first)))][0]?.segment.trim();
      if (sentence) leads.set(section.origin.line, sentence);
    }
    section.children.forEach(visit);
  };
  outline.sections.forEach(visit);
  return leads;
}
