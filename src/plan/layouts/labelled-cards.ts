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
import { asList, firstLine, isLabelLine } from '../points/lines.js';
import { pointLines } from '../points/prose-points.js';
import { plain } from '../points/shorten.js';
import { aboveCardsHeight, type Card, cardsHeight, cardsList } from './card-grid.js';
import { trimStart } from '../../model/phrasing-slice.js';
import { countNodes } from '../../model/text.js';

const MIN_CARDS = 2;
const MAX_CARDS = 6;
/** A label is a few words, not a sentence in bold. */
const LONGEST_LABEL = 60;
/** A card's point (a key sentence, or a sub-item's line) is at most this many characters. */
const POINT_CHARS = 120;
/** Lines above the cards: a lead-in or a fact line or two, no more. */
const MOST_ABOVE = 2;
const ABOVE_CHARS = 200;

/** The cards on one slide, or, where they do not fit one, two or three a slide. */
export interface LabelledCards {
  /** Each slide's blocks, and the recap's own it shows (empty: all of the section's). */
  pages: { blocks: RootContent[]; height: number; original: RootContent[] }[];
  /** The one slide's cards are set closer (card-grid.ts) to hold them all. */
  compact?: boolean;
}

export function labelledCards(
  blocks: RootContent[],
  est: Estimator,
  budget: number,
): LabelledCards | undefined {
  const shown = blocks.flatMap((b) => shownPart(b) ?? []);
  const made = itemCards(shown, est, budget) ?? groupCards(shown, est, budget);
  // What no slide shows (a form's label, a missing picture) is the first slide's to say, where
  // the slides say only their own cards' words.
  const [first, ...rest] = made?.pages ?? [];
  if (!made || !first || first.original.length === 0) return made;
  const hidden = blocks.filter((b) => !shownPart(b));
  return { pages: [{ ...first, original: [...hidden, ...first.original] }, ...rest] };
}

/** "- **Label:** text" items, each a card. */
function itemCards(shown: RootContent[], est: Estimator, budget: number): LabelledCards | undefined {
  const list = shown[shown.length - 1];
  const above = shown.slice(0, -1);
  if (list?.type !== 'list' || list.ordered) return undefined;
  if (list.children.length < MIN_CARDS || list.children.length > MAX_CARDS) return undefined;
  // Bold names over roles are people: they have person cards of their own.
  if (isSpeakerList(list, '') || !fitsAbove(above)) return undefined;
  // Two points a card where they fit, else one: the rest of each item is in the notes.
  for (const most of [2, 1]) {
    const cards = list.children.map((item) => cardOf(item, most));
    if (cards.some((card) => card === undefined)) return undefined;
    const sources = list.children.map((item): RootContent[] => [{ ...list, children: [item] }]);
    const made = placed(above, cards as Card[], sources, est, budget);
    if (made) return made;
  }
  return undefined;
}

/** "**Khái niệm:**" over a list, then "**Best practices:**" over another: each group a card. */
function groupCards(shown: RootContent[], est: Estimator, budget: number): LabelledCards | undefined {
  const start = shown.findIndex((b, i) => labelOf(b) !== undefined && shown[i + 1]?.type === 'list');
  if (start === -1) return undefined;
  const above = shown.slice(0, start);
  const rest = shown.slice(start);
  if (rest.length % 2 !== 0 || !fitsAbove(above)) return undefined;
  const cards: Card[] = [];
  for (let i = 0; i < rest.length; i += 2) {
    const title = labelOf(rest[i]!);
    const list = rest[i + 1];
    if (!title || list?.type !== 'list') return undefined;
    cards.push({ title, blocks: [asList(list.children.map(lineOf))] });
  }
  if (cards.length < MIN_CARDS || cards.length > MAX_CARDS) return undefined;
  const sources = cards.map((_, k) => rest.slice(2 * k, 2 * k + 2));
  return placed(above, cards, sources, est, budget);
}

/** A paragraph that only names the group under it: bold alone, or a few words and a colon. */
function labelOf(block: RootContent): string | undefined {
  if (block.type !== 'paragraph' || !isLabelLine(block)) return undefined;
  const text = toString(block).trim();
  if (text.length > LONGEST_LABEL) return undefined;
  return text.replace(/[\s:：]+$/u, '') || undefined;
}

function fitsAbove(above: RootContent[]): boolean {
  return (
    above.length <= MOST_ABOVE &&
    above.every((b) => b.type === 'paragraph' && toString(b).length <= ABOVE_CHARS)
  );
}

/** The cards under the lines above them, when they fit the room: on one slide, else over
 * as few as hold them two to four a slide, the lines above on the first. */
function placed(
  above: RootContent[],
  cards: Card[],
  /** The recap's own blocks each card was made from, for the notes of its slide. */
  sources: RootContent[][],
  est: Estimator,
  budget: number,
): LabelledCards | undefined {
  const top = aboveCardsHeight(above, est);
  const height = top + cardsHeight(cards, est);
  if (height <= budget) return { pages: [{ blocks: [...above, cardsList(cards)], height, original: [] }] };
  // Set closer, as lines are, where that keeps the grid on one slide: a designer tightens a grid
  // a little before splitting it into two half-empty ones.
  const close = top + cardsHeight(cards, est, undefined, 'compact');
  if (close <= budget)
    return { pages: [{ blocks: [...above, cardsList(cards)], height: close, original: [] }], compact: true };
  // Over several slides only where the cards keep every point of their lists (a card's title
  // counts for the item it names): slides of cards that left the sub-points to the notes say
  // less than the lists did (a check-half reviewer found 30 points gone).
  const lines =
    countNodes(
      cards.flatMap((c) => c.blocks),
      'paragraph',
    ) + cards.length;
  if (lines < countNodes(sources.flat(), 'listItem')) return undefined;
  // As few slides as hold them: four a slide in two rows of two, else three, else two.
  for (const size of [4, 3, 2]) {
    const groups = evenly(cards.length, size);
    const heights = groups.map(([a, b], i) => (i === 0 ? top : 0) + cardsHeight(cards.slice(a, b), est));
    if (groups.length < 2 || groups.some(([a, b]) => b - a < 2) || heights.some((h) => h > budget)) continue;
    return {
      pages: groups.map(([a, b], i) => ({
        blocks: [...(i === 0 ? above : []), cardsList(cards.slice(a, b))],
        height: heights[i]!,
        original: [...(i === 0 ? above : []), ...sources.slice(a, b).flat()],
      })),
    };
  }
  return undefined;
}

/** [start, end) of `count` cards in groups of about `size`, as even as can be. */
function evenly(count: number, size: number): [number, number][] {
  const pages = Math.ceil(count / size);
  const groups: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < pages; i += 1) {
    const take = Math.ceil((count - start) / (pages - i));
    groups.push([start, start + take]);
    start += take;
  }
  return groups;
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
function cardOf(item: ListItem, most: number): Card | undefined {
  const [line, ...rest] = item.children;
  if (line?.type !== 'paragraph') return undefined;
  const first = boldLabel(line);
  const [label, ...after] = first.children;
  const title =
    label?.type === 'strong'
      ? plain([label])
          .replace(/[\s:：–—-]+$/u, '')
          .trim()
      : '';
  if (!title || title.length > LONGEST_LABEL) return undefined;
  // A label is set apart by a colon or a dash; a bold word that opens a sentence is its subject.
  const joint = `${plain([label!]).slice(title.length)}${plain(after).slice(0, 3)}`;
  if (after.length > 0 && !/^\s*[:：–—-]/u.test(joint)) return undefined;
  // The text after the label, without the colon or dash that joined them.
  const text: PhrasingContent[] = capitalised(trimStart(after, /^[\s:：–—-]+/u));
  const points = text.length > 0 ? pointsOf({ type: 'paragraph', children: text }, most) : [];
  // Every sub-item keeps its line: a card that dropped some would say less than the list did.
  const subItems = rest.filter((child): child is List => child.type === 'list').flatMap((l) => l.children);
  const lines = [...points, ...subItems.map(lineOf)];
  if (lines.length === 0) return undefined;
  return { title, blocks: lines.length === 1 ? [lines[0]!] : [asList(lines)] };
}

function pointsOf(paragraph: Paragraph, most: number): Paragraph[] {
  return pointLines(paragraph, { most, pointLimit: POINT_CHARS });
}

/** An item's own line; an item without one still holds its place, empty. */
function lineOf(item: ListItem): Paragraph {
  return firstLine(item) ?? { type: 'paragraph', children: [] };
}

/** Text that now starts a card's line starts with a capital, as a line does. */
function capitalised(children: PhrasingContent[]): PhrasingContent[] {
  const [head, ...tail] = children;
  if (head?.type !== 'text' || !/^\p{Ll}/u.test(head.value)) return children;
  return [{ ...head, value: head.value.charAt(0).toLocaleUpperCase() + head.value.slice(1) }, ...tail];
}
