// <out>/<name>.deck.json, beside a deck's outputs: what the index of decks shows about it
// (title, kicker, language, date, weight, slides, talk time, thumbnail, which files this
// build wrote), or, for a deck that --all could not build, its error. The index is made from
// these records alone, so `--index-only` can list decks built on other machines.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuildReport } from '../pipeline/build.js';
import type { DeckEntry, IndexEntry } from '../render/index-page.js';
import { writeAtomic } from '../export/write.js';

export const RECORD_SUFFIX = '.deck.json';
/** The version of the record's shape; a reader skips records of another. */
const VERSION = 1;

type FileKind = keyof DeckEntry['files'];
const FILES: Record<FileKind, string> = { html: 'html', pdf: 'pdf', handout: 'handout.pdf', pptx: 'pptx' };

export type DeckRecord =
  | ({ recapDeck: typeof VERSION; recap: string; files: FileKind[] } & Omit<DeckEntry, 'name' | 'files'>)
  | { recapDeck: typeof VERSION; recap: string; error: string };

export function builtRecord(report: BuildReport, name: string, recap: string): DeckRecord {
  const { deck } = report;
  const kicker = deck.slides[0]?.kicker;
  const wrote = (kind: FileKind) => report.outputs.some((o) => o.path.endsWith(`${name}.${FILES[kind]}`));
  return {
    recapDeck: VERSION,
    recap,
    title: deck.meta.title,
    ...(kicker ? { kicker } : {}),
    lang: deck.meta.lang,
    ...(deck.meta.date ? { date: deck.meta.date } : {}),
    ...(deck.meta.weight !== undefined ? { weight: deck.meta.weight } : {}),
    slides: deck.slides.length,
    talkSeconds: deck.timing.totalSeconds,
    files: (Object.keys(FILES) as FileKind[]).filter(wrote),
    ...(report.thumbnail ? { thumbnail: report.thumbnail } : {}),
  };
}

export function failedRecord(recap: string, error: string): DeckRecord {
  return { recapDeck: VERSION, recap, error };
}

export async function writeRecord(outDir: string, name: string, record: DeckRecord): Promise<void> {
  await writeAtomic(join(outDir, `${name}${RECORD_SUFFIX}`), `${JSON.stringify(record, null, 2)}\n`);
}

export interface ReadRecords {
  entries: IndexEntry[];
  /** Records that could not be read, with why. */
  skipped: string[];
}

/** The index entries of the records in `outDir` (of `names` only, when given), linking the
 * files each build wrote that are still there. */
export async function readRecords(outDir: string, names?: string[]): Promise<ReadRecords> {
  const present = new Set(await readdir(outDir).catch(() => [] as string[]));
  const wanted =
    names ??
    [...present]
      .filter((f) => f.endsWith(RECORD_SUFFIX) && !f.startsWith('.'))
      .map((f) => f.slice(0, -RECORD_SUFFIX.length));
  const entries: IndexEntry[] = [];
  const skipped: string[] = [];
  for (const name of wanted) {
    const path = join(outDir, `${name}${RECORD_SUFFIX}`);
    if (!present.has(`${name}${RECORD_SUFFIX}`)) continue;
    const entry = await readFile(path, 'utf8').then(
      (text) => toEntry(name, text, (file) => present.has(file)),
      (error: NodeJS.ErrnoException) => `cannot read it (${error.code ?? error.message})`,
    );
    if (typeof entry === 'string') skipped.push(`${path}: ${entry}`);
    else entries.push(entry);
  }
  return { entries, skipped };
}

function toEntry(name: string, text: string, exists: (file: string) => boolean): IndexEntry | string {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return 'not valid JSON';
  }
  if (record?.recapDeck !== VERSION) return `not a deck record of this recap-deck (version ${VERSION})`;
  if (typeof record.error === 'string') return { name, error: record.error };
  const { title, kicker, lang, date, weight, slides, talkSeconds, thumbnail, files } = record;
  if (
    typeof title !== 'string' ||
    (lang !== 'vi' && lang !== 'en') ||
    typeof slides !== 'number' ||
    typeof talkSeconds !== 'number' ||
    !Array.isArray(files)
  )
    return 'a deck record with missing fields';
  const file = (kind: FileKind) => `${name}.${FILES[kind]}`;
  return {
    name,
    title,
    ...(typeof kicker === 'string' ? { kicker } : {}),
    lang,
    ...(typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? { date } : {}),
    ...(typeof weight === 'number' && Number.isFinite(weight) ? { weight } : {}),
    slides,
    talkSeconds,
    // Only an inline picture: the index asks for nothing outside itself.
    ...(typeof thumbnail === 'string' &&
    /^data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/=]+$/.test(thumbnail)
      ? { thumbnail }
      : {}),
    files: Object.fromEntries(
      (Object.keys(FILES) as FileKind[])
        .filter((kind) => files.includes(kind) && exists(file(kind)))
        .map((kind) => [kind, file(kind)]),
    ),
  };
}
