// Finds a Chrome/Chromium already on the machine (CHROME_PATH first) and launches it
// headless, locked down: no sandbox only where it cannot work (root), no background
// networking, bounded start-up and protocol timeouts.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { RecapError } from '../errors.js';

export const HOW_TO_GET_A_BROWSER =
  'PDF and PPTX need Chrome or Chromium: set CHROME_PATH to one, or install it (Debian/Ubuntu: `apt-get install chromium`; elsewhere: `npx @puppeteer/browsers install chrome@stable`). HTML needs no browser: use --format html.';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export const LAUNCH_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-extensions',
  '--mute-audio',
  '--hide-scrollbars',
  '--font-render-hinting=none',
  // Outputs are made in several tabs at once; background tabs must keep rendering.
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];

export function findBrowser(env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const key of ['CHROME_PATH', 'PUPPETEER_EXECUTABLE_PATH']) {
    const path = env[key];
    if (!path) continue;
    if (!existsSync(path)) throw new RecapError(`${key} is set to ${path}, which does not exist. ${HOW_TO_GET_A_BROWSER}`);
    return path;
  }
  return SYSTEM_BROWSERS.find((path) => existsSync(path)) ?? puppeteerManagedChrome(env);
}

/** A Chrome that Puppeteer's installer put in its cache, newest first. */
function puppeteerManagedChrome(env: NodeJS.ProcessEnv): string | undefined {
  const root = join(env.PUPPETEER_CACHE_DIR ?? join(homedir(), '.cache', 'puppeteer'), 'chrome');
  if (!existsSync(root)) return undefined;
  for (const version of readdirSync(root).sort().reverse()) {
    for (const sub of ['chrome-linux64/chrome', 'chrome-mac-x64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing', 'chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing', 'chrome-win64/chrome.exe']) {
      const path = join(root, version, sub);
      if (existsSync(path)) return path;
    }
  }
  return undefined;
}

export interface LaunchOptions {
  /** Milliseconds for the browser to start and for any one protocol call. */
  timeoutMs?: number;
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const executablePath = findBrowser();
  if (!executablePath) throw new RecapError(`no Chrome or Chromium found. ${HOW_TO_GET_A_BROWSER}`);
  const timeout = options.timeoutMs ?? 60_000;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  try {
    return await puppeteer.launch({
      executablePath,
      headless: true,
      args: [...LAUNCH_ARGS, ...(isRoot ? ['--no-sandbox'] : [])],
      timeout,
      protocolTimeout: timeout,
      handleSIGINT: true,
      handleSIGTERM: true,
      handleSIGHUP: true,
    });
  } catch (error) {
    throw new RecapError(`the browser at ${executablePath} did not start: ${(error as Error).message.split('\n')[0]}`, { cause: error });
  }
}
