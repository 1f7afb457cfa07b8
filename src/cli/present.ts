#!/usr/bin/env node
// `npm run present <name>`: builds the HTML deck, serves it on 127.0.0.1 with live
// reload, and rebuilds whenever the recap, the theme or a static file is saved. Build
// errors show in the terminal and on the page; the server keeps running.
import { join, resolve } from 'node:path';
import { RecapError } from '../errors.js';
import { readCommandLine } from './command-line.js';
import { buildDeck, type BuildRequest } from '../pipeline/build.js';
import { startServer } from '../present/server.js';
import { watchFiles } from '../present/watch.js';
import { resolveRecap } from './recaps.js';
import { formatMs, summary } from './summary.js';
import { staticDirFor, THEME_PATH } from './locations.js';
import { runCli } from './run-cli.js';

const USAGE = `Usage: npm run present <name> [-- --port N]

Serves decks/<name>.html on http://127.0.0.1:N/ (default 8080, or the next free port),
rebuilt and reloaded in the browser each time recaps/<name>.md or the theme is saved.
Press p in the deck for the presenter view. Ctrl+C stops.`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = readCommandLine(
    argv,
    {
      port: { type: 'string', default: '8080' },
      help: { type: 'boolean', short: 'h', default: false },
      recaps: { type: 'string', default: 'recaps' },
      out: { type: 'string', default: 'decks' },
    },
    USAGE,
  );
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new RecapError(`--port must be a number from 1 to 65535, not "${values.port}"`, { exitCode: 2 });
  if (positionals.length !== 1)
    throw new RecapError(`give one recap name, e.g. \`npm run present event-4\`\n\n${USAGE}`, {
      exitCode: 2,
    });
  const recap = await resolveRecap(positionals[0]!, values.recaps!);
  const themePath = THEME_PATH;
  const staticDir = staticDirFor(values.recaps!);
  const request: BuildRequest = {
    name: recap.name,
    recapPath: recap.path,
    display: recap.path,
    outDir: values.out!,
    formats: ['html'],
    themePath,
    staticDir,
    projectDir: process.cwd(),
    browser: () => Promise.reject(new RecapError('the preview builds HTML only')),
  };

  const build = async (): Promise<string | undefined> => {
    const started = performance.now();
    try {
      const report = await buildDeck(request);
      console.log(
        `${new Date().toLocaleTimeString()} built in ${formatMs(performance.now() - started)}: ` +
          `${report.deck.slides.length} slides` +
          (report.warnings.length ? `, ${report.warnings.length} warning(s)` : ''),
      );
      return undefined;
    } catch (error) {
      const message = error instanceof RecapError ? error.format() : String((error as Error).stack ?? error);
      console.error(`${new Date().toLocaleTimeString()} build failed: ${message}`);
      return message;
    }
  };

  const first = await buildDeck(request).then(
    (report) => {
      console.log(summary(report, recap.path).join('\n'));
      return undefined;
    },
    (error: unknown) => (error instanceof RecapError ? error.format() : String(error)),
  );
  if (first) console.error(`build failed: ${first}`);
  const server = await startServer(join(values.out!, `${recap.name}.html`), recap.name, port);
  if (first) server.failed(first);
  if (server.movedFrom) console.log(`port ${server.movedFrom} is busy; using ${server.port}`);
  console.log(
    `Presenting ${recap.path} at ${server.url}  (press p in the deck for the presenter view; Ctrl+C to stop)`,
  );

  let running: Promise<void> = Promise.resolve();
  const stop = watchFiles([resolve(recap.path), themePath], [staticDir], () => {
    running = running.then(async () => {
      const failure = await build();
      if (failure) server.failed(failure);
      else server.reload();
    });
  });
  await new Promise<void>((done) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => done());
  });
  stop();
  // A rebuild under way finishes first, so it leaves no half-written file behind.
  await running;
  await server.close();
  return 0;
}

runCli(main);
