// How recap-deck writes Markdown, on slides and in notes alike: one style, its GFM
// extension made once.
import { gfmToMarkdown } from 'mdast-util-gfm';
import type { Options } from 'mdast-util-to-markdown';

export const MARKDOWN_STYLE: Options = {
  extensions: [gfmToMarkdown()],
  bullet: '-',
  emphasis: '*',
  strong: '*',
  listItemIndent: 'one',
  rule: '-',
};
