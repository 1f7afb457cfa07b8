// Notes a recap's author left for themselves or got from a template ("Insert your photos
// here", "Do not copy verbatim into your report") are no content for an audience: such
// blocks are marked `notesOnly` (the planner puts their words in the speaker notes) and
// reported, so nothing is lost and nothing of the kind is shown.
import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { Warnings } from '../errors.js';
import { toString } from 'mdast-util-to-string';
import '../model/nodes.js';
import { inlineText } from './phrasing.js';

declare module 'mdast' {
  interface Data {
    /** Speaker notes only: an instruction to the author, never shown on a slide. */
    notesOnly?: boolean;
  }
}

/** Placeholders where pictures or text are still to come. */
const PLACEHOLDER = [
  /^(?:please\s+)?(?:insert|add|put|paste|place|upload|attach|include)\b.{0,60}\b(?:here|below|above)\b/i,
  /\b(?:photos?|pictures?|images?|screenshots?|ảnh|hình(?: ảnh)?)\s+(?:go(?:es)? here|here|tại đây|ở đây)$/i,
  /^(?:chèn|thêm|dán|đặt|cập nhật)\b.{0,60}\b(?:ảnh|hình|tại đây|ở đây|vào đây)/i,
  /^(?:todo|tbd|fixme|to be (?:added|updated|completed))\b/i,
];
/** Template notices addressed to whoever fills the template in. */
const INSTRUCTION = [
  /\b(?:do not|don'?t|never)\s+copy\b/i,
  /\bkhông\s+(?:được\s+)?(?:sao chép|copy)\b/i,
  /\bfor reference (?:purposes )?only\b/i,
  /\bchỉ (?:mang tính|để) tham khảo\b/i,
];

export function markAuthorNotes(tree: Root, warnings: Warnings): void {
  visit(tree, (node) => {
    if (node.type !== 'paragraph' && node.type !== 'callout' && node.type !== 'blockquote') return undefined;
    const text = (node.type === 'paragraph' ? inlineText(node.children) : toString(node))
      .replace(/^(?:[\s([{*_]|\p{Extended_Pictographic}|\uFE0F)+|[\s)\]}*_.:]+$/gu, '')
      .trim();
    const short = text.length <= 120 && PLACEHOLDER.some((re) => re.test(text));
    const notice = node.type !== 'paragraph' && INSTRUCTION.some((re) => re.test(text));
    if (!short && !notice) return undefined;
    node.data = { ...node.data, notesOnly: true };
    warnings.add(
      `"${text.length > 50 ? `${text.slice(0, 47)}…` : text}" reads as a note to the author; it goes to the speaker notes, not on a slide`,
      node.position?.start,
    );
    return SKIP;
  });
}
