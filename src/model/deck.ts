// The typed deck model between planning and rendering: what every slide shows, says
// (speaker notes, Markdown) and which recap line it came from.
import type { RootContent } from 'mdast';
import './nodes.js';

export type Lang = 'vi' | 'en';

export type Layout =
  | 'title'
  | 'agenda'
  | 'divider'
  | 'content'
  | 'two-column'
  | 'speakers'
  | 'cards'
  | 'steps'
  | 'prose'
  | 'quote'
  | 'gallery'
  | 'table'
  | 'closing';

/** A resolved image: embedded data, or why it could not be embedded. */
export type Asset = { ok: true; dataUri: string } | { ok: false; reason: string };

export interface Origin {
  line: number;
  column: number;
}

export interface Slide {
  layout: Layout;
  /** Plain-text title; for continuation slides the mark is kept apart in `part`. */
  title: string;
  /** Small line above the title (divider "Part 2", title slide "4.4. Event 4"). */
  eyebrow?: string;
  /** Title slide: the line above the headline ("Bài Thu Hoạch Workshop"). */
  kicker?: string;
  /** Short lines under the title (title slide date, closing slide Q&A). */
  subtitle?: string[];
  blocks: RootContent[];
  /** Speaker notes: the recap's own blocks (emphasis kept) and generated lines. */
  notes: RootContent[];
  origin: Origin;
  part?: { index: number; total: number };
  /** What the planner expected the body to take, and the room it planned with, in pixels. */
  estimatedPx?: number;
  budgetPx?: number;
  /** Little content: the theme sets it larger. */
  roomy?: boolean;
  /** Much content: the theme sets its rows closer (an agenda of long titles). */
  dense?: boolean;
  /** Line of the section heading this slide was planned from: the key for re-planning it. */
  section?: number;
}

export interface DeckMeta {
  lang: Lang;
  /** Document title (HTML <title>, PDF metadata). */
  title: string;
  /** Text of the footer on every content slide. */
  footer: string;
  author?: string;
  /** YYYY-MM-DD */
  date?: string;
  weight?: number;
  durationMinutes?: number;
  description?: string;
}

export interface Deck {
  /** Recap path as shown in messages, e.g. recaps/event-4.md */
  source: string;
  meta: DeckMeta;
  slides: Slide[];
  /** Images by the URL written in the recap. */
  assets: Map<string, Asset>;
  /** Seconds to spend on each slide, and in all. */
  timing: { perSlide: number[]; totalSeconds: number; fromDuration: boolean };
}

/** A generated line of speaker notes. */
export function say(text: string): RootContent {
  return { type: 'paragraph', children: [{ type: 'text', value: text }] };
}

/**
 * Notes a reader of the handout does not need: the slide already shows them word for word
 * (`echo`), or they only lead the presenter on to the next slide (`leadIn`).
 */
export function markNote(note: RootContent, mark: 'echo' | 'leadIn'): RootContent {
  return { ...note, data: { ...note.data, [mark]: true } } as RootContent;
}

export function forReaders(notes: RootContent[]): RootContent[] {
  return notes.filter((note) => {
    const marks = note.data as { echo?: boolean; leadIn?: boolean } | undefined;
    return !marks?.echo && !marks?.leadIn;
  });
}

export function originOf(node: {
  position?: { start: { line: number; column?: number } } | undefined;
}): Origin {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}
