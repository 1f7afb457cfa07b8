// A closing line that opens by naming its role ("Tổng kết: …", "**Summary:** …") says on the
// slide what the slide already is: the slide shows its words without that label, the notes keep
// the line as written.
import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { alternation } from '../../lexicon/lexicon.js';
import { capitalised, trimStart } from '../../model/phrasing-slice.js';

/** A conclusion's name and the colon after it, at the start of a line (lexicon conclusionHeadings). */
const ROLE = new RegExp(String.raw`^\s*(?:${alternation('conclusionHeadings')})\s*[:：]\s*`, 'iu');

/** The block as the slide shows it: a paragraph, or a quote's first one, without a role label. */
export function withoutRoleLabel(block: RootContent): RootContent {
  if (block.type === 'paragraph') return unlabelled(block);
  if (block.type !== 'blockquote') return block;
  const [first, ...rest] = block.children;
  return first?.type === 'paragraph' ? { ...block, children: [unlabelled(first), ...rest] } : block;
}

function unlabelled(paragraph: Paragraph): Paragraph {
  const [first, ...rest] = paragraph.children;
  let words: PhrasingContent[] | undefined;
  if (first?.type === 'strong' && toString(first).replace(ROLE, '') === '' && ROLE.test(toString(first)))
    words = trimStart(rest, /^[\s:：]+/u);
  else if (first?.type === 'text' && ROLE.test(first.value))
    words = [{ ...first, value: first.value.replace(ROLE, '') }, ...rest];
  // (A label alone, with nothing after it, stays: it is all the line says.)
  if (!words || toString({ type: 'paragraph', children: words }).trim() === '') return paragraph;
  return { ...paragraph, children: capitalised(words) };
}
