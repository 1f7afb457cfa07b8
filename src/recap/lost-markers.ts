// A list whose markers were lost on the way (copied from a web page, emoji bullets stripped)
// is put back as a list: short lines, one a paragraph, under a line that leads into them
// ("…, bao gồm:"), or short points (no full stop) of one paragraph that only line breaks
// part. On a slide
// they read as the list the author wrote, not as loose sentences at the left margin.
import type { List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { breakLines } from './phrasing.js';

/** A line of a list is short: a longer paragraph is prose. */
const LINE_CHARS = 120;
/** Lines one paragraph must hold, parted by breaks, to be read as a list. */
const MOST_BROKEN = 3;
/** A line that opens with its own label ("Kết quả: …", "Tools/Tech: …") ends the list. */
const OWN_LABEL = /^[^:：]{1,32}[:：](?!\d)/u;
const LEADS_IN = /[:：]\s*$/u;
const SENTENCE_END = /[.!?…。]\s*$/u;

export function restoreLostMarkers(tree: Root): void {
  visit(tree, (node) => {
    if (
      !('children' in node) ||
      (node.type !== 'root' && node.type !== 'listItem' && node.type !== 'blockquote')
    )
      return;
    restoreAmong(node.children as RootContent[]);
  });
}

/** Puts back the lists among one parent's blocks, in place. */
function restoreAmong(children: RootContent[]): void {
  for (let i = 0; i < children.length; i += 1) {
    const block = children[i]!;
    const lines = block.type === 'paragraph' ? brokenLines(block) : undefined;
    if (lines) children[i] = asList(lines, block);
    if (leadsIn(block)) gatherLines(children, i, block);
  }
}

/** The short lines after a block that leads into them (`block`, at `i`), as a list, in place. */
function gatherLines(children: RootContent[], i: number, block: RootContent): void {
  let end = i + 1;
  while (end < children.length && isLine(children[end]!)) end += 1;
  if (end - (i + 1) < 2) return;
  const run = children.slice(i + 1, end) as Paragraph[];
  const list = asList(run, run[0]!);
  // Under a list item that leads into them, they are its sub-items.
  const last = block.type === 'list' ? block.children[block.children.length - 1] : undefined;
  if (last) {
    last.children.push(list);
    children.splice(i + 1, run.length);
  } else children.splice(i + 1, run.length, list);
}

/** A paragraph, or a list whose last item, ends by leading into what follows ("…gồm:"). */
function leadsIn(block: RootContent): boolean {
  if (block.type === 'paragraph') return LEADS_IN.test(toString(block));
  if (block.type !== 'list') return false;
  const last = block.children[block.children.length - 1];
  const tail = last?.children[last.children.length - 1];
  return tail?.type === 'paragraph' && LEADS_IN.test(toString(tail));
}

/** A short paragraph of one line that is no label line of its own and leads into nothing. */
function isLine(block: RootContent): block is Paragraph {
  if (block.type !== 'paragraph') return false;
  if (block.children.some((c) => c.type === 'break' || (c.type === 'text' && c.value.includes('\n'))))
    return false;
  const text = toString(block).trim();
  // A line led by an emoji says what it is ("📅 …", "📍 …"): a fact or a heading, not a point.
  if (/^\p{Extended_Pictographic}/u.test(text)) return false;
  return text.length > 0 && text.length <= LINE_CHARS && !LEADS_IN.test(text) && !OWN_LABEL.test(text);
}

/** The lines of a paragraph that only line breaks part, each short, none a label line. */
function brokenLines(paragraph: Paragraph): Paragraph[] | undefined {
  const lines = breakLines(paragraph.children);
  if (lines.length < MOST_BROKEN) return undefined;
  const paragraphs = lines.map((children): Paragraph => ({ type: 'paragraph', children }));
  // Sentences on lines of their own are the author's prose set line by line; points that end
  // without a full stop are a list's.
  const points = paragraphs.every((p) => isLine(p) && !SENTENCE_END.test(toString(p)));
  return points ? paragraphs : undefined;
}

function asList(lines: Paragraph[], at: RootContent): List {
  const items = lines.map((line): ListItem => ({ type: 'listItem', spread: false, children: [line] }));
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items,
    ...(at.position ? { position: at.position } : {}),
  };
}
