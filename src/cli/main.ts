#!/usr/bin/env node
// `npm run deck`: builds the named recaps (or --all), prints progress and a summary, and
// turns failures into one clear line and an exit code. The only place that exits.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { RecapError } from '../errors.js';
import { launchBrowser } from '../export/browser.js';
import { buildDeck } from '../pipeline/build.js';
import { parseCli, USAGE, type CliOptions } from './args.js';
import { listRecaps, resolveRecap } from './recaps.js';
import { fitReport, summary } from './summary.js';

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

async function main(argv: string[]): Promise<number> {
  const options = parseCli(argv);
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const names = options.all ? await listRecaps(options.recapsDir) : options.names;
  if (names.length === 0) throw new RecapError(`there are no recaps in ${options.recapsDir}/`, { exitCode: 2 });
  const recaps = await Promise.all(names.map((name) => resolveRecap(name, options.recapsDir)));
  const browser = sharedBrowser();
  let failed = 0;
  try {
    for (const recap of recaps) {
      try {
        await buildOne(recap, options, browser.get);
      } catch (error) {
        if (!(error instanceof RecapError) || recaps.length === 1) throw error;
        failed += 1;
        console.error(`error: ${error.format()}`);
      }
    }
  } finally {
    await browser.close();
  }
  if (failed > 0) console.error(`${failed} of ${recaps.length} decks failed`);
  return failed > 0 ? 1 : 0;
}

async function buildOne(recap: { name: string; path: string }, options: CliOptions, browser: () => Promise<Browser>): Promise<void> {
  const progress = process.stderr.isTTY && !options.quiet;
  const report = await buildDeck({
    name: recap.name,
    recapPath: recap.path,
    display: recap.path,
    outDir: options.outDir,
    formats: options.formats,
    themePath: join(PROJECT, 'themes', 'aws.css'),
    staticDir: options.staticDir ?? join(dirname(resolve(options.recapsDir)), 'static'),
    projectDir: process.cwd(),
    allowOverflow: options.allowOverflow,
    checkOnly: options.check,
    browser,
    onStage: progress ? (stage) => process.stderr.write(`\r\x1b[K${recap.name}: ${stage}…`) : undefined,
  });
  if (progress) process.stderr.write('\r\x1b[K');
  const lines = options.check ? [...fitReport(report, recap.path), ...summary(report, recap.path)] : summary(report, recap.path);
  console.log(lines.join('\n'));
  const over = report.fits?.filter((f) => !f.fits).length ?? 0;
  if (options.check && over > 0) throw new RecapError(`${over} slide(s) of ${recap.path} do not fit`);
}

/** One browser for the whole run, launched only if some output needs it. */
function sharedBrowser(): { get: () => Promise<Browser>; close: () => Promise<void> } {
  let launched: Promise<Browser> | undefined;
  return {
    get: () => (launched ??= launchBrowser()),
    close: async () => {
      if (launched) await (await launched.catch(() => undefined))?.close().catch(() => undefined);
    },
  };
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof RecapError) {
      console.error(`error: ${error.format()}`);
      process.exit(error.exitCode);
    }
    console.error(error);
    process.exit(1);
  },
);
