// Types shared by the parse stage's modules, in a leaf module so that the modules sharing
// them import no module that imports them back.
import type { RootContent } from 'mdast';
import type { Origin } from '../model/deck.js';

/** A section of the recap's outline, with one level of sub-sections. */
export interface Section {
  title: string;
  origin: Origin;
  blocks: RootContent[];
  children: Section[];
  /** Text that belongs here but has no slide of its own (an empty sub-section's title). */
  notes: string[];
  /** The same for empty sub-sections before the first one with content: they follow the
   * section's own slides rather than close the whole section. */
  introNotes?: string[];
}
