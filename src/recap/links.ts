// Links whose URL could run script (`javascript:`, `data:text/html`, ...) lose the URL
// and keep their text, with a warning; such pictures keep their alt text.
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isSafeUrl } from '../model/url-policy.js';

export function dropUnsafeLinks(tree: Root, warnings: VFile): void {
  visit(tree, (node, index, parent) => {
    if (node.type === 'definition' && !isSafeUrl(node.url)) node.url = '#';
    if (!parent || index === undefined) return undefined;
    if (node.type === 'link' && (node.url.trim() === '' || !isSafeUrl(node.url))) {
      // An empty URL was already dropped (by the HTML sanitiser); it needs no second warning.
      if (node.url.trim() !== '')
        warnings.message(
          `unsafe link URL dropped (${node.url.slice(0, 40)}); its text is kept`,
          node.position?.start,
        );
      parent.children.splice(index, 1, ...(node.children as never[]));
      return index;
    }
    if (node.type === 'image' && !isSafeUrl(node.url, true)) {
      warnings.message(`unsafe image URL dropped (${node.url.slice(0, 40)})`, node.position?.start);
      parent.children[index] = { type: 'text', value: node.alt ?? '' } as never;
    }
    return undefined;
  });
}
