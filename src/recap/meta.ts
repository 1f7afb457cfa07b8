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
  const fields: Fields = { data, warn: (message) => warnings.message(message, at) };
  // Read in this order, so the warnings follow the fields' order.
  const meta: RecapMeta = {
    ...titleOf(fields),
    description: textOf(fields, 'description'),
    pre: preOf(fields),
    author: authorOf(fields),
    lang: textOf(fields, 'lang') ?? textOf(fields, 'language'),
    date: dateOf(fields, DATE_KEYS),
    eventDate: dateOf(fields, EVENT_DATE_KEYS),
    weight: weightOf(fields),
    durationMinutes: durationOf(fields),
  };
  for (const key of Object.keys(meta) as (keyof RecapMeta)[]) if (meta[key] === undefined) delete meta[key];
  return meta;
}

/** The front matter, and where its warnings go (at its line). */
interface Fields {
  data: Record<string, unknown>;
  warn: (message: string) => void;
}

/** A field of text (or a number, as text); empty is none. */
function textOf(fields: Fields, key: string): string | undefined {
  const value = fields.data[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' && typeof value !== 'number') {
    fields.warn(`front matter "${key}" should be text; it is ignored`);
    return undefined;
  }
  return bounded(fields, key, String(value).trim()) || undefined;
}

function bounded({ warn }: Fields, key: string, value: string): string | undefined {
  if (value.length <= MAX_FIELD_CHARS) return value;
  warn(`front matter "${key}" is longer than ${MAX_FIELD_CHARS} characters; it is ignored`);
  return undefined;
}

/** The title and the key it was read from, when there is one. */
function titleOf(fields: Fields): Pick<RecapMeta, 'titleKey' | 'title'> {
  const { data } = fields;
  // Other site generators name the title and date differently (WordPress exports, schema.org).
  const titleKey = TITLE_KEYS.find(
    (key) => (typeof data[key] === 'string' && data[key].trim() !== '') || typeof data[key] === 'number',
  );
  if (!titleKey) {
    // Read only to warn when it is of the wrong type.
    if (data.title !== undefined) textOf(fields, 'title');
    return {};
  }
  const title = textOf(fields, titleKey);
  return title === undefined ? {} : { titleKey, title };
}

/** Hugo's `pre`, its HTML stripped. */
function preOf(fields: Fields): string | undefined {
  const pre = textOf(fields, 'pre');
  if (!pre) return undefined;
  return stripHtml(pre) || undefined;
}

/** `author`, or `authors`: a name, or a list of names joined. */
function authorOf(fields: Fields): string | undefined {
  const authorKey = fields.data.author !== undefined ? 'author' : 'authors';
  const author = fields.data[authorKey];
  if (!Array.isArray(author)) return author === undefined ? undefined : textOf(fields, authorKey);
  const names = author.filter((name) => typeof name === 'string' || typeof name === 'number');
  if (names.length < author.length)
    fields.warn(`front matter "${authorKey}" should be a list of names; the rest is ignored`);
  return bounded(fields, authorKey, names.join(', ')) || undefined;
}

/** The first of some keys that holds a date; each before it that holds something else is warned about. */
function dateOf({ data, warn }: Fields, keys: string[]): string | undefined {
  for (const key of keys) {
    const value = data[key];
    if (value === undefined || value === null || value === '') continue;
    const date = readDate(value);
    if (date) return date;
    warn(
      `front matter "${key}" is not a date (${JSON.stringify(String(value).slice(0, 60))}); it is ignored`,
    );
  }
  return undefined;
}

function weightOf({ data, warn }: Fields): number | undefined {
  if (data.weight === undefined) return undefined;
  const weight =
    typeof data.weight === 'number' || typeof data.weight === 'string' ? Number(data.weight) : NaN;
  if (Number.isFinite(weight)) return weight;
  warn('front matter "weight" is not a number; it is ignored');
  return undefined;
}

function durationOf({ data, warn }: Fields): number | undefined {
  if (data.duration === undefined) return undefined;
  const minutes = readDuration(data.duration);
  if (minutes === undefined) warn('front matter "duration" should look like 15m, 1h30m or 20; it is ignored');
  return minutes;
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
