#!/usr/bin/env node
// `npm run deck`: builds the named recaps (or --all), prints progress and a summary, and
// turns failures into one clear line and an exit code. The only place that exits.
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { RecapError } from '../errors.js';
import { closeBrowser, launchBrowser } from '../export/browser.js';
import { DEFAULT_IMAGE_SCALE } from '../export/capture.js';
import { loadTheme, regularFontFaces } from '../assets/theme.js';
import { writeAtomic } from '../export/write.js';
import { buildDeck, type BuildReport } from '../pipeline/build.js';
import { indexHtml, type IndexEntry } from '../render/index-page.js';
import { parseCli, USAGE, type CliOptions } from './args.js';
import { staticDirFor, THEME_PATH } from './locations.js';
import { listRecaps, resolveRecap } from './recaps.js';
import { fitReport, summary } from './summary.js';

async function main(argv: string[]): Promise<number> {
  const options = parseCli(argv);
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const names = options.all ? await listRecaps(options.recapsDir) : options.names;
  if (names.length === 0)
    throw new RecapError(`there are no recaps in ${options.recapsDir}/`, { exitCode: 2 });
  const recaps = await Promise.all(names.map((name) => resolveRecap(name, options.recapsDir)));
  const browser = sharedBrowser(options.imageScale ?? DEFAULT_IMAGE_SCALE);
  const entries: IndexEntry[] = [];
  let failed = 0;
  try {
    for (const [i, recap] of recaps.entries()) {
      try {
        const report = await buildOne(
          recap,
          options,
          browser.get,
          recaps.length > 1 ? `[${i + 1}/${recaps.length}] ` : '',
        );
        if (report) entries.push(indexEntry(recap.name, report));
      } catch (error) {
        if (!(error instanceof RecapError) || recaps.length === 1) throw error;
        failed += 1;
        console.error(`error: ${error.format()}`);
      }
    }
  } finally {
    await browser.close();
  }
  if (options.all && !options.check && entries.length > 0) {
    const path = join(options.outDir, 'index.html');
    const fonts = regularFontFaces(await loadTheme(THEME_PATH));
    await writeAtomic(path, indexHtml(entries, fonts));
    console.log(`${path}: ${entries.length} decks listed`);
  }
  if (failed > 0) console.error(`${failed} of ${recaps.length} decks failed`);
  return failed > 0 ? 1 : 0;
}

function indexEntry(name: string, report: BuildReport): IndexEntry {
  const { deck } = report;
  const file = (suffix: string) =>
    report.outputs.find((o) => o.path.endsWith(`${name}.${suffix}`)) && `${name}.${suffix}`;
  const kicker = deck.slides[0]?.kicker;
  return {
    name,
    title: deck.meta.title,
    ...(kicker ? { kicker } : {}),
    lang: deck.meta.lang,
    ...(deck.meta.date ? { date: deck.meta.date } : {}),
    ...(deck.meta.weight !== undefined ? { weight: deck.meta.weight } : {}),
    slides: deck.slides.length,
    talkSeconds: deck.timing.totalSeconds,
    ...(report.thumbnail ? { thumbnail: report.thumbnail } : {}),
    files: Object.fromEntries(
      (['html', 'pdf', 'handout.pdf', 'pptx'] as const)
        .map((ext) => [ext === 'handout.pdf' ? 'handout' : ext, file(ext)])
        .filter(([, f]) => f),
    ),
  };
}

async function buildOne(
  recap: { name: string; path: string },
  options: CliOptions,
  browser: () => Promise<Browser>,
  counter: string,
): Promise<BuildReport> {
  const progress = process.stderr.isTTY && !options.quiet;
  const report = await buildDeck({
    name: recap.name,
    recapPath: recap.path,
    display: recap.path,
    outDir: options.outDir,
    formats: options.formats,
    themePath: THEME_PATH,
    staticDir: options.staticDir ?? staticDirFor(options.recapsDir),
    projectDir: process.cwd(),
    allowOverflow: options.allowOverflow,
    checkOnly: options.check,
    allowRemoteImages: options.allowRemoteImages,
    strict: options.strict,
    placeholders: options.placeholders,
    notes: options.notes,
    pptx: options.pptx,
    ...(options.maxSlides ? { maxSlides: options.maxSlides } : {}),
    ...(options.imageScale ? { imageScale: options.imageScale } : {}),
    thumbnail: options.all,
    browser,
    onStage: progress
      ? (stage) => process.stderr.write(`\r\x1b[K${counter}${recap.name}: ${stage}…`)
      : undefined,
  });
  if (progress) process.stderr.write('\r\x1b[K');
  const lines = options.check
    ? [...fitReport(report, recap.path), ...summary(report, recap.path)]
    : summary(report, recap.path);
  console.log(lines.join('\n'));
  const over = report.fits?.filter((f) => !f.fits).length ?? 0;
  if (options.check && over > 0) throw new RecapError(`${over} slide(s) of ${recap.path} do not fit`);
  return report;
}

/** One browser for the whole run, launched only if some output needs it. */
function sharedBrowser(deviceScale: number): { get: () => Promise<Browser>; close: () => Promise<void> } {
  let launched: Promise<Browser> | undefined;
  return {
    get: () => (launched ??= launchBrowser({ deviceScale })),
    close: async () => {
      const browser = await launched?.catch(() => undefined);
      // Everything is written by now: nothing in the browser is worth waiting for (a
      // graceful close takes 100-200 ms), and its profile is removed either way.
      if (browser) await closeBrowser(browser, 0);
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
