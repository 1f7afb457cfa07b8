// Hugo shortcodes are Hugo's own template syntax, not Markdown: this finds `{{< ... >}}`
// and `{{% ... %}}` outside code, and swaps each for an HTML-comment marker the Markdown
// parser keeps in place (same line), so the tree stage can turn them into callouts/figures.

export interface Shortcode {
  name: string;
  /** Positional arguments by index ("0", "1", ...) and named ones by key. */
  args: Record<string, string>;
  closing: boolean;
  selfClosing: boolean;
}

const MARKER_PREFIX = 'rd-shortcode ';

interface Range {
  start: number;
  end: number;
}

export function markShortcodes(text: string, protectedRanges: Range[]): string {
  let out = '';
  let last = 0;
  for (let i = text.indexOf('{{', 0); i !== -1; i = text.indexOf('{{', i + 2)) {
    if (i < last) continue;
    const delimiter = text[i + 2];
    if (delimiter !== '<' && delimiter !== '%') continue;
    if (protectedRanges.some((range) => i >= range.start && i < range.end)) continue;
    const end = findClose(text, i + 3, delimiter === '<' ? '>' : '%');
    if (end === -1) continue;
    const inner = text.slice(i + 3, end).trim();
    out += text.slice(last, i);
    // `{{</* x */>}}` is Hugo's way of writing a shortcode literally.
    if (inner.startsWith('/*') && inner.endsWith('*/'))
      out += `{{${delimiter} ${inner.slice(2, -2).trim()} ${delimiter}}}`;
    else out += `${inlineGuard(text, i, end + 3)}<!--${MARKER_PREFIX}${encode(parseInner(inner))}-->`;
    last = end + 3;
    i = end;
  }
  return out + text.slice(last);
}

/** Reads a marker comment back; undefined for any other HTML. */
export function readMarker(html: string): Shortcode | undefined {
  const trimmed = html.trim();
  if (!trimmed.startsWith(`<!--${MARKER_PREFIX}`) || !trimmed.endsWith('-->')) return undefined;
  try {
    return JSON.parse(
      Buffer.from(trimmed.slice(4 + MARKER_PREFIX.length, -3), 'base64url').toString('utf8'),
    ) as Shortcode;
  } catch {
    return undefined;
  }
}

/**
 * A comment at the start of a line opens an HTML block that swallows the rest of the line;
 * when text follows the shortcode on its line, a zero-width space keeps the marker inline.
 */
function inlineGuard(text: string, start: number, end: number): string {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const before = text.slice(lineStart, start);
  const after = text.slice(end, lineEnd === -1 ? text.length : lineEnd);
  return before.trim() === '' && after.trim() !== '' ? ZERO_WIDTH_SPACE : '';
}

export const ZERO_WIDTH_SPACE = '\u200b';

function encode(shortcode: Shortcode): string {
  return Buffer.from(JSON.stringify(shortcode), 'utf8').toString('base64url');
}

function findClose(text: string, from: number, closer: string): number {
  let quote: string | undefined;
  for (let i = from; i < text.length; i += 1) {
    const c = text[i]!;
    if (c === '\n' && text[i + 1] === '\n') return -1;
    if (quote) {
      if (c === '\\') i += 1;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === '`') quote = c;
    else if (c === closer && text.startsWith('}}', i + 1)) return i;
  }
  return -1;
}

function parseInner(inner: string): Shortcode {
  let body = inner;
  const closing = body.startsWith('/');
  if (closing) body = body.slice(1).trim();
  const selfClosing = !closing && body.endsWith('/');
  if (selfClosing) body = body.slice(0, -1).trim();
  const words = splitArgs(body);
  const name = (words.shift() ?? '').toLowerCase();
  const args: Record<string, string> = {};
  let position = 0;
  for (const word of words) {
    const eq = /^([A-Za-z_][\w-]*)=(.*)$/s.exec(word);
    if (eq) args[eq[1]!.toLowerCase()] = unquote(eq[2]!);
    else args[String(position++)] = unquote(word);
  }
  return { name, args, closing, selfClosing };
}

function splitArgs(body: string): string[] {
  const words: string[] = [];
  let current = '';
  let quote: string | undefined;
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i]!;
    if (quote) {
      current += c;
      if (c === '\\' && i + 1 < body.length) current += body[++i];
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === '`') {
      quote = c;
      current += c;
    } else if (/\s/.test(c)) {
      if (current) words.push(current);
      current = '';
    } else current += c;
  }
  if (current) words.push(current);
  return words;
}

function unquote(value: string): string {
  if (value.length >= 2 && (value[0] === '"' || value[0] === '`') && value.endsWith(value[0]!)) {
    const raw = value.slice(1, -1);
    return value[0] === '"' ? raw.replace(/\\(.)/g, '$1') : raw;
  }
  return value;
}
