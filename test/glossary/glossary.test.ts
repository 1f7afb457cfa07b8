// The glossary is reviewed like code: every entry complete in both languages, no term or
// spelling claimed twice, and every AWS service, acronym and product name the real recaps
// use (test/corpus and event-4) either explained or listed here as no term at all.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTerms } from '../../src/glossary/find-terms.js';
import { GLOSSARY } from '../../src/glossary/glossary.js';
import { BARE, PREFIXED } from './aws-service-names.js';

const project = join(import.meta.dirname, '..', '..');
const recaps = [
  ...readdirSync(join(project, 'test', 'corpus'))
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .map((name) => join(project, 'test', 'corpus', name)),
  join(project, 'recaps', 'event-4.md'),
];
/** The recaps' prose: link targets, URLs and HTML tags are no one's words. */
const texts = recaps.map((path) =>
  readFileSync(path, 'utf8')
    .normalize('NFC')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/<[^>]+>/g, ' '),
);

/**
 * Capitalised words the recaps use that are no cloud term: companies, people, places, events,
 * programmes, session codes, job titles, units, words in capitals for emphasis, HTTP methods
 * and names from the recaps' code.
 */
const NOT_TERMS = new Set([
  // time, money, units, places
  ...['AM', 'PM', 'GMT', 'USD', 'HCMC', 'TP', 'ASEAN', 'LAS', 'SFO', 'L26', 'V2'],
  ...['PST', 'GB', 'TB', 'MB', 'KB', 'HCM', 'CityCenter', 'MGM', 'US', 'USA', 'EU', 'APAC'],
  // companies, universities, people, products outside the cloud
  ...['VNG', 'FPT', 'CloudThinker', 'TinyFish', 'LinkedIn', 'YouTube', 'ZaloPay', 'JetBrains'],
  ...['TymeX', 'TymerX', 'PostNL', 'HEMA', 'RAI', 'SGU', 'PTIT', 'HUFLIT', 'HCMUTE', 'McNamara'],
  ...['MalScan', 'TheBois', 'SkyJump'],
  ...['OpenAI', 'NVIDIA', 'BMW', 'PBS', 'CMC', 'SoftwareOne', 'F5', 'NeuraX', 'DeSantis', 'MX'],
  ...['CloudThinker1', 'CloudThinker2', 'MobaXterm', 'PyO3'],
  // programmes, events, community roles, session codes
  ...['FCJ', 'FCAJ', 'UG', 'CFP', 'MoC', 'CMY301', 'Amazon Builders'],
  ...['OJT', 'DX', 'Amazon Prime Day', 'ANT203', 'ANT301', 'MAD202', 'MAD303', 'SRV207', 'SRV212', 'R1'],
  'GPSCT313',
  // business and HR words
  ...['HR', 'HRIS', 'CV', 'JD', 'CEO', 'CTO', 'COO', 'VP', 'GTM', 'SMBs', 'IT', 'QR', 'LED'],
  ...['SVP', 'VPs', 'GM', 'KPIs'],
  // words set in capitals for emphasis, abbreviations of ordinary words
  ...['DATA', 'DRIVEN', 'RISEN', 'COMMUNITY', 'DAY', 'GENERATIVE', 'SPEED', 'SO', 'THU', 'LOL', 'VD'],
  ...['KICK', 'OFF', 'FIRST', 'CLOUD', 'JOURNEY', 'WORKFORCE', 'FALL', 'BUILDING', 'BUT', 'DOES', 'NOT'],
  ...['WORK', 'PHOTO', 'TODO', 'DIY', 'YMMV', 'CT', 'ECT', 'IMG'],
  // HTTP methods; names in the recaps' code (MAX_MESSAGE_LENGTH, TextDecoder) and plain-word
  // values of an API (a session token is ReadOnly or ReadWrite)
  ...['GET', 'POST', 'OPTIONS', 'ALLOWED', 'ORIGIN', 'HEADERS', 'MAX', 'MESSAGE', 'LENGTH', 'HISTORY'],
  ...['TURNS', 'TextDecoder', 'ReadOnly', 'ReadWrite'],
  // one mention too ambiguous to explain ("IAM, IAM Identity Center, SSO, SSP")
  'SSP',
]);

/** Acronyms ("IAM", "SCPs"), product-like names ("GuardDuty") and "AWS …"/"Amazon …" names. */
const CANDIDATE = new RegExp(
  [
    '(?<![\\p{L}\\p{N}])(?:[A-Z][A-Z0-9]+s?',
    '[A-Z][a-z]+[A-Z][A-Za-z0-9]*',
    '(?:AWS|Amazon)(?: [A-Z][\\w-]*)+)(?![\\p{L}\\p{N}])',
  ].join('|'),
  'gu',
);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

describe('the glossary', () => {
  it('has at least 150 entries, each complete in both languages', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(150);
    for (const entry of GLOSSARY) {
      expect(entry.term.trim(), JSON.stringify(entry)).not.toBe('');
      expect(entry.expansion.trim(), entry.term).not.toBe('');
      expect(['service', 'acronym', 'concept', 'tool'], entry.term).toContain(entry.kind);
      for (const meaning of [entry.vi, entry.en]) {
        // One sentence: a capital or digit first, a full stop at the end and none between.
        expect(meaning, entry.term).toMatch(/^[\p{Lu}\p{N}][\s\S]*\.$/u);
        expect(meaning.slice(0, -1), entry.term).not.toMatch(/[.!?]\s+\p{Lu}/u);
      }
      // The two languages are two texts, not one copied.
      expect(entry.vi, entry.term).not.toBe(entry.en);
      expect(entry.vi, `${entry.term} (vi) reads Vietnamese`).toMatch(
        /[ăâđêôơưàảãáạèẻẽéẹìỉĩíịòỏõóọùủũúụỳỷỹýỵ]/i,
      );
    }
  });

  it('claims no term, and no way of writing one, twice', () => {
    const owner = new Map<string, string>();
    for (const entry of GLOSSARY) {
      const keys = new Set(
        [entry.term, entry.expansion, ...(entry.aliases ?? [])].map((key) => key.toLowerCase()),
      );
      for (const key of keys) {
        expect(owner.get(key), `"${key}" in ${entry.term}`).toBeUndefined();
        owner.set(key, entry.term);
      }
    }
  });

  it('explains every AWS service the recaps name', () => {
    const missing = new Set<string>();
    for (const text of texts) {
      const covered = findTerms(text);
      for (const name of [...PREFIXED, ...BARE]) {
        // Explained when every letter of it lies in some term found ("AWS" + "Well-Architected …").
        for (const match of text.matchAll(
          new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'gu'),
        ))
          if (
            ![...name].every(
              (char, i) =>
                char === ' ' || covered.some((h) => h.start <= match.index + i && h.end > match.index + i),
            )
          )
            missing.add(name);
      }
    }
    expect([...missing]).toEqual([]);
  });

  it('explains every acronym and product name in the recaps that is a cloud term', () => {
    const unknown = new Map<string, number>();
    for (const text of texts) {
      const covered = findTerms(text);
      for (const match of text.matchAll(CANDIDATE)) {
        const end = match.index + match[0].length;
        if (covered.some((hit) => hit.start < end && hit.end > match.index)) continue;
        if (!NOT_TERMS.has(match[0])) unknown.set(match[0], (unknown.get(match[0]) ?? 0) + 1);
      }
    }
    expect(Object.fromEntries(unknown)).toEqual({});
  });
});

describe('findTerms', () => {
  const found = (text: string) => findTerms(text).map((hit) => text.slice(hit.start, hit.end));
  const terms = (text: string) => findTerms(text).map((hit) => hit.entry.term);

  it('finds every way a term is written, and prefers the longest', () => {
    expect(terms('Dùng CloudWatch và Amazon CloudWatch Logs')).toEqual([
      'Amazon CloudWatch',
      'Amazon CloudWatch',
    ]);
    expect(terms('Amazon Q Developer, then Amazon Q')).toEqual(['Amazon Q Developer', 'Amazon Q']);
    expect(terms('Infrastructure as Code (IaC)')).toEqual(['IaC', 'IaC']);
  });

  it('matches names in their case and concepts in any case, plurals and hyphens too', () => {
    expect(found('iam and IAM')).toEqual(['IAM']);
    expect(found('SERVERLESS and serverless apps')).toEqual(['SERVERLESS', 'serverless']);
    expect(found('two SCPs, shift left and Shift-left')).toEqual(['SCPs', 'shift left', 'Shift-left']);
  });

  it('only matches whole words, in any script', () => {
    expect(found('GENAIS, ECS2 and xECS')).toEqual([]);
    expect(found('Triển khai ECS trên Fargate')).toEqual(['ECS', 'Fargate']);
  });
});
