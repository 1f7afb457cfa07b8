// From recap text to what the planner needs: front matter fields, the Markdown tree,
// its outline and its language. Pure: the caller did the reading.
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { RecapError, type Warnings } from '../errors.js';
import type { Lang } from '../model/deck.js';
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
}

export function readRecap(text: string, warnings: Warnings): Recap {
  const frontMatter = splitFrontMatter(text, warnings);
  const meta = readMeta(frontMatter.data, warnings, frontMatter.line);
  const tree = parseRecap(frontMatter.body, warnings, frontMatter.data);
  if (tree.children.every((node) => node.type === 'thematicBreak' || node.type === 'definition')) {
    const what =
      text.trim() === '' ? 'the recap is empty' : 'the recap has nothing to present besides its front matter';
    throw new RecapError(`${what}: write at least a heading and a paragraph`, {
      location: { file: warnings.file, line: 1, column: 1 },
    });
  }
  const lang = detectLang(toString(tree), meta.lang);
  const outline = buildOutline(tree, warnings, meta, frontMatter.line);
  return { meta, lang, tree, outline };
}
