// Finds glossary terms in a text: every way an entry is written (term, expansion, aliases),
// whole words only, a plural "s" allowed, spaces and hyphens interchangeable. Names of
// things (services, acronyms, tools) match case-sensitively; concepts in any case. Where
// matches overlap, the longest wins ("Amazon Q Developer" over "Amazon Q").
import { GLOSSARY, type GlossaryEntry } from './glossary.js';

export interface TermHit {
  entry: GlossaryEntry;
  /** Offsets in the text searched (NFC). */
  start: number;
  end: number;
}

/** A letter or digit: a term never starts or ends next to one. Checked by hand: word
 * edges written into ~300 patterns make them slow to compile on first use. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const WORD = /[\p{L}\p{N}]+/gu;

/** One pattern per entry, built once (the glossary never changes at run time), tried only
 * where a word starts (sticky), and filed under the first two letters of each way the
 * entry is written, so each word is only tried against entries that could start there. */
const MATCHERS: readonly { entry: GlossaryEntry; pattern: RegExp }[] = GLOSSARY.map((entry) => {
  const keys = [...new Set(keysOf(entry))].sort((a, b) => b.length - a.length).map(keyPattern);
  return { entry, pattern: new RegExp(keys.join('|'), entry.kind === 'concept' ? 'yi' : 'y') };
});

const BY_START: ReadonlyMap<string, readonly number[]> = MATCHERS.reduce((index, { entry }, i) => {
  for (const start of new Set(keysOf(entry).map(anchor))) index.set(start, [...(index.get(start) ?? []), i]);
  return index;
}, new Map<string, number[]>());

function keysOf(entry: GlossaryEntry): string[] {
  return [entry.term, entry.expansion, ...(entry.aliases ?? [])].map((key) => key.normalize('NFC'));
}

function anchor(text: string): string {
  return text.slice(0, 2).toLowerCase();
}

function keyPattern(key: string): string {
  const body = key
    .split(/[\s\-‐‑]+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'))
    .join('[\\s\\-‐‑]+');
  return /\p{L}$/u.test(key) ? `${body}(?:e?s)?` : body;
}

export function findTerms(text: string): TermHit[] {
  const normal = text.normalize('NFC');
  const hits: TermHit[] = [];
  for (const word of normal.matchAll(WORD)) {
    const start = word.index;
    for (const i of BY_START.get(anchor(normal.slice(start, start + 2))) ?? []) {
      const { entry, pattern } = MATCHERS[i]!;
      pattern.lastIndex = start;
      const end = start + (pattern.exec(normal)?.[0].length ?? 0);
      if (end > start && !WORD_CHAR.test(normal[end] ?? ' ')) hits.push({ entry, start, end });
    }
  }
  // Longest first, so a name inside a longer one is not a term of its own.
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TermHit[] = [];
  for (const hit of hits) if (!kept.some((k) => hit.start < k.end && k.start < hit.end)) kept.push(hit);
  kept.sort((a, b) => a.start - b.start);
  return kept;
}
