// From recap text to what the planner needs: front matter fields, the Markdown tree,
// its outline and its language. Pure: the caller did the reading.
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { VFile } from 'vfile';
import { RecapError } from '../errors.js';
import type { Lang } from '../model/deck.js';
import type { RecapTitle } from './choose-title.js';
import { type EventFacts, readEventFacts } from './event-facts.js';
import { splitFrontMatter } from './front-matter.js';
import { detectLang } from './language.js';
import { readMeta, type RecapMeta } from './meta.js';
import { buildOutline, type Outline } from './outline.js';
import { parseRecap } from './parse.js';

export interface Recap {
  meta: RecapMeta;
  lang: Lang;
  tree: Root;
  outline: Outline;
  /** The deck's title and where it was read; none when only the file name is left. */
  title?: RecapTitle;
  /** Date, time, place and role as the body states them. */
  facts: EventFacts;
  /** The event's date for the cover: stated in the body, else named so in the front matter. */
  date?: RecapDate;
  /** The body as parsed (front matter lines blanked), for the nothing-lost check. */
  body: string;
}

export interface RecapDate {
  /** YYYY-MM-DD */
  iso: string;
  from: 'body' | 'front matter';
}

export function readRecap(source: string, warnings: VFile): Recap {
  // Text that did not come through loadRecap may still open with a byte order mark.
  const text = source.replace(/^\uFEFF/u, '');
  const frontMatter = splitFrontMatter(text, warnings);
  const fromFrontMatter = readMeta(frontMatter.data, warnings, frontMatter.line);
  const { tree, defs } = parseRecap(frontMatter.body, warnings, frontMatter.data);
  // Lines above the front matter are not the page the author published (the site reads its
  // front matter from the first line): a leftover, such as a chatbot's "Here is the
  // translation:". They are the speaker's, not the audience's.
  const fence = frontMatter.line;
  if (fence !== undefined)
    for (const node of tree.children)
      if ((node.position?.end.line ?? Infinity) < fence) node.data = { ...node.data, notesOnly: true };
  // Franklin's `@def` lines stand in for a front matter the page does not have.
  const meta = { ...readMeta(defs, new VFile({ path: warnings.path }), undefined), ...fromFrontMatter };
  if (tree.children.every((node) => node.type === 'thematicBreak' || node.type === 'definition')) {
    const what =
      text.trim() === '' ? 'the recap is empty' : 'the recap has nothing to present besides its front matter';
    throw new RecapError(`${what}: write at least a heading and a paragraph`, {
      location: { file: String(warnings.path), line: 1, column: 1 },
    });
  }
  const lang = detectLang(toString(tree), meta.lang);
  const outline = buildOutline(tree, warnings, meta, frontMatter.line);
  const facts = readEventFacts(tree);
  const recap: Recap = { meta, lang, tree, outline, facts, body: frontMatter.body };
  if (outline.title) recap.title = outline.title;
  const date = facts.date?.iso
    ? { iso: facts.date.iso, from: 'body' as const }
    : meta.eventDate
      ? { iso: meta.eventDate, from: 'front matter' as const }
      : undefined;
  if (date) recap.date = date;
  return recap;
}
