// A part that would run to three slides or more is cut to its key points, as a designer cuts
// a long talk to the slide or two an audience takes in: the points that carry most facts
// (names, figures, bold phrases) per line stay, in the recap's order, and the rest go to the
// notes whole. Headings, tables and pictures always stay; a part with numbered or timed
// points (a sequence, a programme) or code (a lab) keeps every step.
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { pointScore } from '../points/key-sentences.js';
import type { Unit } from './units.js';

/** The units that carry most facts per line kept while they fit `room`, the rest hidden;
 * undefined when what must stay is taller than that, or nothing need go. */
export function digestUnits(units: Unit[], room: number): Unit[] | undefined {
  const total = units.reduce((sum, u) => sum + (u.hidden ? 0 : u.height), 0);
  // A part with code is hands-on, one with numbered or timed points a sequence (steps, a
  // programme): all its steps count.
  if (total <= room || units.some((u) => u.display.type === 'code' || sequence(u.display))) return undefined;
  // An opening paragraph says what the part is about; what may not go stays too.
  const optional = units
    .map((unit, index) => ({ unit, index }))
    .filter(
      ({ unit, index }) => !unit.hidden && droppable(unit) && (index > 0 || unit.display.type === 'list'),
    );
  const dropped = new Set(optional.map((o) => o.index));
  let used = total - optional.reduce((sum, o) => sum + o.unit.height, 0);
  // Points are what a digest shows: where code, tables or pictures would take most of it (a
  // lab's steps beside their code), the part keeps its slides.
  if (used > room * MOST_FIXED) return undefined;
  // Most facts per line first, each kept where it still fits with what it needs (the lines of
  // the items it sits under, the lead-in it follows): the slide fills with the best.
  const requires = (index: number): number[] => {
    const unit = units[index]!;
    const parents = (unit.trail ?? []).map((step) =>
      units.findIndex(
        (u, j) => j < index && u.display.type === 'list' && u.display.children[0] === step.head,
      ),
    );
    let at = index - 1;
    while (at >= 0 && unit.group && units[at]!.group === unit.group) at -= 1;
    const lead = at >= 0 && units[at]!.keepWithNext && units[at]!.display.type === 'paragraph' ? [at] : [];
    return [...parents, ...lead].filter((j) => dropped.has(j));
  };
  for (const { unit, index } of [...optional].sort((a, b) => worth(b.unit) - worth(a.unit))) {
    if (!dropped.has(index) || (unit.keepWithNext && unit.display.type === 'paragraph')) continue;
    const kept = [index, ...requires(index)];
    const need = kept.reduce((sum, j) => sum + units[j]!.height, 0);
    if (used + need > room) continue;
    for (const j of kept) dropped.delete(j);
    used += need;
  }
  if (optional.length - dropped.size < FEWEST_POINTS) return undefined;
  return leadsKept(units.map((unit, i) => (dropped.has(i) ? { ...unit, hidden: true, height: 0 } : unit)));
}

/** What must stay (its opening, code, tables, pictures) takes at most this share of the room... */
const MOST_FIXED = 0.5;
/** ...and a digest keeps at least this many of its points. */
const FEWEST_POINTS = 3;

/** Points of lists and paragraphs (lead-ins too, with what they lead into) may go; a
 * sub-heading, a table, a picture may not. */
function droppable(unit: Unit): boolean {
  const { display } = unit;
  return display.type === 'list' || display.type === 'paragraph';
}

/** Facts per line: a point's score over its height (a tall point must say more to stay). */
function worth(unit: Unit): number {
  return (1 + Math.max(0, pointScore(unit.display))) / Math.max(1, unit.height);
}

/** A lead-in ("How it works:") whose every point went says nothing alone: it goes too. */
function leadsKept(units: Unit[]): Unit[] {
  return units.map((unit, i) => {
    if (unit.hidden || unit.keepWithNext !== true || !leadIn(unit.display)) return unit;
    const next = units[i + 1];
    const after = next?.group ? units.slice(i + 1).filter((u) => u.group === next.group) : [next];
    return after.every((u) => !u || u.hidden) ? { ...unit, hidden: true, height: 0 } : unit;
  });
}

/** A clock time opening a point ("8:30 – 9:00 | Welcome"): a slot of a programme. */
const TIME_SLOT = /^\s*\d{1,2}[:h.]\d{2}(?!\d)/u;

function sequence(node: RootContent): boolean {
  if (node.type === 'list' && node.ordered === true) return true;
  const line = node.type === 'list' ? node.children[0] : node;
  return line !== undefined && TIME_SLOT.test(toString(line));
}

function leadIn(node: RootContent): boolean {
  return node.type === 'paragraph' || (node.type === 'list' && /[:：]\s*$/u.test(toString(node)));
}
