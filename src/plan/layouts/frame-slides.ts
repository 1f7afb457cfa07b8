// The slides around the content: title, agenda, section dividers and closing, with
// notes in the recap's language.
import type { List, RootContent } from 'mdast';
import type { Labels } from '../../i18n/labels.js';
import { say, type Origin, type Slide } from '../../model/deck.js';

export function listOf(items: string[], ordered: boolean): List {
  return {
    type: 'list',
    ordered,
    spread: false,
    children: items.map((value) => ({
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children: [{ type: 'text', value }] }],
    })),
  };
}

export interface TitleInput {
  headline: string;
  /** The line right under the headline (an edition the headline gave up). */
  strapline?: string;
  kicker?: string;
  eyebrow?: string;
  dateLabel?: string;
  /** The event's hours, shown beside its date (the opening line says the date alone). */
  timeLabel?: string;
  /** Place and role, as the recap states them. */
  facts?: string[];
  details: RootContent[];
  notes: RootContent[];
  origin: Origin;
}

export function titleSlide(input: TitleInput, labels: Labels): Slide {
  const slide: Slide = {
    layout: 'title',
    title: input.headline,
    subtitle: [
      ...(input.strapline ? [input.strapline] : []),
      ...(input.dateLabel ? [[input.dateLabel, input.timeLabel].filter(Boolean).join(' · ')] : []),
      ...(input.facts ?? []),
    ],
    blocks: input.details,
    notes: [say(labels.opening(input.headline, input.dateLabel)), ...input.notes],
    origin: input.origin,
  };
  if (input.eyebrow) slide.eyebrow = input.eyebrow;
  if (input.kicker) slide.kicker = input.kicker;
  return slide;
}

export function dividerSlide(
  title: string,
  children: string[],
  intro: RootContent[],
  labels: Labels,
  origin: Origin,
): Slide {
  return {
    layout: 'divider',
    title,
    blocks: [...intro, ...(children.length > 0 && children.length <= 8 ? [listOf(children, false)] : [])],
    notes: [say(labels.dividerNote(title, children))],
    origin,
  };
}

export function closingSlide(headline: string, labels: Labels, origin: Origin): Slide {
  return {
    layout: 'closing',
    title: labels.thanks,
    subtitle: [labels.questions, headline],
    blocks: [],
    notes: [say(labels.closingNote)],
    origin,
  };
}
