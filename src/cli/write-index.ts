// Writes <out>/index.html from the deck records in the output folder: the decks of this run
// (--all), or every deck there (--index-only, e.g. once the folders of several shards are
// joined). Returns the line the CLI prints.
import { join } from 'node:path';
import { RecapError } from '../errors.js';
import { writeAtomic } from '../export/write.js';
import { indexHtml } from '../render/index-page.js';
import { RECORD_SUFFIX, readRecords } from './deck-record.js';

export async function writeIndex(outDir: string, fontFaces: () => Promise<string>, names?: string[]) {
  const { entries, skipped } = await readRecords(outDir, names);
  for (const why of skipped) console.error(`warning: ${why}; left out of the index`);
  if (entries.length === 0)
    throw new RecapError(
      `no decks to list in ${outDir}/ (no ${RECORD_SUFFIX} records): build them there first, ` +
        "with `npm run deck -- --all` or by joining the shards' folders",
    );
  const path = join(outDir, 'index.html');
  await writeAtomic(path, indexHtml(entries, await fontFaces()));
  const failed = entries.filter((e) => 'error' in e).length;
  return `${path}: ${entries.length - failed} decks listed${failed > 0 ? `, ${failed} failed` : ''}`;
}
