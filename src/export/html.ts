// The HTML deck, made by marp-cli's bespoke template (navigation, presenter view with
// notes) in-process, with our engine options and theme; emoji are embedded afterwards so
// the file is self-contained. marp-cli's own console chatter is captured, not printed.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { marpCli } from '@marp-team/marp-cli';
import { RecapError } from '../errors.js';
import { HTML_ALLOWLIST, inlineEmoji, marpOptions } from '../render/engine.js';
import { addPresenterExtras, type PresenterExtras } from '../render/presenter-extras.js';

export interface HtmlInfo {
  lang: string;
  title: string;
  author?: string;
  description?: string;
  presenter: PresenterExtras;
}

/** The bespoke HTML deck for Marp Markdown, as a string (the caller writes it). */
export async function renderHtml(markdown: string, themeCss: string, info: HtmlInfo): Promise<string> {
  const work = await mkdtemp(join(tmpdir(), 'recap-deck-html-'));
  try {
    const themePath = join(work, 'aws.css');
    const configPath = join(work, 'marp.config.json');
    const output = join(work, 'deck.html');
    const input = join(work, 'deck.md');
    const { html: _engineHtml, ...options } = marpOptions();
    const { presenter: _presenter, ...meta } = info;
    const config = {
      html: Object.fromEntries(Object.entries(HTML_ALLOWLIST).map(([tag, attrs]) => [tag, Object.keys(attrs)])),
      options,
      themeSet: [themePath],
      lang: meta.lang,
      title: meta.title,
      ...(meta.author ? { author: meta.author } : {}),
      ...(meta.description ? { description: meta.description } : {}),
      bespoke: { osc: true, progress: true, transition: true },
      allowLocalFiles: false,
    };
    await Promise.all([writeFile(themePath, themeCss), writeFile(configPath, JSON.stringify(config)), writeFile(input, markdown)]);
    const { code, log } = await quietly(() => marpCli([input, '--config-file', configPath, '--html', '-o', output]));
    if (code !== 0) throw new RecapError(`marp-cli could not make the HTML deck (exit ${code}): ${log.join(' ').trim() || 'no details'}`);
    return addPresenterExtras(inlineEmoji(await readFile(output, 'utf8')), info.presenter);
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
