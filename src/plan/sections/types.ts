// The types the section stage shares between planning a section and framing its slides.
import type { RootContent } from 'mdast';
import type { Labels } from '../../i18n/labels.js';
import type { Slide } from '../../model/deck.js';
import type { Estimator } from '../measure/estimate.js';
import type { TitledSection } from '../titles/outline-titles.js';

export interface SectionContext {
  labels: Labels;
  scale: (line: number) => number | undefined;
  est: Estimator;
}

export interface PlannedSection {
  section: TitledSection;
  /** Slides of the section's own blocks. */
  own: Slide[];
  /** Slides of its sub-sections, in order. */
  children: Slide[];
  /** Words for the notes of the slide before the section (it shows nothing of its own). */
  leftover: RootContent[];
}
