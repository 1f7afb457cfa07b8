// The deck records beside the outputs hold what the index shows about each deck; read back,
// they give the same entries, link only files the build wrote and that are still there, and
// a broken or foreign record is skipped with a reason instead of breaking the index.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtRecord, failedRecord, readRecords, writeRecord } from '../../src/cli/deck-record.js';
import type { BuildReport } from '../../src/pipeline/build.js';
import { Timings } from '../../src/pipeline/timings.js';
import { plan } from '../helpers.js';

const project = join(import.meta.dirname, '..', '..');
const THUMB = 'data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ==';

function report(outDir: string, name: string, exts: string[]): BuildReport {
  const recap = join(project, 'test', 'corpus', '10-community-day-2026-numbered-h2-vi.md');
  const { deck, markdown } = plan(readFileSync(recap, 'utf8'), recap);
  return {
    deck,
    markdown,
    warnings: [],
    outputs: exts.map((ext) => ({ path: join(outDir, `${name}.${ext}`), bytes: 1 })),
    timings: new Timings(),
    thumbnail: THUMB,
  };
}

describe('deck records', () => {
  it('give back what the index shows, linking the files the build wrote that are still there', async () => {
    const out = mkdtempSync(join(tmpdir(), 'recap-deck-records-'));
    const built = report(out, 'talk', ['md', 'html', 'pdf', 'handout.pdf']);
    await writeRecord(out, 'talk', builtRecord(built, 'talk', 'recaps/talk.md'));
    // The PDF never reached this folder (say, an artifact left it out); a PPTX from an older build is there.
    for (const file of ['talk.html', 'talk.handout.pdf', 'talk.pptx']) writeFileSync(join(out, file), '');
    const { entries, skipped } = await readRecords(out);
    expect(skipped).toEqual([]);
    expect(entries).toEqual([
      {
        name: 'talk',
        title: built.deck.meta.title,
        kicker: built.deck.slides[0]!.kicker,
        lang: 'vi',
        date: built.deck.meta.date,
        weight: built.deck.meta.weight,
        slides: built.deck.slides.length,
        talkSeconds: built.deck.timing.totalSeconds,
        thumbnail: THUMB,
        files: { html: 'talk.html', handout: 'talk.handout.pdf' },
      },
    ]);
    expect(built.deck.meta.date).toBe('2026-03-21');
  });

  it('keep a failed build as its error, and read only the names asked for', async () => {
    const out = mkdtempSync(join(tmpdir(), 'recap-deck-records-'));
    await writeRecord(out, 'broken', failedRecord('recaps/broken.md', 'recaps/broken.md:4:1: bad YAML'));
    await writeRecord(out, 'other', failedRecord('recaps/other.md', 'recaps/other.md:1:1: empty'));
    expect((await readRecords(out, ['broken', 'missing'])).entries).toEqual([
      { name: 'broken', error: 'recaps/broken.md:4:1: bad YAML' },
    ]);
    expect((await readRecords(out)).entries.map((e) => e.name).sort()).toEqual(['broken', 'other']);
  });

  it('skip what is not a record of theirs, and keep nothing that would make the index reach out', async () => {
    const out = mkdtempSync(join(tmpdir(), 'recap-deck-records-'));
    const good = {
      recapDeck: 1,
      recap: 'r.md',
      title: 'T',
      lang: 'en',
      slides: 3,
      talkSeconds: 90,
      files: [],
    };
    const files: Record<string, unknown> = {
      'junk.deck.json': '{ not json',
      'future.deck.json': { ...good, recapDeck: 2 },
      'half.deck.json': { recapDeck: 1, title: 'T' },
      'hostile.deck.json': {
        ...good,
        thumbnail: 'https://tracker.example/pixel.gif',
        date: '2026-05-09"><script>',
        files: ['html', '../../etc/passwd'],
      },
      '.hostile.deck.json.tmp-1-ab': { ...good },
      'hostile.html': '',
    };
    for (const [file, content] of Object.entries(files))
      writeFileSync(join(out, file), typeof content === 'string' ? content : JSON.stringify(content));
    const { entries, skipped } = await readRecords(out);
    expect(entries).toEqual([
      {
        name: 'hostile',
        title: 'T',
        lang: 'en',
        slides: 3,
        talkSeconds: 90,
        files: { html: 'hostile.html' },
      },
    ]);
    expect(skipped.map((s) => s.replace(`${out}/`, '')).sort()).toEqual([
      'future.deck.json: not a deck record of this recap-deck (version 1)',
      'half.deck.json: a deck record with missing fields',
      'junk.deck.json: not valid JSON',
    ]);
  });
});
