// Franklin (Julia) pages keep their page variables in `@def name = value` lines instead of
// front matter: `@def title = "Keynote notes"`. Their values fill in for a front matter the
// page does not have, so such a page is titled and dated like any other.
import type { Root } from 'mdast';
import type { SiteSyntax } from './site-syntax.js';

const DEF = /^@def\s+([A-Za-z_]\w*)\s*=\s*(.*?)\s*$/s;

export function franklinDefs(tree: Root): Record<string, unknown> {
  const defs: Record<string, unknown> = {};
  for (const node of tree.children) {
    if (node.type !== 'siteSyntax') continue;
    const match = DEF.exec((node as SiteSyntax).value);
    if (match) defs[match[1]!] = unquote(match[2]!);
  }
  return defs;
}

/** `"text"` and `"""text"""` are strings; `Date(2024, 1, 5)` is a date; the rest as written. */
function unquote(value: string): unknown {
  const string = /^("""|")(.*)\1$/s.exec(value);
  if (string) return string[2];
  const date = /^Date\(\s*(\d{4})\s*,\s*(\d{1,2})\s*,\s*(\d{1,2})\s*\)$/.exec(value);
  if (date) return `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}`;
  return value;
}
