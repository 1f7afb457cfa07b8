// A paragraph of fact lines ("Date: …⏎Place: …⏎Organiser: …") keeps, on the cover, only the
// lines the cover does not already state under its headline: the date, place and role are
// said once, styled, and a line they share a paragraph with (the organiser) still shows.
import type { Paragraph, PhrasingContent, RootContent } from 'mdast';

/** The block without its lines in `shown` (recap line numbers); undefined when none is left. A
 * block other than a paragraph is kept or dropped whole. */
export function unstatedLines(block: RootContent, shown: ReadonlySet<number>): RootContent | undefined {
  if (block.type !== 'paragraph') return block;
  const lines = linesOf(block);
  const kept = lines.filter((line) => line.at === undefined || !shown.has(line.at));
  if (kept.length === lines.length) return block;
  if (kept.every((line) => line.children.length === 0)) return undefined;
  const children = kept.flatMap((line, i): PhrasingContent[] =>
    i === 0 ? line.children : [{ type: 'break' }, ...line.children],
  );
  return { ...block, children } satisfies Paragraph;
}

interface Line {
  /** The recap line it starts on, when known. */
  at: number | undefined;
  children: PhrasingContent[];
}

/** The paragraph cut at its line breaks (a break node, or a newline inside a text node). */
function linesOf(paragraph: Paragraph): Line[] {
  const lines: Line[] = [{ at: paragraph.position?.start.line, children: [] }];
  const current = () => lines[lines.length - 1]!;
  for (const node of paragraph.children) {
    const start = node.position?.start.line;
    if (node.type === 'break') {
      lines.push({ at: node.position?.end.line, children: [] });
      continue;
    }
    if (current().children.length === 0 && start !== undefined) current().at = start;
    if (node.type !== 'text' || !node.value.includes('\n')) {
      current().children.push(node);
      continue;
    }
    node.value.split('\n').forEach((part, k) => {
      if (k > 0) lines.push({ at: start === undefined ? undefined : start + k, children: [] });
      if (part !== '') current().children.push({ type: 'text', value: part });
    });
  }
  return lines;
}
