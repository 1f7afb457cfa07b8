// marp-cli's bespoke template (navigation, presenter view, its CSS and script), captured
// once from marp-cli's own output for a deck of placeholders, then filled with our slides
// and notes: the same HTML marp-cli writes, without loading marp-cli for every build.
import { escapeHtml } from './escape.js';

const TITLE = 'RecapDeckTitleSentinel';
const AUTHOR = 'RecapDeckAuthorSentinel';
const DESCRIPTION = 'RecapDeckDescriptionSentinel';
const LANG = 'rdlang';
const SLIDE = 'RecapDeckSlideSentinel';
const NOTE = 'RecapDeckNoteSentinel';
const CONTAINER = '<div id=":$p">';

/** The deck marp-cli renders to show us its template. */
export const SHELL_MARKDOWN = [
  '---',
  'marp: true',
  'theme: aws',
  `lang: ${LANG}`,
  `title: ${TITLE}`,
  `author: ${AUTHOR}`,
  `description: ${DESCRIPTION}`,
  '---',
  '',
  SLIDE,
  '',
  `<!-- ${NOTE} -->`,
  '',
].join('\n');

/** The Marpit options marp-cli's bespoke template renders slides with. */
export const BESPOKE_RENDER = {
  container: { tag: 'div', id: ':$p' },
  inlineSVG: true,
  slideContainer: [] as never[],
};

export interface Shell {
  /** Up to and with the slide container's opening tag. */
  before: string;
  /** From the container's closing tag to the end, notes taken out. */
  after: string;
  /** A note's markup around its content. */
  note: [string, string];
}

export function parseShell(html: string): Shell {
  const open = html.indexOf(CONTAINER);
  const slide = html.indexOf(SLIDE, open);
  const close = html.indexOf('</svg></div>', slide);
  const noteAt = html.indexOf(NOTE, close);
  const noteStart = html.lastIndexOf('<div class="bespoke-marp-note"', noteAt);
  const noteEnd = html.indexOf('</div>', noteAt) + '</div>'.length;
  if ([open, slide, close, noteAt, noteStart].includes(-1))
    throw new Error("marp-cli's bespoke template has changed shape; recap-deck cannot fill it");
  const noteHtml = html.slice(noteStart, noteEnd);
  const [noteBefore, noteAfter] = noteHtml
    .replace('data-index="0"', 'data-index="{{index}}"')
    .split(`<p>${NOTE}</p>`) as [string, string];
  return {
    before: html.slice(0, open + CONTAINER.length),
    after: `${html.slice(close + '</svg>'.length, noteStart)}{{notes}}${html.slice(noteEnd)}`,
    note: [noteBefore, noteAfter],
  };
}

export interface ShellFill {
  title: string;
  author?: string;
  description?: string;
  lang: string;
  /** Each slide's markup as Marp rendered it with BESPOKE_RENDER. */
  slides: string[];
  /** Each slide's notes as HTML; empty for none. */
  notes: string[];
}

export function fillShell(shell: Shell, fill: ShellFill): string {
  const meta = (text: string, sentinel: string, value: string | undefined) =>
    value === undefined
      ? text.replace(new RegExp(`<meta [^>]*${sentinel}[^>]*>`, 'g'), '')
      : text.split(sentinel).join(escapeHtml(value));
  let before = meta(meta(shell.before, AUTHOR, fill.author), DESCRIPTION, fill.description);
  before = before
    .split(TITLE)
    .join(escapeHtml(fill.title))
    .replace(`lang="${LANG}"`, `lang="${escapeHtml(fill.lang)}"`);
  const notes = fill.notes
    .map((html, index) =>
      html ? `${shell.note[0].replace('{{index}}', String(index))}${html}${shell.note[1]}` : '',
    )
    .join('');
  // A function, so `$&` or `$'` in a note is text, not a replacement pattern.
  return before + fill.slides.join('') + shell.after.replace('{{notes}}', () => notes);
}
