// Notes a recap's author left for themselves or got from a template ("Insert your photos
// here", "Do not copy verbatim into your report") are no content for an audience: such
// blocks are marked `notesOnly` (the planner puts their words in the speaker notes) and
// reported, so nothing is lost and nothing of the kind is shown.
import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import '../model/nodes.js';
import { alternation, type Concept, EDGE_AFTER, EDGE_BEFORE } from '../lexicon/lexicon.js';
import type { Lang } from '../model/deck.js';
import { inlineText } from '../model/text.js';

declare module 'mdast' {
  interface Data {
    /** Speaker notes only: an instruction to the author, never shown on a slide. */
    notesOnly?: boolean;
  }
}

// The words are the lexicon's (lexicon/*.json); these patterns only say how they combine.
// `<` and `>` are word boundaries that know Vietnamese letters (`\b` only knows ASCII ones).
const words = (source: string) =>
  new RegExp(source.replace(/</g, EDGE_BEFORE).replace(/>/g, EDGE_AFTER), 'iu');
const any = (concept: Concept, lang?: Lang) => `(?:${alternation(concept, lang)})`;

/** Placeholders where pictures or text are still to come. */
const PLACEHOLDER = [
  words(`^${any('addVerbs')}>.{0,60}<${any('hereWords')}>`),
  words(`<${any('pictureWords')}\\s+(?:go(?:es)?\\s+)?${any('hereWords')}$`),
  words(`<${any('pictureWords')}>.{0,40}<${any('comingPhrases')}>`),
  words(`^${any('todoMarkers')}>`),
  // "[Speaker name] - [Title/Company] (fill in the speaker's name here)"; in Vietnamese the
  // instruction ("Bạn điền … vào đây") needs no brackets: its "vào đây" says it.
  words(`\\(${any('fillIn', 'en')}>[^)]{0,60}<${any('hereWords', 'en')}>`),
  words(`<${any('fillIn', 'vi')}>.{0,60}<${any('hereWords', 'vi')}>`),
  words(`<${any('yourBlanks')}>`),
];
/** A line of nothing but bracketed blanks: "[Tên Diễn Giả] - [Chức vụ/Tổ chức]". */
const BLANKS = /^(?:\[[^\][]{2,40}\][\s,:;/|–—-]*)+$/u;
/** Template notices addressed to whoever fills the template in. */
const INSTRUCTION = [words(`<${any('noCopy')}>`), words(`<${any('referenceOnly')}>`)];
/** A template's instructions open by telling the writer what to do ("In this section, you should…"). */
const ADDRESSES_WRITER = words(`^.{0,40}<${any('writerAddress')}>`);

export function markAuthorNotes(tree: Root, warnings: VFile): void {
  visit(tree, (node) => {
    if (node.type !== 'paragraph' && node.type !== 'callout' && node.type !== 'blockquote') return undefined;
    const raw = (node.type === 'paragraph' ? inlineText(node.children) : toString(node)).trim();
    const text = raw.replace(/^(?:[\s([{*_]|\p{Extended_Pictographic}|\uFE0F)+|[\s)\]}*_.:]+$/gu, '').trim();
    const short = text.length <= 120 && (PLACEHOLDER.some((re) => re.test(text)) || BLANKS.test(raw));
    const notice =
      node.type !== 'paragraph' && (INSTRUCTION.some((re) => re.test(text)) || ADDRESSES_WRITER.test(text));
    if (!short && !notice) return undefined;
    node.data = { ...node.data, notesOnly: true };
    warnings.message(
      `"${raw.length > 50 ? `${raw.slice(0, 47)}…` : raw}" reads as a note to the author; ` +
        'it goes to the speaker notes, not on a slide',
      node.position?.start,
    );
    return SKIP;
  });
}
