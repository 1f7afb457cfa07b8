// Lines that speak about the web page the recap was published on, not about the event: a
// line that is only a link to a video ("[YouTube](…)"), and sentences that direct a reader
// around the page ("pick a lab from the menu on the left", "bookmark this page"). An
// audience has no page: they go to the speaker notes (`notesOnly`), the directions with a
// warning, and the rest of their paragraph stays.
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isPhrase, mentions } from '../lexicon/lexicon.js';
import { between } from '../model/phrasing-slice.js';

const directs = mentions('pageDirections');
const SENTENCES = new Intl.Segmenter(undefined, { granularity: 'sentence' });

export function markPageLeftovers(tree: Root, warnings: VFile): void {
  visit(tree, 'paragraph', (node, index, parent) => {
    if (!parent || index === undefined || node.data?.notesOnly) return undefined;
    if (onlyMediaLink(node)) {
      node.data = { ...node.data, notesOnly: true };
      return SKIP;
    }
    const parts = splitDirections(node);
    if (!parts) return undefined;
    warnings.message(
      'a sentence directs the reader around the web page (a menu, "this page"); ' +
        'it goes to the speaker notes, not on a slide',
      node.position?.start,
    );
    parent.children.splice(index, 1, ...(parts as never[]));
    return [SKIP, index + parts.length];
  });
}

/** "[YouTube](https://youtu.be/…)" and nothing else. */
function onlyMediaLink(paragraph: Paragraph): boolean {
  const content = paragraph.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const [link] = content;
  return content.length === 1 && link?.type === 'link' && isPhrase('mediaLinkWords', toString(link));
}

/** The paragraph as runs of sentences, those that direct the reader for the notes alone;
 * undefined when none does. */
function splitDirections(paragraph: Paragraph): Paragraph[] | undefined {
  const children = paragraph.children;
  const text = children.map((c) => (c.type === 'break' ? '\n' : toString(c))).join('');
  const spans = [...SENTENCES.segment(text)].map((s) => ({
    start: s.index,
    end: s.index + s.segment.length,
    away: directs(s.segment),
  }));
  if (!spans.some((s) => s.away)) return undefined;
  // A short question that only leads into a direction ("Ready? Then bookmark this page") goes
  // with it.
  spans.forEach((span, i) => {
    const words = text.slice(span.start, span.end).trim().split(/\s+/u);
    if (spans[i + 1]?.away && words.length <= 2 && /[?？]$/u.test(words[words.length - 1] ?? ''))
      span.away = true;
  });
  const runs: { start: number; end: number; away: boolean }[] = [];
  for (const span of spans) {
    const last = runs[runs.length - 1];
    if (last && last.away === span.away) last.end = span.end;
    else runs.push({ ...span });
  }
  return runs.map((run) => {
    const part: Paragraph = { type: 'paragraph', children: trim(between(children, run.start, run.end)) };
    if (paragraph.position) part.position = paragraph.position;
    if (run.away) part.data = { notesOnly: true };
    return part;
  });
}

function trim(children: PhrasingContent[]): PhrasingContent[] {
  const out = [...children];
  const first = out[0];
  if (first?.type === 'text') out[0] = { ...first, value: first.value.replace(/^\s+/u, '') };
  const last = out[out.length - 1];
  if (last?.type === 'text') out[out.length - 1] = { ...last, value: last.value.replace(/\s+$/u, '') };
  return out.filter((c) => !(c.type === 'text' && c.value === ''));
}
