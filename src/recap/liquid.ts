// What a template output tag (`{{ page.title }}`, Franklin's `{{fill title}}`,
// `{{ '/img/x.png' | prepend: site.baseurl }}`) stands for when that is clear without running
// the site: a page variable, or a path whose filters only add the site's base URL.

/** Filters that only put the site's address in front of a path. */
const URL_FILTERS = /^(?:relative_url|absolute_url|prepend:\s*site\.(?:baseurl|url)|url)$/;
const SITE_PREFIX = /^site\.(?:baseurl|url)$/;

/** Jekyll's date filters: `date: "%B %d, %Y"`, `date_to_string`, `date_to_long_string`. */
const DATE_FILTER = /^(?:date:\s*(['"])(.*)\1|date_to_string|date_to_long_string)$/;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `{{ page.date | date: "%B %d, %Y" }}` -> "August 24, 2022": a page date in the format named
 * (English, as Jekyll writes it); undefined for another value or an unknown directive. */
function dated(head: string, filter: string, page: Record<string, unknown>): string | undefined {
  const key = /^page\.([\w-]+)$/.exec(head)?.[1];
  const raw = key === undefined ? undefined : page[key];
  const date = raw instanceof Date ? raw : typeof raw === 'string' ? new Date(raw) : undefined;
  if (!date || Number.isNaN(date.getTime())) return undefined;
  const format =
    filter === 'date_to_string'
      ? '%d %b %Y'
      : filter === 'date_to_long_string'
        ? '%d %B %Y'
        : DATE_FILTER.exec(filter)![2]!;
  const month = MONTHS[date.getUTCMonth()]!;
  const day = date.getUTCDate();
  const parts: Record<string, string> = {
    B: month,
    b: month.slice(0, 3),
    d: String(day).padStart(2, '0'),
    '-d': String(day),
    e: String(day),
    m: String(date.getUTCMonth() + 1).padStart(2, '0'),
    '-m': String(date.getUTCMonth() + 1),
    Y: String(date.getUTCFullYear()),
    y: String(date.getUTCFullYear()).slice(2),
  };
  let unknown = false;
  const text = format.replace(/%(-?[a-zA-Z])/g, (_, directive: string) => {
    const part = parts[directive];
    if (part === undefined) unknown = true;
    return part ?? '';
  });
  return unknown ? undefined : text;
}

/** The value of a `{{ … }}` tag, or undefined when it depends on more than the page. */
export function liquidValue(tag: string, page: Record<string, unknown>): string | undefined {
  if (!tag.startsWith('{{') || !tag.endsWith('}}')) return undefined;
  const [head = '', ...filters] = tag
    .slice(2, -2)
    .replace(/^-|-$/g, '')
    .split('|')
    .map((part) => part.trim());
  const [dateFilter] = filters;
  if (filters.length === 1 && dateFilter && DATE_FILTER.test(dateFilter))
    return dated(head, dateFilter, page);
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
