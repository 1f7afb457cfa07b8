// Separates a recap's front matter (YAML `---` or TOML `+++`) from its body. Broken
// shapes (text or blank lines before it, no closing fence) are read as far as possible
// and warned about. A block that is not valid YAML or TOML (Hugo would not have published
// it; more often `---` was a rule over Markdown) is read as part of the recap, with a warning
// at the error's own line and column: a recap is never refused for its front matter.
import matter from 'gray-matter';
import { parse as parseToml } from 'smol-toml';
import yaml from 'js-yaml';
import type { VFile } from 'vfile';
import { MAX_FRONT_MATTER_VALUES, withinValueCount } from './value-count.js';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** Line of the opening fence (1-based), when there is front matter. */
  line?: number;
  /** The recap with its front matter lines blanked, so body positions are file positions. */
  body: string;
}

const KEY_LINE = /^\s*[A-Za-z_][\w-]*\s*[:=]/;
const SEARCH_LINES = 40;

export function splitFrontMatter(text: string, warnings: VFile): FrontMatter {
  const lines = text.split('\n');
  const found = recover(lines, warnings);
  if (!found) return { data: {}, body: text };
  const { open, close, fence } = found;
  // gray-matter reads the recap from its opening fence, the broken shapes mended first:
  // text before the fence set aside, a missing closing fence added.
  const mended = [...lines.slice(open, close), fence, ...lines.slice(found.closed ? close + 1 : close)];
  const data = readFrontMatter(mended.join('\n'), fence === '+++' ? 'toml' : 'yaml', open + 1, warnings);
  if (data === undefined) return { data: {}, body: text };
  const last = found.closed ? close : close - 1;
  const body = lines.map((line, i) => (i >= open && i <= last ? '' : line)).join('\n');
  return { data, line: open + 1, body };
}

interface Fences {
  open: number;
  /** Index of the closing fence line, or of the line where the front matter was taken to end. */
  close: number;
  closed: boolean;
  fence: string;
}

/** Finds the front matter's fences, warning about the shapes Hugo would not read. */
function recover(lines: string[], warnings: VFile): Fences | undefined {
  const open = findOpeningFence(lines);
  if (open === undefined) return undefined;
  const fence = lines[open]!.trimEnd();
  const firstText = lines.findIndex((line) => line.trim() !== '');
  if (firstText < open) {
    warnings.message(
      'text before the front matter (an editor’s or a chatbot’s leftover?); ' +
        'it goes to the speaker notes, not on a slide',
      { line: firstText + 1, column: 1 },
    );
  } else if (open > 0) {
    warnings.message('blank lines before the front matter', { line: 1, column: 1 });
  }
  let close = lines.findIndex((line, i) => i > open && line.trimEnd() === fence);
  const closed = close !== -1;
  if (!closed) {
    // No closing fence: the front matter is taken to end at the last key line in a row.
    close = open + 1;
    while (close < lines.length && (KEY_LINE.test(lines[close]!) || /^\s+\S/.test(lines[close]!))) close += 1;
    warnings.message(`front matter opened with "${fence}" is never closed; read up to line ${close}`, {
      line: open + 1,
      column: 1,
    });
  }
  return { open, close, closed, fence };
}

function findOpeningFence(lines: string[]): number | undefined {
  const limit = Math.min(lines.length, SEARCH_LINES);
  for (let i = 0; i < limit; i += 1) {
    const fence = lines[i]!.trimEnd();
    if (fence !== '---' && fence !== '+++') continue;
    // A fence must be followed by key lines (YAML comments and TOML tables aside) or close
    // at once; otherwise `---` is just a thematic break over Markdown.
    const next = lines.slice(i + 1).find((line) => line.trim() !== '' && !/^#(\s|$)/.test(line));
    if (next !== undefined && (KEY_LINE.test(next) || next.trimEnd() === fence)) return i;
    if (fence === '+++' && next !== undefined && /^\s*\[[\w.-]+\]\s*$/.test(next)) return i;
  }
  return undefined;
}

function readFrontMatter(
  source: string,
  language: 'yaml' | 'toml',
  fenceLine: number,
  warnings: VFile,
): Record<string, unknown> | undefined {
  let data: unknown;
  try {
    data = matter(source, {
      language,
      delimiters: language === 'toml' ? '+++' : '---',
      engines: { yaml: readYaml, toml: (s: string) => parseToml(s) as object },
    }).data;
  } catch (error) {
    const { message, line, column } = syntaxError(error, language, fenceLine);
    warnings.message(`${message}; it is read as part of the recap`, { line, column });
    return undefined;
  }
  if (!withinValueCount(data)) {
    warnings.message(
      `front matter holds more than ${MAX_FRONT_MATTER_VALUES} values once its YAML aliases are expanded; ` +
        'it is ignored',
      { line: fenceLine, column: 1 },
    );
    return {};
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    warnings.message('front matter is not a list of keys and values; it is ignored', {
      line: fenceLine,
      column: 1,
    });
    return {};
  }
  return data as Record<string, unknown>;
}

// CORE_SCHEMA keeps timestamps as written: a `date: 2024-01-01T00:00:00+07:00` must stay
// January 1st, not become a UTC instant on December 31st.
function readYaml(source: string): object {
  if (source.trim() === '') return {};
  return (yaml.load(source, { schema: yaml.CORE_SCHEMA }) ?? {}) as object;
}

interface YamlMark {
  line: number;
  column: number;
}

interface SyntaxProblem {
  message: string;
  line: number;
  column: number;
}

function syntaxError(error: unknown, language: 'yaml' | 'toml', fenceLine: number): SyntaxProblem {
  const e = error as { mark?: YamlMark; reason?: string; line?: number; column?: number; message?: string };
  if (language === 'yaml' && e.mark)
    // gray-matter's buffer starts with the rest of the fence line, so line L (0-based) is fenceLine + L.
    return {
      message: `front matter is not valid YAML: ${e.reason ?? 'syntax error'}`,
      line: fenceLine + e.mark.line,
      column: e.mark.column + 1,
    };
  if (language === 'toml' && typeof e.line === 'number') {
    const reason = (e.message ?? 'syntax error').split('\n')[0]!.replace(/^Invalid TOML document:\s*/, '');
    return {
      message: `front matter is not valid TOML: ${reason}`,
      line: fenceLine + e.line - 1,
      column: e.column ?? 1,
    };
  }
  return {
    message: `front matter cannot be read: ${e.message ?? String(error)}`,
    line: fenceLine,
    column: 1,
  };
}
