// Notes a recap's author left for themselves or got from a template ("Insert your photos
// here", "Do not copy verbatim into your report") are no content for an audience: such
// blocks are marked `notesOnly` (the planner puts their words in the speaker notes) and
// reported, so nothing is lost and nothing of the kind is shown.
import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import '../model/nodes.js';
import { inlineText } from './phrasing.js';

declare module 'mdast' {
  interface Data {
    /** Speaker notes only: an instruction to the author, never shown on a slide. */
    notesOnly?: boolean;
  }
}

// `<` and `>` in these patterns are word boundaries that know Vietnamese letters (`\b` only
// knows ASCII ones).
const words = (source: string) =>
  new RegExp(source.replace(/</g, '(?<![\\p{L}\\p{N}])').replace(/>/g, '(?![\\p{L}\\p{N}])'), 'iu');
const ADD = String.raw`(?:please\s+)?(?:insert|add|put|paste|place|upload|attach|include)`;
const PICTURE = `(?:photos?|pictures?|images?|screenshots?|ảnh|hình(?: ảnh)?)`;
const HERE_VI = '(?:tại đây|ở đây|vào đây)';

/** Placeholders where pictures or text are still to come. */
const PLACEHOLDER = [
  words(`^${ADD}>.{0,60}<(?:here|below|above)>`),
  words(String.raw`<${PICTURE}\s+(?:go(?:es)? here|here|${HERE_VI})$`),
  words(`^(?:chèn|thêm|dán|đặt|cập nhật)>.{0,60}<(?:ảnh|hình|${HERE_VI})>`),
  words(`^(?:todo|tbd|fixme|to be (?:added|updated|completed))>`),
  // "[Speaker name] - [Title/Company] (fill in the speaker's name here)"
  words(`<(?:bạn\\s+)?(?:hãy\\s+)?điền>.{0,60}${HERE_VI}`),
  words(String.raw`\((?:please\s+)?fill (?:in|out)>[^)]{0,60}<(?:here|below|above)>`),
  words(`<your (?:name|title|role|company|photos?|text) here>`),
];
/** A line of nothing but bracketed blanks: "[Tên Diễn Giả] - [Chức vụ/Tổ chức]". */
const BLANKS = /^(?:\[[^\][]{2,40}\][\s,:;/|–—-]*)+$/u;
/** Template notices addressed to whoever fills the template in. */
const INSTRUCTION = [
  words(String.raw`<(?:do not|don'?t|never)\s+copy>`),
  words(String.raw`<không\s+(?:được\s+)?(?:sao chép|copy)>`),
  words(`<for reference (?:purposes )?only>`),
  words(`<chỉ (?:mang tính|để) tham khảo>`),
];

export function markAuthorNotes(tree: Root, warnings: VFile): void {
  visit(tree, (node) => {
    if (node.type !== 'paragraph' && node.type !== 'callout' && node.type !== 'blockquote') return undefined;
    const raw = (node.type === 'paragraph' ? inlineText(node.children) : toString(node)).trim();
    const text = raw.replace(/^(?:[\s([{*_]|\p{Extended_Pictographic}|\uFE0F)+|[\s)\]}*_.:]+$/gu, '').trim();
    const short = text.length <= 120 && (PLACEHOLDER.some((re) => re.test(text)) || BLANKS.test(raw));
    const notice = node.type !== 'paragraph' && INSTRUCTION.some((re) => re.test(text));
    if (!short && !notice) return undefined;
    node.data = { ...node.data, notesOnly: true };
    warnings.message(
      `"${raw.length > 50 ? `${raw.slice(0, 47)}…` : raw}" reads as a note to the author; it goes to the speaker notes, not on a slide`,
      node.position?.start,
    );
    return SKIP;
  });
}
