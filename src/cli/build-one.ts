// Builds one recap for `npm run deck` with the run's shared browser and theme, shows its
// progress, prints its summary (and the fit of every slide with --check), and records the
// deck beside its outputs for the index (deck-record.ts).
import type { Browser } from 'puppeteer-core';
import { RecapError } from '../errors.js';
import { type BuildReport, buildDeck } from '../pipeline/build.js';
import type { CliOptions } from './args.js';
import { builtRecord, writeRecord } from './deck-record.js';
import { staticDirFor, THEME_PATH } from './locations.js';
import { fitReport, reviewReport, summary } from './summary.js';

export interface Run {
  options: CliOptions;
  browser: () => Promise<Browser>;
  theme: () => Promise<string>;
}

export async function buildOne(
  recap: { name: string; path: string },
  run: Run,
  counter: string,
): Promise<BuildReport> {
  const { options } = run;
  const progress = process.stderr.isTTY && !options.quiet;
  const report = await buildDeck({
    name: recap.name,
    recapPath: recap.path,
    display: recap.path,
    outDir: options.outDir,
    formats: options.formats,
    themePath: THEME_PATH,
    theme: run.theme(),
    staticDir: options.staticDir ?? staticDirFor(options.recapsDir),
    projectDir: process.cwd(),
    allowOverflow: options.allowOverflow,
    checkOnly: options.check,
    reviewOnly: options.review,
    allowRemoteImages: options.allowRemoteImages,
    strict: options.strict,
    placeholders: options.placeholders,
    notes: options.notes,
    pptx: options.pptx,
    ...(options.maxSlides ? { maxSlides: options.maxSlides } : {}),
    ...(options.imageScale ? { imageScale: options.imageScale } : {}),
    // For the index of decks, whenever it is made (--all, or --index-only later): about 50 ms.
    thumbnail: true,
    browser: run.browser,
    onStage: progress
      ? (stage) => process.stderr.write(`\r\x1b[K${counter}${recap.name}: ${stage}…`)
      : undefined,
  });
  if (progress) process.stderr.write('\r\x1b[K');
  if (options.review) {
    console.log(reviewReport(report, recap.path).join('\n'));
    return report;
  }
  const lines = options.check
    ? [...fitReport(report, recap.path), ...summary(report, recap.path)]
    : summary(report, recap.path);
  console.log(lines.join('\n'));
  const over = report.fits?.filter((f) => !f.fits).length ?? 0;
  if (options.check && over > 0) throw new RecapError(`${over} slide(s) of ${recap.path} do not fit`);
  if (!options.check)
    await writeRecord(options.outDir, recap.name, builtRecord(report, recap.name, recap.path));
  return report;
}
