// Site-generator syntax as the Markdown parser's own constructs (a micromark extension):
// Hugo shortcodes `{{< … >}}` / `{{% … %}}`, Liquid `{% … %}` and `{{ page.x }}`, kramdown
// and Hugo attribute lists `{: …}` / `{#id}`, Franklin `@def` lines, WordPress shortcodes
// (`[caption id="…"]`, `[/caption]`). Each becomes one `siteSyntax` node with its exact
// source position; a line of nothing else is a block.
import type { Extension as FromMarkdownExtension } from 'mdast-util-from-markdown';
import type { Literal } from 'mdast';
import { markdownLineEnding, markdownSpace } from 'micromark-util-character';
import { codes } from 'micromark-util-symbol';
import type { Code, Construct, Effects, Extension, State, TokenizeContext } from 'micromark-util-types';
import type { Processor } from 'unified';

export interface SiteSyntax extends Literal {
  type: 'siteSyntax';
}

declare module 'mdast' {
  interface PhrasingContentMap {
    siteSyntax: SiteSyntax;
  }
  interface BlockContentMap {
    siteSyntax: SiteSyntax;
  }
  interface RootContentMap {
    siteSyntax: SiteSyntax;
  }
}

declare module 'micromark-util-types' {
  interface TokenTypeMap {
    siteSyntax: 'siteSyntax';
    siteSyntaxData: 'siteSyntaxData';
    siteSyntaxLine: 'siteSyntaxLine';
  }
}

/** A Liquid variable path: `page.title`, `site.data["team"]`. */
const VARIABLE_PATH = String.raw`[A-Za-z_][\w-]*(?:\.[\w-]+|\[[^\]]*\])+`;
/** A quoted string. */
const QUOTED = `'[^']*'|"[^"]*"`;
/** Anything filtered: `title | upcase`. */
const FILTERED = String.raw`[A-Za-z_][\w.-]*\s*\|.*`;
/** A Franklin function and its arguments. */
const FRANKLIN_FUNCTION = 'fill|insert|toc|isdef|isnotdef|ispage|isnotpage|elseif|else|end|href|redirect';
const FRANKLIN_CALL = String.raw`(?:${FRANKLIN_FUNCTION})\b[^{}]*`;
/** Template output worth dropping: a Liquid variable path, a quoted string, anything filtered,
 * or a Franklin function (`{{fill title}}`, `{{toc}}`, `{{end}}`). */
const LIQUID_OUTPUT = new RegExp(
  String.raw`^-?\s*(?:${VARIABLE_PATH}|${QUOTED}|${FILTERED}|${FRANKLIN_CALL})\s*-?$`,
  's',
);

function syntaxConstruct(multiline: boolean): Construct {
  return { name: 'siteSyntax', tokenize: (effects, ok, nok) => tokenizeSyntax(effects, ok, nok, multiline) };
}

function tokenizeSyntax(effects: Effects, ok: State, nok: State, multiline: boolean): State {
  let text = '';
  let closer = '';
  let quote: number | undefined;
  const take = (code: Code): void => {
    text += code === codes.horizontalTab ? '\t' : char(code);
    effects.consume(code);
  };

  const start: State = (code) => {
    if (code !== codes.leftCurlyBrace) return nok(code);
    effects.enter('siteSyntax');
    effects.enter('siteSyntaxData');
    take(code);
    return afterBrace;
  };
  const afterBrace: State = (code) => {
    if (code === codes.leftCurlyBrace) {
      take(code);
      return afterDouble;
    }
    if (code === codes.percentSign) {
      closer = '%}';
      take(code);
      return inside;
    }
    if (code === codes.colon || code === codes.numberSign || code === codes.dot) {
      closer = '}';
      take(code);
      return code === codes.colon ? inside : attributeName;
    }
    return nok(code);
  };
  // `{#id}` and `{.class}` need a name right away; `{.5}` or `{# }` is text.
  const attributeName: State = (code) => (/[A-Za-z_]/.test(char(code)) ? inside(code) : nok(code));
  const afterDouble: State = (code) => {
    if (code === codes.lessThan || code === codes.percentSign) {
      closer = code === codes.lessThan ? '>}}' : '%}}';
      take(code);
      return inside;
    }
    closer = '}}';
    return inside(code);
  };
  const inside: State = (code) => {
    if (code === codes.eof) return nok(code);
    if (markdownLineEnding(code)) {
      if (!multiline || closer === '}') return nok(code);
      effects.exit('siteSyntaxData');
      effects.enter('lineEnding');
      effects.consume(code);
      effects.exit('lineEnding');
      text += '\n';
      return lineStart;
    }
    if (closer === '}' && code === codes.leftCurlyBrace) return nok(code);
    if (closer.length === 3 && (code === codes.quotationMark || code === codes.graveAccent)) {
      if (quote === undefined) quote = code;
      else if (quote === code) quote = undefined;
    }
    take(code);
    if (quote === undefined && text.length > 2 + closer.length - 1 && text.endsWith(closer)) return done;
    return inside;
  };
  const lineStart: State = (code) => {
    if (code === codes.eof || markdownLineEnding(code)) return nok(code);
    effects.enter('siteSyntaxData');
    return inside(code);
  };
  const done: State = (code) => {
    if (closer === '}}' && !LIQUID_OUTPUT.test(text.slice(2, -2).trim())) return nok(code);
    effects.exit('siteSyntaxData');
    effects.exit('siteSyntax');
    return ok(code);
  };
  return start;
}

/** WordPress's own shortcodes, as its exports leave them in the text. */
export const WORDPRESS = new Set([
  'caption',
  'wp_caption',
  'gallery',
  'embed',
  'video',
  'audio',
  'playlist',
  'youtube',
  'vimeo',
  'soundcloud',
  'contact-form',
  'contact-form-7',
  'googlemaps',
  'sourcecode',
  'code',
]);

/** `[caption id="x" width="300"]`, `[/caption]`, `[gallery ids="1,2"]`: a known name, then
 * attributes or nothing, on one line; anything else stays a link label. */
const wordpress: Construct = { name: 'siteSyntaxWordpress', tokenize: tokenizeWordpress };

function tokenizeWordpress(effects: Effects, ok: State, nok: State): State {
  let name = '';
  let closing = false;
  let bare = true;
  const start: State = (code) => {
    effects.enter('siteSyntax');
    effects.enter('siteSyntaxData');
    effects.consume(code);
    return slash;
  };
  const slash: State = (code) => {
    if (code === codes.slash && !closing) {
      closing = true;
      effects.consume(code);
      return slash;
    }
    return nameChar(code);
  };
  const nameChar: State = (code) => {
    if (/[a-z0-9_-]/i.test(char(code))) {
      name += char(code).toLowerCase();
      effects.consume(code);
      return nameChar;
    }
    if (!WORDPRESS.has(name)) return nok(code);
    if (code === codes.rightSquareBracket) return end(code);
    return !closing && markdownSpace(code) ? attributes(code) : nok(code);
  };
  const attributes: State = (code) => {
    bare = false;
    if (code === codes.eof || markdownLineEnding(code) || code === codes.leftSquareBracket) return nok(code);
    if (code === codes.rightSquareBracket) return end(code);
    effects.consume(code);
    return attributes;
  };
  const end: State = (code) => {
    effects.consume(code);
    return after;
  };
  // `[code](url)` and `[video][ref]` are links, not shortcodes.
  const after: State = (code) => {
    if (bare && !closing && (code === codes.leftParenthesis || code === codes.leftSquareBracket))
      return nok(code);
    effects.exit('siteSyntaxData');
    effects.exit('siteSyntax');
    return ok(code);
  };
  return start;
}

/** The character of a code; micromark's virtual codes (line endings, tabs) have none. */
function char(code: Code): string {
  return code === null || code < 0 ? '' : String.fromCodePoint(code);
}

const inline = syntaxConstruct(true);
const single = syntaxConstruct(false);

/** A line of only site syntax (one or more pieces, spaces between): a block of its own,
 * which, like an HTML block, ends the paragraph or list item before it. */
const flowConstruct: Construct = { name: 'siteSyntaxLine', tokenize: tokenizeLine };

function tokenizeLine(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const piece: State = (code) => {
    if (code === codes.atSign) return franklin(code);
    return effects.attempt(single, between, nok)(code);
  };
  const between: State = (code) => {
    if (code === codes.eof || markdownLineEnding(code)) return finish(code);
    if (markdownSpace(code)) {
      effects.enter('whitespace');
      return spaces(code);
    }
    return piece(code);
  };
  const spaces: State = (code) => {
    if (markdownSpace(code)) {
      effects.consume(code);
      return spaces;
    }
    effects.exit('whitespace');
    return code === codes.eof || markdownLineEnding(code) ? finish(code) : piece(code);
  };
  // Franklin's `@def name = value`: the whole line.
  let word = '';
  const franklin: State = (code) => {
    effects.enter('siteSyntax');
    effects.enter('siteSyntaxData');
    return franklinWord(code);
  };
  const franklinWord: State = (code) => {
    if (word.length < 4) {
      if (code !== '@def'.codePointAt(word.length)) return nok(code);
      word += String.fromCodePoint(code as number);
      effects.consume(code);
      return franklinWord;
    }
    return markdownSpace(code) ? franklinRest(code) : nok(code);
  };
  const franklinRest: State = (code) => {
    if (code === codes.eof || markdownLineEnding(code)) {
      effects.exit('siteSyntaxData');
      effects.exit('siteSyntax');
      return finish(code);
    }
    effects.consume(code);
    return franklinRest;
  };
  return (code) => {
    effects.enter('siteSyntaxLine');
    return piece(code);
  };
  function finish(code: Code): State | undefined {
    effects.exit('siteSyntaxLine');
    return ok(code);
  }
}

const syntax: Extension = {
  flow: { [codes.leftCurlyBrace]: flowConstruct, [codes.atSign]: flowConstruct },
  text: { [codes.leftCurlyBrace]: inline, [codes.leftSquareBracket]: wordpress },
};

const fromMarkdown: FromMarkdownExtension = {
  enter: {
    siteSyntax(token) {
      this.enter({ type: 'siteSyntax', value: '' } as never, token);
    },
  },
  exit: {
    siteSyntax(token) {
      const node = this.stack[this.stack.length - 1] as unknown as SiteSyntax;
      node.value = this.sliceSerialize(token);
      this.exit(token);
    },
  },
};

/** The unified plugin: `unified().use(remarkParse).use(remarkSiteSyntax)`. */
export function remarkSiteSyntax(this: Processor): void {
  const data = this.data() as {
    micromarkExtensions?: Extension[];
    fromMarkdownExtensions?: FromMarkdownExtension[];
  };
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), syntax];
  data.fromMarkdownExtensions = [...(data.fromMarkdownExtensions ?? []), fromMarkdown];
}
