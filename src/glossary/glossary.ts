// The glossary shipped with recap-deck (terms.json): AWS services and cloud, DevOps and AI
// terms, each with its expansion and a one-sentence meaning in Vietnamese and English.
import type { Lang } from '../model/deck.js';
import entries from './terms.json' with { type: 'json' };

export type TermKind = 'service' | 'acronym' | 'concept' | 'tool';

export interface GlossaryEntry {
  /** The name shown first in a note: "MTTR", "Amazon CloudWatch". */
  term: string;
  /** The full name: "Mean Time To Recovery"; the term itself when it has none. */
  expansion: string;
  kind: TermKind;
  /** Other ways recaps write it: "CloudWatch", "Mean Time to Restore". */
  aliases?: string[];
  /** Well known to any audience of a cloud talk (AWS, API, JSON): explained only for lack of others. */
  basic?: boolean;
  vi: string;
  en: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = entries as GlossaryEntry[];

export function meaning(entry: GlossaryEntry, lang: Lang): string {
  return entry[lang];
}
