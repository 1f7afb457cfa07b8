// From recap text to what the planner needs: front matter fields, the Markdown tree,
// its outline and its language. Pure: the caller did the reading.
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Warnings } from '../errors.js';
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
  const tree = parseRecap(frontMatter.body, warnings);
  const lang = detectLang(toString(tree), meta.lang);
  const outline = buildOutline(tree, warnings);
  return { meta, lang, tree, outline };
}
