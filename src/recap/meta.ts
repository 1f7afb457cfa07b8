// Reads the front matter fields the deck uses (title, date, pre, weight, author,
// duration, lang) into typed values; a field of the wrong type, or longer than any real one,
// is warned about and ignored.
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { VFile } from 'vfile';

export interface RecapMeta {
  title?: string;
  /** The front matter key the title was read from (`title`, `post_title`, ...). */
  titleKey?: string;
  /** The page's date as YYYY-MM-DD (no time zone games): when it was published, not the event's. */
  date?: string;
  /** The event's own day, when the front matter names it (`event_date`). */
  eventDate?: string;
  /** Hugo's `pre` with its HTML stripped, e.g. "4.4." */
  pre?: string;
  weight?: number;
  author?: string;
  durationMinutes?: number;
  lang?: string;
  description?: string;
}

/** Longer than any title, author or description a page has: the rest of the deck is no place for it. */
export const MAX_FIELD_CHARS = 1_000;

const TITLE_KEYS = ['title', 'post_title', 'name', 'headline'];
const DATE_KEYS = ['date', 'post_date', 'publishDate', 'published', 'pubDate'];
/** Keys that name the event's own day, unlike a page's date, which is when it was published. */
const EVENT_DATE_KEYS = ['event_date', 'eventDate', 'event-date', 'eventdate'];

export function readMeta(
  data: Record<string, unknown>,
  warnings: VFile,
  line: number | undefined,
): RecapMeta {
  const at = line === undefined ? undefined : { line, column: 1 };
  const meta: RecapMeta = {};
  const text = (key: string): string | undefined => {
    const value = data[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string' && typeof value !== 'number') {
      warnings.message(`front matter "${key}" should be text; it is ignored`, at);
      return undefined;
    }
    return bounded(key, String(value).trim()) || undefined;
  };
  const bounded = (key: string, value: string): string | undefined => {
    if (value.length <= MAX_FIELD_CHARS) return value;
    warnings.message(`front matter "${key}" is longer than ${MAX_FIELD_CHARS} characters; it is ignored`, at);
    return undefined;
  };

  // Other site generators name the title and date differently (WordPress exports, schema.org).
  meta.titleKey = TITLE_KEYS.find(
    (key) => (typeof data[key] === 'string' && data[key].trim() !== '') || typeof data[key] === 'number',
  );
  if (meta.titleKey) meta.title = text(meta.titleKey);
  else if (data.title !== undefined) text('title');
  if (meta.title === undefined) meta.titleKey = undefined;
  meta.description = text('description');
  const pre = text('pre');
  if (pre) meta.pre = stripHtml(pre) || undefined;
  const authorKey = data.author !== undefined ? 'author' : 'authors';
  const author = data[authorKey];
  if (Array.isArray(author)) {
    const names = author.filter((name) => typeof name === 'string' || typeof name === 'number');
    if (names.length < author.length)
      warnings.message(`front matter "${authorKey}" should be a list of names; the rest is ignored`, at);
    meta.author = bounded(authorKey, names.join(', ')) || undefined;
  } else if (author !== undefined) meta.author = text(authorKey);
  meta.lang = text('lang') ?? text('language');

  const dateOf = (keys: string[]): string | undefined => {
    for (const key of keys) {
      const value = data[key];
      if (value === undefined || value === null || value === '') continue;
      const date = readDate(value);
      if (date) return date;
      warnings.message(
        `front matter "${key}" is not a date (${JSON.stringify(String(value).slice(0, 60))}); it is ignored`,
        at,
      );
    }
    return undefined;
  };
  meta.date = dateOf(DATE_KEYS);
  meta.eventDate = dateOf(EVENT_DATE_KEYS);
  if (data.weight !== undefined) {
    const weight =
      typeof data.weight === 'number' || typeof data.weight === 'string' ? Number(data.weight) : NaN;
    if (Number.isFinite(weight)) meta.weight = weight;
    else warnings.message('front matter "weight" is not a number; it is ignored', at);
  }
  if (data.duration !== undefined) {
    meta.durationMinutes = readDuration(data.duration);
    if (meta.durationMinutes === undefined)
      warnings.message('front matter "duration" should look like 15m, 1h30m or 20; it is ignored', at);
  }
  for (const key of Object.keys(meta) as (keyof RecapMeta)[]) if (meta[key] === undefined) delete meta[key];
  return meta;
}

export function stripHtml(html: string): string {
  return toText(fromHtml(html, { fragment: true }))
    .replace(/\s+/g, ' ')
    .trim();
}

function readDate(value: unknown): string | undefined {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  // ISO dates and timestamps, and Jekyll's `2022-08-24 15:00:00 -0000`.
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+\s?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  if (!match) return undefined;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d)
    ? `${y}-${m}-${d}`
    : undefined;
}

function readDuration(value: unknown): number | undefined {
  if (typeof value === 'number') return value > 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(?:(\d+(?:\.\d+)?)\s*h)?\s*(?:(\d+(?:\.\d+)?)\s*(?:m|min|mins|minutes?)?)?\s*$/i.exec(
    value,
  );
  if (!match || (!match[1] && !match[2])) return undefined;
  const minutes = Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
  return minutes > 0 ? minutes : undefined;
}
