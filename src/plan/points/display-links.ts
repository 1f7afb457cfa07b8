// A bare address on a slide ("https://docs.google.com/document/d/1z39r6Sw/edit") is shown
// short: no scheme, no "www.", no query, and past about forty characters its host and the
// whole path steps that fit ("docs.google.com/document"), never a step cut or marked "…".
// The link still opens the whole address; the notes keep it whole.
import type { Link, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { isOpenableLink } from '../../model/url-policy.js';

const LONGEST = 40;

export function tidyLinks<T extends RootContent>(node: T): T {
  // A copy is tidied, so the recap's own tree (and the notes made from it) keep the address.
  const copy = structuredClone(node);
  visit(copy, 'link', (link: Link) => {
    const bare = toString(link) === link.url.replace(/^mailto:/i, '');
    if (!bare || !isOpenableLink(link.url)) return;
    link.children = [{ type: 'text', value: shortLink(link.url) }];
    link.data = { ...link.data, bare: true };
  });
  return copy;
}

export function shortLink(url: string): string {
  const short = url
    .replace(/^(https?:\/\/|mailto:)/i, '')
    .replace(/^www\./i, '')
    .replace(/\/$/, '');
  if (short.length <= LONGEST) return short;
  const [host = short, ...steps] = short.replace(/[?#].*$/u, '').split('/');
  let shown = host;
  for (const step of steps) {
    if (!step || `${shown}/${step}`.length > LONGEST) break;
    shown = `${shown}/${step}`;
  }
  return shown;
}
