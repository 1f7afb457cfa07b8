// The HTML deck: our slides in marp-cli's bespoke template (navigation, presenter view).
// The template is captured from marp-cli once per theme and kept in a cache; each build
// renders with marp-core and fills it, adds notes with their emphasis, time budgets and
// embedded emoji, so the file is self-contained; a picture used twice is embedded once.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CACHE_DIR } from '../assets/cache-dir.js';
import { RecapError } from '../errors.js';
import {
  BESPOKE_RENDER,
  fillShell,
  parseShell,
  SHELL_MARKDOWN,
  type Shell,
} from '../render/bespoke-shell.js';
import { HTML_ALLOWLIST, marpOptions, renderSlides } from '../render/engine.js';
import { addPresenterExtras, type PresenterExtras } from '../render/presenter-extras.js';
import { sharePictures } from '../render/shared-pictures.js';

export interface HtmlInfo {
  lang: string;
  title: string;
  author?: string;
  description?: string;
  presenter: PresenterExtras;
}

/** The bespoke HTML deck for Marp Markdown, as a string (the caller writes it). */
export async function renderHtml(markdown: string, themeCss: string, info: HtmlInfo): Promise<string> {
  const shell = await bespokeShell(themeCss);
  const { slides } = renderSlides(markdown, themeCss, BESPOKE_RENDER);
  const filled = fillShell(shell, { ...info, slides, notes: info.presenter.notes });
  return sharePictures(addPresenterExtras(filled, info.presenter));
}

/** marp-cli's template for this theme: from the cache, or made by marp-cli and cached. */
async function bespokeShell(themeCss: string): Promise<Shell> {
  const version = (createRequire(import.meta.url)('@marp-team/marp-cli/package.json') as { version: string })
    .version;
  const key = createHash('sha256')
    .update(`${version}\n${JSON.stringify(marpOptions())}\n${themeCss}`)
    .digest('hex')
    .slice(0, 16);
  const cached = join(CACHE_DIR, `bespoke-${key}.html`);
  const html = await readFile(cached, 'utf8').catch(async () => {
    const made = await marpCliTemplate(themeCss);
    await mkdir(CACHE_DIR, { recursive: true })
      .then(() => writeFile(`${cached}.${process.pid}`, made))
      .then(() => rename(`${cached}.${process.pid}`, cached))
      .catch(() => undefined); // a read-only install still works, just without the cache
    return made;
  });
  return parseShell(html);
}

/** Runs marp-cli in-process on the placeholder deck, with our engine options and theme. */
export async function marpCliTemplate(themeCss: string, markdown = SHELL_MARKDOWN): Promise<string> {
  const { marpCli } = await import('@marp-team/marp-cli');
  const work = await mkdtemp(join(tmpdir(), 'recap-deck-html-'));
  try {
    const themePath = join(work, 'aws.css');
    const configPath = join(work, 'marp.config.json');
    const input = join(work, 'deck.md');
    const output = join(work, 'deck.html');
    const { html: _engineHtml, ...options } = marpOptions();
    const config = {
      html: Object.fromEntries(
        Object.entries(HTML_ALLOWLIST).map(([tag, attrs]) => [tag, Object.keys(attrs)]),
      ),
      options,
      themeSet: [themePath],
      bespoke: { osc: true, progress: true, transition: true },
      allowLocalFiles: false,
    };
    await Promise.all([
      writeFile(themePath, themeCss),
      writeFile(configPath, JSON.stringify(config)),
      writeFile(input, markdown),
    ]);
    const { code, log } = await quietly(() =>
      marpCli([input, '--config-file', configPath, '--html', '-o', output]),
    );
    if (code !== 0)
      throw new RecapError(
        `marp-cli could not make the HTML template (exit ${code}): ${log.join(' ').trim() || 'no details'}`,
      );
    return await readFile(output, 'utf8');
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Runs marp-cli with its console output collected instead of printed. */
async function quietly(run: () => Promise<number>): Promise<{ code: number; log: string[] }> {
  const log: string[] = [];
  const saved = { warn: console.warn, error: console.error, log: console.log, info: console.info };
  const collect = (...args: unknown[]) => void log.push(args.map(String).join(' '));
  Object.assign(console, { warn: collect, error: collect, log: collect, info: collect });
  try {
    return { code: await run(), log };
  } finally {
    Object.assign(console, saved);
  }
}
