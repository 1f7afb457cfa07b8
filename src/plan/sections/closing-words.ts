// The part that closes a recap in the author's own words ("Tổng kết", "Conclusion": a paragraph
// or two) is their closing statement: a pull-quote, as a designer sets the last words of a
// talk, rather than a paragraph at the top of a white slide.
import type { Blockquote, Paragraph, RootContent } from 'mdast';
import { isPhrase } from '../../lexicon/lexicon.js';
import { textLength } from '../../model/text.js';
import { shownPart } from '../notes-only.js';
import type { TitledSection } from '../titles/outline-titles.js';

const MOST_PARAGRAPHS = 2;
/** More than this is an essay, not closing words: it stays prose (points, where long). */
const MOST_CHARS = 600;
/** The closing part is among the recap's last parts (pictures may follow it). */
const FROM_END = 2;

/** The sections, the closing one's words as a quote. */
export function closingWords(sections: TitledSection[]): TitledSection[] {
  return sections.map((section, i) =>
    i >= sections.length - FROM_END && closes(section) ? asQuote(section) : section,
  );
}

function closes(section: TitledSection): boolean {
  if (section.children.length > 0 || !isPhrase('conclusionHeadings', section.heading)) return false;
  const shown = section.blocks.filter((b) => shownPart(b) !== undefined && b.type !== 'html');
  return (
    shown.length > 0 &&
    shown.length <= MOST_PARAGRAPHS &&
    shown.every((b) => b.type === 'paragraph') &&
    textLength(shown) <= MOST_CHARS
  );
}

/** The paragraphs in one quote, in their place; what only the notes hold stays as it was. */
function asQuote(section: TitledSection): TitledSection {
  const paragraphs = section.blocks.filter(
    (b): b is Paragraph => b.type === 'paragraph' && shownPart(b) !== undefined,
  );
  const first = paragraphs[0]!;
  const last = paragraphs[paragraphs.length - 1]!;
  const quote: Blockquote = {
    type: 'blockquote',
    children: paragraphs,
    ...(first.position && last.position
      ? { position: { start: first.position.start, end: last.position.end } }
      : {}),
  };
  const blocks: RootContent[] = [];
  for (const block of section.blocks) {
    if (block === first) blocks.push(quote);
    else if (!paragraphs.includes(block as Paragraph)) blocks.push(block);
  }
  return { ...section, blocks };
}
