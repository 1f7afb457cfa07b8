// Whether the words after a name read as someone's job or organisation ("Solutions Architect,
// AWS", "Renova Cloud", "Kỹ sư đám mây"): the evidence a list needs to be people when no
// speakers heading says so ("Zero Trust – never trust, always verify" names no one).
import { alternation, phrases } from '../../lexicon/lexicon.js';

// The words are the lexicon's (lexicon/*.json); the code only says how they are matched.
/** Job words in English, each a whole word of the role ("engineer", "co-founder"). */
const JOBS = new Set(phrases('jobWords', 'en'));
/** Vietnamese jobs are compounds ("trưởng nhóm", "kỹ sư đám mây"): found anywhere in the role. */
const VI_JOBS = new RegExp(alternation('jobWords', 'vi'), 'iu');
/**
 * A word of an organisation's name: capitalised, or an acronym ("AWS", "FPT", "TymeX"), or one of
 * the lexicon's small words between them, in lower case ("of", "tại").
 */
const ORG_WORD = new RegExp(
  `^(?:\\p{Lu}[\\p{L}\\p{M}\\p{N}'’.&-]*|&|${alternation('orgSmallWords')}|@)$`,
  'u',
);

export function readsAsRole(role: string): boolean {
  const text = role.normalize('NFC').trim();
  if (!text) return false;
  const words = text.toLowerCase().match(/[\p{L}\p{M}-]+/gu) ?? [];
  if (words.some((w) => JOBS.has(w)) || VI_JOBS.test(text)) return true;
  // "AWS Vietnam", "Renova Cloud, AWS Study Builder": names of organisations only.
  const parts = text.split(/\s*[,/|]\s*|\s+[–—-]\s+/u).filter(Boolean);
  return parts.every((part) => part.split(/\s+/).every((w) => ORG_WORD.test(w)));
}
