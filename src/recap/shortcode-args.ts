// Reads one Hugo shortcode as written (`{{< figure src="a.png" caption="Team" >}}`,
// `{{% /notice %}}`) into its name and arguments, and says which arguments are words
// the author wrote for readers (titles, captions) rather than settings.

export interface Shortcode {
  name: string;
  /** Positional arguments by index ("0", "1", ...) and named ones by key. */
  args: Record<string, string>;
  /** Arguments that read as text: quoted positional ones and text-named ones, in order. */
  texts: string[];
  closing: boolean;
  selfClosing: boolean;
  /** Hugo's way of writing a shortcode literally (`{{</ * x * />}}` without the spaces): the literal. */
  literal?: string;
}

/** Named arguments that carry words for readers. */
const TEXT_KEYS = new Set(['title', 'caption', 'alt', 'header', 'label', 'text', 'description', 'name']);

/** undefined when `source` is no shortcode (`{{< … >}}` or `{{% … %}}`). */
export function readShortcode(source: string): Shortcode | undefined {
  const delimiter = source[2];
  if (!source.startsWith('{{') || (delimiter !== '<' && delimiter !== '%')) return undefined;
  const inner = source.slice(3, -3).trim();
  if (inner.startsWith('/*') && inner.endsWith('*/'))
    return {
      name: '',
      args: {},
      texts: [],
      closing: false,
      selfClosing: true,
      literal: `{{${delimiter} ${inner.slice(2, -2).trim()} ${delimiter}}}`,
    };
  let body = inner;
  const closing = body.startsWith('/');
  if (closing) body = body.slice(1).trim();
  const selfClosing = !closing && body.endsWith('/');
  if (selfClosing) body = body.slice(0, -1).trim();
  const words = splitArgs(body);
  const name = (words.shift() ?? '').toLowerCase();
  const args: Record<string, string> = {};
  const texts: string[] = [];
  let position = 0;
  for (const word of words) {
    const eq = /^([A-Za-z_][\w-]*)=(.*)$/s.exec(word);
    const key = eq ? eq[1]!.toLowerCase() : String(position++);
    const value = unquote(eq ? eq[2]! : word);
    args[key] = value;
    const quoted = /^["`]/.test(eq ? eq[2]! : word);
    if (value.trim() && (eq ? TEXT_KEYS.has(key) : quoted)) texts.push(value.trim());
  }
  return { name, args, texts, closing, selfClosing };
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
