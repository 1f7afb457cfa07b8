// The typed deck model between planning and rendering: what every slide shows, says
// (speaker notes, Markdown) and which recap line it came from.
import type { RootContent } from 'mdast';
import { filter } from 'unist-util-filter';
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
  | 'stats'
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
  /** A little too much for one slide: its lines set closer on one slide rather than split
   * over two half-empty ones. */
  compact?: boolean;
  /** A few boxes that leave most of the room empty: the theme sets them in its middle. */
  middle?: boolean;
  /** Much content: the theme sets its rows closer (an agenda of long titles). */
  dense?: boolean;
  /** Opens a part of the talk like a divider (a section's intro listing what follows). */
  opensPart?: boolean;
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
  /** The first lines of the recap's parts in the order the slides tell them, where the planner
   * told them in another order than the recap's (an index of events in date order). */
  partsTold?: number[];
}

/** A generated line of speaker notes. */
export function say(text: string): RootContent {
  return { type: 'paragraph', children: [{ type: 'text', value: text }] };
}

/** Speaker notes come in four parts, shown in this order: what to say, where the slide's
 * terms come back in the recap, what its terms mean, and the cue (time, next slide). */
export type NotePart = 'say' | 'links' | 'terms' | 'cue';

/** `speaker`: all four parts; `plain`: only the recap's own words and the lead-in. */
export type NotesMode = 'speaker' | 'plain';

/**
 * What a note block is, kept in its `data`: its part (unmarked blocks are `say`), whether
 * the slide already shows it word for word (`echo`), whether it is only there so the slide
 * has a note (`filler`), and whether it is the small label that heads its part (`label`).
 */
export interface NoteMarks {
  part?: NotePart;
  echo?: boolean;
  filler?: boolean;
  label?: boolean;
}

export type NoteMark = NotePart | 'echo' | 'filler' | 'label';

export function markNote(note: RootContent, mark: NoteMark): RootContent {
  const marks: NoteMarks =
    mark === 'echo' || mark === 'filler' || mark === 'label' ? { [mark]: true } : { part: mark };
  return { ...note, data: { ...note.data, ...marks } } as RootContent;
}

/** The note of words its slide no longer shows (an intro said rather than shown): no echo. */
export function unechoed(note: RootContent): RootContent {
  if (!noteMarks(note).echo) return note;
  const { echo: _, ...data } = note.data as NoteMarks & Record<string, unknown>;
  return { ...note, data } as RootContent;
}

export function noteMarks(note: RootContent): NoteMarks {
  return (note.data ?? {}) as NoteMarks;
}

export function notePart(note: RootContent): NotePart {
  return noteMarks(note).part ?? 'say';
}

/** What a reader of the handout needs: no words the slide shows anyway, no cues, and nothing
 * meant for the speaker alone (`notesOnly`, wherever it sits: a missing picture's line, a note
 * the author left for themselves, the site's menu label); a list left with no item goes. */
export function forReaders(notes: RootContent[]): RootContent[] {
  return notes.flatMap((note) => {
    if (noteMarks(note).echo || notePart(note) === 'cue') return [];
    const kept = filter(note, { cascade: true }, (node) => !isNotesOnly(node));
    return kept ? [kept as RootContent] : [];
  });
}

/** A block for the speaker alone (`data.notesOnly`): a missing picture's line, a note the
 * author left for themselves. Slides never show it; the handout leaves it out. */
export function isNotesOnly(node: { data?: unknown }): boolean {
  return (node.data as { notesOnly?: boolean } | undefined)?.notesOnly === true;
}

export function originOf(node: {
  position?: { start: { line: number; column?: number } } | undefined;
}): Origin {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/** A slide's title as a list of slides names it, its part counted ("Voice Agents (2/3)"). */
export function countedTitle(slide: Pick<Slide, 'title' | 'part'>): string {
  return slide.part ? `${slide.title} (${slide.part.index}/${slide.part.total})` : slide.title;
}
