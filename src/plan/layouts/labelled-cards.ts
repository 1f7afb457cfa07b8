// A list whose every item opens with a bold label ("**Bài học rút ra**: …", "**Skills:** …"),
// or groups each a bold label over a list ("**Khái niệm:**" then its items), name parallel
// parts: a designer sets them side by side as cards, each titled by its label over its key
// sentences or its items. The lines before them (a lead-in) stay above the cards. Undefined
// when the section has no such shape or the cards do not fit.
import type { List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Estimator } from '../measure/estimate.js';
import { isSpeakerList } from '../people/speakers.js';
import { shownPart } from '../notes-only.js';
import { asList, itemLine } from '../points/lines.js';
import { labelGroups } from './label-groups.js';
import { pointLines } from '../points/prose-points.js';
import { phrasingText } from '../../model/text.js';
import type { Card } from './card-grid.js';
import { type Depth, SUMMARY_DEPTHS } from './summaries.js';
import { type CardPages, placeCards } from './card-pages.js';
import { capitalised, trimStart } from '../../model/phrasing-slice.js';

const MIN_CARDS = 2;
const MAX_CARDS = 6;
/** Labelled items that are each a line or two (tips, principles) may stand two rows of four. */
const MAX_ITEM_CARDS = 8;
/** A label is a few words, not a sentence in bold. */
const LONGEST_LABEL = 60;
/** A card's point (a key sentence, or a sub-item's line) is at most this many characters. */
const POINT_CHARS = 120;
/** Lines above the cards: a lead-in or a fact line or two, no more. */
const MOST_ABOVE = 2;
const ABOVE_CHARS = 200;

/** The cards on one slide, or over a few (card-pages.ts). */
export type LabelledCards = CardPages;

export function labelledCards(
  blocks: RootContent[],
  est: Estimator,
  budget: number,
  /** How far a card may sum its part up, fullest first (summaries.ts). */
  depths: Depth[] = SUMMARY_DEPTHS,
): LabelledCards | undefined {
  const shown = blocks.flatMap((b) => shownPart(b) ?? []);
  // (Here a label titles its card: a depth of labels alone has nothing to add under it.)
  const deep = depths.filter((depth) => !depth.labels);
  const made = itemCards(shown, deep, est, budget) ?? groupCards(shown, deep, est, budget);
  // What no slide shows (a form's label, a missing picture) is the first slide's to say, where
  // the slides say only their own cards' words.
  const [first, ...rest] = made?.pages ?? [];
  if (!made || !first || first.original.length === 0) return made;
  const hidden = blocks.filter((b) => !shownPart(b));
  return { ...made, pages: [{ ...first, original: [...hidden, ...first.original] }, ...rest] };
}

/** "- **Label:** text" items, each a card. */
function itemCards(
  shown: RootContent[],
  depths: Depth[],
  est: Estimator,
  budget: number,
): LabelledCards | undefined {
  const list = shown[shown.length - 1];
  const above = shown.slice(0, -1);
  if (list?.type !== 'list' || list.ordered) return undefined;
  if (list.children.length < MIN_CARDS || list.children.length > MAX_ITEM_CARDS) return undefined;
  // Bold names over roles are people: they have person cards of their own.
  if (isSpeakerList(list, '') || !fitsAbove(above)) return undefined;
  // Two points a card where they fit, else one, else its first sub-items only: the rest of each
  // item is in the notes (summaries.ts SUMMARY_DEPTHS).
  const variants = depths.map((depth) => list.children.map((item) => cardOf(item, depth)));
  if (variants.some((cards) => cards.some((card) => card === undefined))) return undefined;
  const sources = list.children.map((item): RootContent[] => [{ ...list, children: [item] }]);
  const placed = placeCards(above, variants as Card[][], sources, est, budget);
  // Past six, only as one grid: eight cards over two slides are no grid, only a list cut in two.
  return placed && (list.children.length <= MAX_CARDS || placed.pages.length === 1) ? placed : undefined;
}

/** "**Khái niệm:**" over a list, "**Bức tường phức tạp:** Các hệ thống…" with its own words: each
 * labelled part a card, its key sentences over its list's lines (label-groups.ts). */
function groupCards(
  shown: RootContent[],
  depths: Depth[],
  est: Estimator,
  budget: number,
): LabelledCards | undefined {
  const found = labelGroups(shown);
  if (!found) return undefined;
  const { above, groups } = found;
  // A talk's opening paragraph leads into its parts by its key sentence; all of it is in the notes.
  const lead = above.map((b) =>
    b.type === 'paragraph' && toString(b).length > ABOVE_CHARS
      ? { ...b, children: pointsOf(b, 1, ABOVE_CHARS).flatMap((p) => p.children) }
      : b,
  );
  if (!fitsAbove(lead)) return undefined;
  if (groups.length < MIN_CARDS || groups.length > MAX_CARDS) return undefined;
  // Two key sentences a part where they fit, else one, else its first items only: the rest of
  // each is in the notes.
  const variants = depths.map(({ sentences, items: most }) =>
    groups.map((group): Card => {
      const points = group.texts.flatMap((text) => pointsOf(text, sentences));
      const items = group.lists.flatMap((list) => list.children.slice(0, most).map(lineOf));
      // A sentence that leads into the list ("…có khả năng:") stands over its items, not among them.
      if (items.length > 0 && points.some((p) => /[:：]\s*$/u.test(toString(p))))
        return { title: group.label, blocks: [...points, asList(items)] };
      const lines = [...points, ...items];
      return { title: group.label, blocks: lines.length === 1 ? [lines[0]!] : [asList(lines)] };
    }),
  );
  if (variants[0]!.some((card) => toString({ type: 'root', children: card.blocks }).trim() === ''))
    return undefined;
  const made = placeCards(
    lead,
    variants,
    groups.map((g) => g.sources),
    est,
    budget,
  );
  // The first slide's notes say the opening paragraph whole.
  return made
    ? {
        ...made,
        pages: made.pages.map((page, i) =>
          i === 0 && page.original.length > 0
            ? { ...page, original: [...above, ...page.original.slice(lead.length)] }
            : page,
        ),
      }
    : undefined;
}

function fitsAbove(above: RootContent[]): boolean {
  return (
    above.length <= MOST_ABOVE &&
    above.every((b) => b.type === 'paragraph' && toString(b).length <= ABOVE_CHARS)
  );
}

/** A label written plainly before a colon ("Detection: CloudTrail, GuardDuty…"): a few words. */
const PLAIN_LABEL = /^\s*([\p{L}\d][\p{L}\d &/()'’+-]{0,38}?)\s*[:：]\s+(?=\S)/u;
const LABEL_WORDS = 4;

/** The item's first line with a plainly written label made bold, as an author who bolds it
 * would write it; the line as it is otherwise. */
function boldLabel(line: Paragraph): Paragraph {
  const [head, ...tail] = line.children;
  const match = head?.type === 'text' ? PLAIN_LABEL.exec(head.value) : null;
  if (head?.type !== 'text' || !match || match[1]!.split(/\s+/).length > LABEL_WORDS) return line;
  const label: PhrasingContent = { type: 'strong', children: [{ type: 'text', value: match[1]! }] };
  const after = head.value.slice(match[1]!.length + (match.index ?? 0));
  return { ...line, children: [label, { type: 'text', value: after }, ...tail] };
}

/** An item as a card: its label and what it says after it, as a few points. */
function cardOf(item: ListItem, { sentences: most, items }: Depth): Card | undefined {
  const [line, ...rest] = item.children;
  if (line?.type !== 'paragraph') return undefined;
  const first = boldLabel(line);
  const [label, ...after] = first.children;
  const title =
    label?.type === 'strong'
      ? phrasingText([label])
          .replace(/[\s:：–—-]+$/u, '')
          .trim()
      : '';
  if (!title || title.length > LONGEST_LABEL) return undefined;
  // A label is set apart by a colon or a dash; a bold word that opens a sentence is its subject.
  const joint = `${phrasingText([label!]).slice(title.length)}${phrasingText(after).slice(0, 3)}`;
  if (after.length > 0 && !/^\s*[:：–—-]/u.test(joint)) return undefined;
  // The text after the label, without the colon or dash that joined them.
  const text: PhrasingContent[] = capitalised(trimStart(after, /^[\s:：–—-]+/u));
  const points = text.length > 0 ? pointsOf({ type: 'paragraph', children: text }, most) : [];
  // Every sub-item keeps its line, unless the depth says fewer: a card that dropped some would say
  // less than the list did.
  const subItems = rest
    .filter((child): child is List => child.type === 'list')
    .flatMap((l) => l.children)
    .slice(0, items);
  const lines = [...points, ...subItems.map(lineOf)];
  if (lines.length === 0) return undefined;
  return { title, blocks: lines.length === 1 ? [lines[0]!] : [asList(lines)] };
}

function pointsOf(paragraph: Paragraph, most: number, pointLimit = POINT_CHARS): Paragraph[] {
  return pointLines(paragraph, { most, pointLimit });
}

/** An item's own line, a head that says nothing alone ("**Supervisor Agent:**") with its first
 * sub-items after it as fit (lines.ts itemLine); an item without one holds its place, empty. */
function lineOf(item: ListItem): Paragraph {
  return itemLine(item) ?? { type: 'paragraph', children: [] };
}
