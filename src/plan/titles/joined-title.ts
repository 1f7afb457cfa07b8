// A slide that holds several parts side by side is titled by them ("Amazon Q Developer and
// Kiro"), in the recap's language, as each of them would be alone: where that fits one line.
import type { Labels } from '../../i18n/labels.js';
import type { Estimator } from '../measure/estimate.js';
import { bareTitle } from './title-craft.js';

/** The parts' names joined, without the emoji each leads with (their cards show them);
 * undefined when that runs over one line or reads as a list. */
export function joinedTitle(names: string[], labels: Labels, est: Estimator): string | undefined {
  const bare = names.map(bareTitle);
  // The names whole, else each by what it names before its dash or bracket ("KMS for DynamoDB
  // (the part I focused on)", "CloudTrail – Logging": "KMS for DynamoDB and CloudTrail").
  for (const each of [bare, bare.map(shortName)]) {
    const title = labels.joined(each);
    // Names that hold an "and" of their own are set apart by semicolons: a list, not a title.
    if (title.includes('; ') && !each.some((name) => name.includes('; '))) return undefined;
    if (est.textLines(title, est.metrics.title, est.metrics.body.width, 'bold') <= 1) return title;
  }
  return undefined;
}

/** A name's head before the dash or bracket that opens what it adds. */
const ADDITION = /\s+[–—-]\s+|\s+[(（]/u;

function shortName(name: string): string {
  const head = name.split(ADDITION)[0]!.trim();
  return head.length >= 3 ? head : name;
}
