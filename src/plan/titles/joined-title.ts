// A slide that holds several parts side by side is titled by them ("Amazon Q Developer and
// Kiro"), in the recap's language, as each of them would be alone: where that fits one line.
import type { Labels } from '../../i18n/labels.js';
import type { Estimator } from '../measure/estimate.js';
import { bareTitle } from './title-craft.js';

/** The parts' names joined, without the emoji each leads with (their cards show them);
 * undefined when that runs over one line or reads as a list. */
export function joinedTitle(names: string[], labels: Labels, est: Estimator): string | undefined {
  const bare = names.map(bareTitle);
  const title = labels.joined(bare);
  // Names that hold an "and" of their own are set apart by semicolons: a list, not a title.
  if (title.includes('; ') && !bare.some((name) => name.includes('; '))) return undefined;
  return est.textLines(title, est.metrics.title, est.metrics.body.width, 'bold') <= 1 ? title : undefined;
}
