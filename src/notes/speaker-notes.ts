// The speaker-notes pass over a planned deck: every slide's notes rebuilt in four marked
// parts (what to say, connections, terms explained, cue), so each output can keep the
// parts it needs. Pure: the planned slides come in, new slides go out.
import type { RootContent } from 'mdast';
import { meaning, type GlossaryEntry } from '../glossary/glossary.js';
import { type Labels, labelsFor } from '../i18n/labels.js';
import { markNote, say, type Lang, type NotePart, type Slide } from '../model/deck.js';
import type { Outline } from '../recap/outline.js';
import { connectionLine, findConnections } from './connections.js';
import { cueFor } from './cue.js';
import { explainTerms } from './explain-terms.js';
import { sectionGroups, sectionLeads } from './sections.js';
import { whatToSay } from './what-to-say.js';

export interface SpeakerNotesInput {
  slides: Slide[];
  outline: Outline;
  lang: Lang;
  /** Seconds planned for each slide. */
  perSlide: number[];
}

export function speakerNotes({ slides, outline, lang, perSlide }: SpeakerNotesInput): Slide[] {
  const labels = labelsFor(lang).notes;
  const groups = sectionGroups(slides, outline);
  const links = findConnections(slides, groups);
  const terms = explainTerms(slides);
  const leads = sectionLeads(outline);
  return slides.map((slide, i) => {
    const lead = slide.section === undefined ? undefined : leads.get(slide.section);
    const notes = [
      ...whatToSay(slide, { labels, ...(lead ? { sectionLead: lead } : {}) }),
      ...part(
        'links',
        labels.links,
        links[i]!.map((c) => say(connectionLine(c, labels))),
      ),
      ...part(
        'terms',
        labels.terms,
        terms[i]!.map((entry) => termLine(entry, lang)),
      ),
      ...(slide.layout === 'closing' ? part('terms', labels.terms, termIndex(terms, labels)) : []),
      cueFor(slide, { seconds: perSlide[i] ?? 0, ...sectionTime(slides, groups, perSlide, i) }, labels),
    ];
    return { ...slide, notes };
  });
}

/** For questions at the end: each term explained, with the slide that explains it. */
function termIndex(terms: GlossaryEntry[][], labels: Labels['notes']): RootContent[] {
  const items = terms.flatMap((entries, i) => entries.map((entry) => `${entry.term} (${i + 1})`));
  return items.length > 0 ? [say(labels.termIndex(items))] : [];
}

/** A divider (or a section's intro) opens the slides of one part of the recap: their count and time. */
function sectionTime(slides: Slide[], groups: (number | undefined)[], perSlide: number[], i: number) {
  const group = groups[i + 1];
  if ((slides[i]!.layout !== 'divider' && !slides[i]!.opensPart) || group === undefined) return {};
  let end = i + 1;
  while (end < slides.length && groups[end] === group) end += 1;
  const seconds = perSlide.slice(i + 1, end).reduce((a, b) => a + b, 0);
  return { section: { seconds, slides: end - i - 1 } };
}

/** A part's lines under its small label; nothing when it has no lines. */
function part(name: NotePart, label: string, lines: RootContent[]): RootContent[] {
  if (lines.length === 0) return [];
  const heading: RootContent = {
    type: 'paragraph',
    children: [{ type: 'strong', children: [{ type: 'text', value: label }] }],
  };
  return [markNote(markNote(heading, name), 'label'), ...lines.map((line) => markNote(line, name))];
}

/** "**MTTR** — Mean Time To Recovery: thời gian trung bình để khôi phục dịch vụ…", the
 * expansion left out when it only repeats the term. */
function termLine(entry: GlossaryEntry, lang: Lang): RootContent {
  const sameName = entry.expansion.toLowerCase().includes(entry.term.toLowerCase());
  return {
    type: 'paragraph',
    children: [
      { type: 'strong', children: [{ type: 'text', value: entry.term }] },
      {
        type: 'text',
        value: `${sameName ? '' : ` — ${entry.expansion}`}: ${lowerFirst(meaning(entry, lang))}`,
      },
    ],
  };
}

/** "Thời gian…" reads "thời gian…" after a colon; "AWS's…", "Amazon's…" and "DevOps…"
 * keep their capitals. */
function lowerFirst(text: string): string {
  const word = text.split(' ')[0] ?? '';
  return /^\p{Lu}[\p{Ll}\-,]*$/u.test(word) ? text.charAt(0).toLocaleLowerCase() + text.slice(1) : text;
}
