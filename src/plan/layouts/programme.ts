// A run of lines that each open with a time of day ("**8:30 – 9:00** | Welcome & Check-in",
// the speaker on the line under it, details in a list after it) is a programme: a designer sets
// it as one table, a row a slot (time, what, who), not as paragraphs over several slides. The
// slide shows the table; each row's notes keep the author's lines as written.
import type { List, Paragraph, PhrasingContent, RootContent, Table, TableCell, TableRow } from 'mdast';
import { inlineText } from '../../model/text.js';

/** A programme has at least this many timed slots. */
const MIN_SLOTS = 3;
/** "8:30", "9h00", "10.15 AM", and a range of two ("8:30 – 9:00"), then what the slot is. */
const TIME = String.raw`\d{1,2}[:h.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?`;
const STARTS_TIMED = new RegExp(String.raw`^\s*${TIME}`, 'u');
const SLOT = new RegExp(String.raw`^\s*(${TIME}(?:\s*[–—-]\s*${TIME})?)\s*(?:[|–—:-]\s*)?(\S.*)$`, 'u');

export interface Programme {
  /** The run's first block, and the block after its last. */
  start: number;
  end: number;
  /** The slots as a table without a header row: time, what, and who or what else, if any says. */
  table: Table;
  /** For each row, the blocks it was made of, as the author wrote them. */
  sources: RootContent[][];
}

/** A table whose first column gives a time of day on most of its rows, three or more: a
 * programme already set as a table. */
export function isTimetable(table: Table): boolean {
  const rows = table.children.slice(1);
  const timed = rows.filter((row) => STARTS_TIMED.test(inlineText(row.children[0]?.children ?? [])));
  return timed.length >= MIN_SLOTS && timed.length * 2 > rows.length;
}

/** The first run of timed slots in `blocks`; undefined where none has enough of them. */
export function programmeRun(blocks: RootContent[]): Programme | undefined {
  for (let start = 0; start < blocks.length; start += 1) {
    if (!slotOf(blocks[start]!)) continue;
    const run = runFrom(blocks, start);
    if (run.rows.filter((row) => row.time !== '').length >= MIN_SLOTS) return asProgramme(start, run);
    start = run.end - 1;
  }
  return undefined;
}

interface Row {
  time: string;
  what: PhrasingContent[];
  details: string;
  sources: RootContent[];
}

/** The slots from `start` on, with the lists after them and the group names between them. */
function runFrom(blocks: RootContent[], start: number): { rows: Row[]; end: number } {
  const rows: Row[] = [];
  let end = start;
  for (let i = start; i < blocks.length; i += 1) {
    const block = blocks[i]!;
    const slot = slotOf(block);
    const last = rows[rows.length - 1];
    if (slot) rows.push({ ...slot, sources: [block] });
    else if (block.type === 'list' && last?.time && last.sources.length === 1) {
      last.details = [last.details, listText(block)].filter(Boolean).join('; ');
      last.sources.push(block);
    } else if (groupName(block) && isSlot(blocks[i + 1]))
      rows.push({ time: '', what: (block as Paragraph).children, details: '', sources: [block] });
    else break;
    end = i + 1;
  }
  return { rows, end };
}

/** A paragraph whose first line opens with a time: that time, what follows it, and its other lines. */
function slotOf(block: RootContent): Omit<Row, 'sources'> | undefined {
  if (block.type !== 'paragraph') return undefined;
  const cut = block.children.findIndex((child) => child.type === 'break');
  const first = cut === -1 ? block.children : block.children.slice(0, cut);
  const match = SLOT.exec(inlineText(first));
  if (!match) return undefined;
  const rest = cut === -1 ? [] : block.children.slice(cut + 1);
  return {
    time: match[1]!,
    what: [{ type: 'text', value: match[2]!.trim() }],
    details: inlineText(rest).trim(),
  };
}

/** (A group's name heads the slot after it.) */
function isSlot(block: RootContent | undefined): boolean {
  return block !== undefined && slotOf(block) !== undefined;
}

/** A line in bold and nothing else ("**Keynote & Industry Sharing**"): a group of slots. */
function groupName(block: RootContent): boolean {
  return block.type === 'paragraph' && block.children.length === 1 && block.children[0]!.type === 'strong';
}

function listText(list: List): string {
  return list.children.map((item) => inlineText(item.children.flatMap(phrasingOf))).join('; ');
}

function phrasingOf(block: RootContent): PhrasingContent[] {
  return block.type === 'paragraph' ? block.children : [];
}

function asProgramme(start: number, { rows, end }: { rows: Row[]; end: number }): Programme {
  const detailed = rows.some((row) => row.details !== '');
  const cell = (children: PhrasingContent[]): TableCell => ({ type: 'tableCell', children });
  const text = (value: string): PhrasingContent[] => (value ? [{ type: 'text', value }] : []);
  const row = (cells: TableCell[]): TableRow => ({ type: 'tableRow', children: cells });
  const header = row((detailed ? [0, 1, 2] : [0, 1]).map(() => cell([])));
  const body = rows.map((slot) =>
    row([
      cell(slot.time ? [{ type: 'strong', children: text(slot.time) }] : []),
      cell(slot.what),
      ...(detailed ? [cell(text(slot.details))] : []),
    ]),
  );
  const table: Table = {
    type: 'table',
    align: body[0]!.children.map(() => null),
    children: [header, ...body],
  };
  return { start, end, table, sources: rows.map((slot) => slot.sources) };
}
