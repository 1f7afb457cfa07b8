#!/usr/bin/env node
// `npm run deck`: builds the named recaps (or --all, or one --shard of them), prints progress
// and a summary, writes the index of decks (--all, or --index-only from the decks already
// built), and returns the exit code; run-cli.ts turns failures into one clear line.
import { join } from 'node:path';
import { loadTheme, regularFontFaces } from '../assets/theme.js';
import { RecapError } from '../errors.js';
import { DEFAULT_IMAGE_SCALE } from '../export/capture.js';
import { type CliOptions, parseCli, USAGE } from './args.js';
import { buildOne, type Run } from './build-one.js';
import { failedRecord, writeRecord } from './deck-record.js';
import { THEME_PATH } from './locations.js';
import { listRecaps, resolveRecap } from './recaps.js';
import { pickShard } from './shard.js';
import { sharedBrowser } from './shared-browser.js';
import { writeIndex } from './write-index.js';
import { runCli } from './run-cli.js';

async function main(argv: string[]): Promise<number> {
  const options = parseCli(argv);
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  // The theme is read once per run, for every deck and the index.
  let theme: Promise<string> | undefined;
  const loadOnce = () => (theme ??= loadTheme(THEME_PATH));
  const indexFonts = async () => regularFontFaces(await loadOnce());
  if (options.indexOnly) {
    console.log(await writeIndex(options.outDir, indexFonts));
    return 0;
  }
  const names = await chooseRecaps(options);
  const recaps = await Promise.all(
    names.map((name) => resolveOrRefuse(name, options.recapsDir, options.all)),
  );
  const browser = sharedBrowser(options.imageScale ?? DEFAULT_IMAGE_SCALE);
  const run: Run = { options, browser: browser.get, theme: loadOnce };
  // One deck named on its own fails the run at once; of several, each failure is reported.
  const alone = recaps.length === 1 && !options.all;
  let failed = 0;
  try {
    for (const [i, recap] of recaps.entries()) {
      const counter = recaps.length > 1 ? `[${i + 1}/${recaps.length}] ` : '';
      if (!(await buildOrReport(recap, run, counter, alone))) failed += 1;
    }
  } finally {
    await browser.close();
  }
  // A shard's decks are listed once every shard is done: `--index-only` on the joined folders.
  if (options.all && !options.shard && !options.check && !options.review)
    console.log(await writeIndex(options.outDir, indexFonts, names));
  if (failed > 0) console.error(`${failed} of ${recaps.length} decks failed`);
  return failed > 0 ? 1 : 0;
}

/** The names of the recaps to build: those named, or all (one shard of them, said so). */
async function chooseRecaps(options: CliOptions): Promise<string[]> {
  const everyRecap = options.all ? await listRecaps(options.recapsDir) : options.names;
  if (everyRecap.length === 0)
    throw new RecapError(`there are no recaps in ${options.recapsDir}/`, { exitCode: 2 });
  if (!options.shard) return everyRecap;
  const names = pickShard(everyRecap, options.shard);
  console.log(
    `shard ${options.shard.index}/${options.shard.count}: ` +
      `${names.length} of ${everyRecap.length} recaps` +
      (names.length > 0 ? ` (${names.join(', ')})` : ''),
  );
  return names;
}

/** Builds one deck; whether it was built. Unless it is `alone`, a recap's error is reported
 * (and, with --all, recorded for the index) rather than thrown. */
async function buildOrReport(recap: Recap, run: Run, counter: string, alone: boolean): Promise<boolean> {
  try {
    if (recap.refused) throw recap.refused;
    await buildOne(recap, run, counter);
    return true;
  } catch (error) {
    if (!(error instanceof RecapError) || alone) throw error;
    console.error(`error: ${error.format()}`);
    // The index lists the deck with its error, not its last good build.
    const { options } = run;
    if (options.all && !options.check && !options.review)
      await writeRecord(options.outDir, recap.name, failedRecord(recap.path, error.format()));
    return false;
  }
}

type Recap = Awaited<ReturnType<typeof resolveOrRefuse>>;

/**
 * The recap a name stands for. With --all, one that is refused (a link out of the folder) is a
 * failed deck, listed in the index with its error, like a recap that fails to build.
 */
async function resolveOrRefuse(name: string, recapsDir: string, all: boolean | undefined) {
  try {
    return { ...(await resolveRecap(name, recapsDir)), refused: undefined };
  } catch (error) {
    if (!all || !(error instanceof RecapError)) throw error;
    return { name, path: join(recapsDir, `${name}.md`), refused: error };
  }
}

runCli(main);
