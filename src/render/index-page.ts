// decks/index.html for `--all` and `--index-only`: every deck with its title, date, slide
// count, talk time, a picture of its title slide and links to its files, and every deck that
// failed to build with its error. Self-contained, relative links, so it works from disk.
import { formatDate, labelsFor } from '../i18n/labels.js';
import type { Lang } from '../model/deck.js';
import { escapeHtml } from './escape.js';

export type IndexEntry = DeckEntry | FailedEntry;

export interface DeckEntry {
  name: string;
  title: string;
  kicker?: string;
  lang: Lang;
  /** YYYY-MM-DD */
  date?: string;
  weight?: number;
  slides: number;
  talkSeconds: number;
  thumbnail?: string;
  /** File names (relative to the index) by kind. */
  files: { html?: string; pdf?: string; handout?: string; pptx?: string };
}

/** A deck whose last build failed: its name and the error, as the CLI printed it. */
export interface FailedEntry {
  name: string;
  error: string;
}

/**
 * A link to a file beside the index. A deck's name is any file name (`javascript:x.md`), so it
 * is one path segment after `./`: never read as a scheme, a host or another folder.
 */
const fileHref = (file: string): string => escapeHtml(`./${encodeURIComponent(file)}`);

const failed = (entry: IndexEntry): entry is FailedEntry => 'error' in entry;
const sortKey = (entry: IndexEntry): Partial<DeckEntry> => (failed(entry) ? {} : entry);

export function sortEntries(entries: IndexEntry[]): IndexEntry[] {
  return [...entries].sort((a, b) => {
    const [x, y] = [sortKey(a), sortKey(b)];
    return (
      (x.weight ?? Infinity) - (y.weight ?? Infinity) ||
      (x.date ?? '9999').localeCompare(y.date ?? '9999') ||
      a.name.localeCompare(b.name)
    );
  });
}

export function indexHtml(entries: IndexEntry[], fontFaces: string): string {
  const decks = entries.filter((e): e is DeckEntry => !failed(e));
  const vi = decks.filter((e) => e.lang === 'vi').length;
  const lang: Lang = vi * 2 >= decks.length && vi > 0 ? 'vi' : 'en';
  const labels = labelsFor(lang).index;
  const cards = sortEntries(entries).map((entry) => {
    if (failed(entry))
      return (
        '<article class="failed">' +
        `<div class="thumb"><div class="placeholder">${escapeHtml(entry.name)}</div></div>` +
        '<div class="text">' +
        `<p class="kicker">${escapeHtml(labels.failed)}</p>` +
        `<h2>${escapeHtml(entry.name)}</h2>` +
        `<p class="error">${escapeHtml(entry.error)}</p>` +
        '</div></article>'
      );
    const links = (['html', 'pdf', 'handout', 'pptx'] as const)
      .filter((kind) => entry.files[kind])
      .map(
        (kind) => `<a class="${kind}" href="${fileHref(entry.files[kind]!)}">${escapeHtml(labels[kind])}</a>`,
      )
      .join('');
    const picture = entry.thumbnail
      ? `<img src="${escapeHtml(entry.thumbnail)}" alt="${escapeHtml(entry.title)}" width="320" height="180">`
      : `<div class="placeholder">${escapeHtml(entry.title)}</div>`;
    const facts = [
      entry.date ? formatDate(entry.date, lang) : undefined,
      `${entry.slides} ${labels.slides}`,
      `~${Math.max(1, Math.round(entry.talkSeconds / 60))} ${labels.minutes}`,
    ]
      .filter(Boolean)
      .join(' · ');
    const open = entry.files.html
      ? `<a class="thumb" href="${fileHref(entry.files.html)}">${picture}</a>`
      : `<div class="thumb">${picture}</div>`;
    return (
      `<article>${open}<div class="text">` +
      (entry.kicker ? `<p class="kicker">${escapeHtml(entry.kicker)}</p>` : '') +
      `<h2>${escapeHtml(entry.title)}</h2>` +
      `<p class="facts">${escapeHtml(facts)}</p>` +
      `<p class="links">${links}</p>` +
      '</div></article>'
    );
  });
  const count = [
    `${decks.length} ${labels.decks}`,
    ...(decks.length < entries.length ? [`${entries.length - decks.length} ${labels.failedDecks}`] : []),
  ].join(' · ');
  return (
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width,initial-scale=1">' +
    `<title>${escapeHtml(labels.title)}</title><style>${fontFaces}${STYLE}</style></head>` +
    '<body>' +
    `<header><h1>${escapeHtml(labels.title)}</h1><p>${escapeHtml(count)}</p></header>` +
    `<main>${cards.join('')}</main>` +
    '</body></html>'
  );
}

const STYLE = [
  '',
  '*{box-sizing:border-box}',
  `body{margin:0;font-family:'Be Vietnam Pro',system-ui,sans-serif;background:#f2f4f6;color:#16191f}`,
  'header{background:#232f3e;color:#fff;padding:32px 48px;border-bottom:6px solid #ff9900}',
  'header h1{margin:0;font-size:32px}',
  'header p{margin:6px 0 0;color:#d5dbdb}',
  'main{display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:24px;padding:32px 48px}',
  'article{background:#fff;border-radius:12px;overflow:hidden;box-shadow:0 1px 3px rgba(0,0,0,.12);' +
    'display:flex;flex-direction:column}',
  '.thumb{display:block;aspect-ratio:16/9;background:#232f3e;text-decoration:none}',
  '.thumb img{display:block;width:100%;height:100%;object-fit:cover}',
  '.placeholder{height:100%;display:flex;align-items:center;justify-content:center;color:#fff;' +
    'font-weight:700;padding:16px;text-align:center}',
  '.text{padding:16px 20px 18px;display:flex;flex-direction:column;gap:6px;flex:1}',
  '.kicker{margin:0;color:#ec7211;font-size:14px;font-weight:600}',
  'h2{margin:0;font-size:19px;line-height:1.3;color:#232f3e}',
  '.facts{margin:0;color:#5f6b7a;font-size:14px}',
  '.links{margin:auto 0 0;padding-top:10px;display:flex;gap:8px;flex-wrap:wrap}',
  '.links a{font-size:14px;font-weight:600;text-decoration:none;color:#232f3e;border:1px solid #d5dbdb;' +
    'border-radius:6px;padding:5px 10px}',
  '.links a.html{background:#ff9900;border-color:#ff9900}',
  '.links a:hover{border-color:#232f3e}',
  '.failed .thumb{background:#5f6b7a}',
  '.failed .kicker{color:#b3261e}',
  '.error{margin:0;color:#16191f;background:#fdf3f2;border-left:4px solid #b3261e;padding:8px 10px;' +
    'font-size:13px;line-height:1.45;white-space:pre-wrap;overflow-wrap:anywhere;max-height:12em;' +
    'overflow:auto}',
  '',
].join('\n');
