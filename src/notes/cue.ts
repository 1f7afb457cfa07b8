// Part 4 of the speaker notes, the cue: the slide's time budget (on a divider, also the
// time of the part it opens) and the lead-in to the next slide the planner wrote
// ("≈ 40 giây · Tiếp theo: IaC.").
import type { RootContent } from 'mdast';
import type { Labels } from '../i18n/labels.js';
import { markNote, notePart, say, type Slide } from '../model/deck.js';
import { blockText } from '../model/text.js';

export interface CueTime {
  seconds: number;
  /** A divider's part: its slides and their seconds. */
  section?: { seconds: number; slides: number };
}

export function cueFor(slide: Slide, time: CueTime, labels: Labels['notes']): RootContent {
  const next = slide.notes.filter((note) => notePart(note) === 'cue').map(blockText);
  const section = time.section ? [labels.section(time.section.seconds, time.section.slides)] : [];
  return markNote(say([labels.budget(time.seconds), ...section, ...next].join(' · ')), 'cue');
}
