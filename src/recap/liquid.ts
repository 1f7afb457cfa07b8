// What a template output tag (`{{ page.title }}`, Franklin's `{{fill title}}`,
// `{{ '/img/x.png' | prepend: site.baseurl }}`) stands for when that is clear without running
// the site: a page variable, or a path whose filters only add the site's base URL.

/** Filters that only put the site's address in front of a path. */
const URL_FILTERS = /^(?:relative_url|absolute_url|prepend:\s*site\.(?:baseurl|url)|url)$/;
const SITE_PREFIX = /^site\.(?:baseurl|url)$/;

/** The value of a `{{ … }}` tag, or undefined when it depends on more than the page. */
export function liquidValue(tag: string, page: Record<string, unknown>): string | undefined {
  if (!tag.startsWith('{{') || !tag.endsWith('}}')) return undefined;
  const [head = '', ...filters] = tag
    .slice(2, -2)
    .replace(/^-|-$/g, '')
    .split('|')
    .map((part) => part.trim());
  if (filters.some((filter) => !URL_FILTERS.test(filter))) return undefined;
  const literal = /^(['"])(.*)\1$/s.exec(head);
  if (literal) return literal[2];
  if (SITE_PREFIX.test(head)) return '';
  // Liquid's `page.title`, Franklin's `fill title`.
  const key = /^(?:page\.|fill\s+)([\w-]+)$/.exec(head)?.[1];
  const value = key === undefined ? undefined : page[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/** A URL with its Liquid tags resolved (`{{ site.baseurl }}/img/a.png` -> `/img/a.png`);
 * unchanged when a tag is unknown. */
export function resolveLiquidUrl(url: string, page: Record<string, unknown>): string {
  if (!url.includes('{{')) return url;
  let unknown = false;
  const resolved = url.replace(/\{\{.*?\}\}/gs, (tag) => {
    const value = liquidValue(tag, page);
    if (value === undefined) unknown = true;
    return value ?? tag;
  });
  return unknown ? url : resolved.trim();
}
