// Links whose URL could run script (`javascript:`, `data:text/html`, ...) lose the URL
// and keep their text, with a warning.
import type { Parent, Root, RootContent } from 'mdast';
import type { Warnings } from '../errors.js';
import { isSafeUrl } from './url-policy.js';

export function dropUnsafeLinks(tree: Root, warnings: Warnings): void {
  const walk = (parent: Parent): void => {
    parent.children = (parent.children as RootContent[]).flatMap((child) => {
      if ('children' in child) walk(child as Parent);
      if (child.type === 'link' && child.url.trim() === '') return child.children; // its URL was already dropped
      if (child.type === 'link' && !isSafeUrl(child.url)) {
        warnings.add(
          `unsafe link URL dropped (${child.url.slice(0, 40)}); its text is kept`,
          child.position?.start,
        );
        return child.children;
      }
      if (child.type === 'image' && !isSafeUrl(child.url, true)) {
        warnings.add(`unsafe image URL dropped (${child.url.slice(0, 40)})`, child.position?.start);
        return [{ type: 'text', value: child.alt ?? '' }];
      }
      if (child.type === 'definition' && !isSafeUrl(child.url)) child.url = '#';
      return [child];
    }) as Parent['children'];
  };
  walk(tree);
}
