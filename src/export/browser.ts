// Finds a Chrome/Chromium already on the machine (CHROME_PATH first) and launches it
// headless, locked down: no sandbox only where it cannot work (root), no background
// networking, bounded start-up and protocol timeouts.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { RecapError } from '../errors.js';

export const HOW_TO_GET_A_BROWSER =
  'PDF and PPTX need Chrome or Chromium: set CHROME_PATH to one, or install it ' +
  '(Debian/Ubuntu: `apt-get install chromium`; ' +
  'elsewhere: `npx @puppeteer/browsers install chrome@stable`). ' +
  'HTML needs no browser: use --format html.';

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
  // No spare renderer process kept warm for a next tab, and none of the browser window's
  // own pages (the address bar's suggestion pop-ups are web pages in recent Chromium):
  // each is a renderer process that costs memory and, while it loads, time.
  `--disable-features=${[
    'SpareRendererForSitePerProcess',
    'WebUIOmniboxPopup',
    'WebUIOmniboxAimPopup',
    'WebUIOmniboxFullPopup',
  ].join(',')}`,
  // Pages here load nothing from the network: its service runs in the browser process
  // rather than a process of its own (about 25 MB less).
  '--enable-features=NetworkServiceInProcess2',
];

export function findBrowser(env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const key of ['CHROME_PATH', 'PUPPETEER_EXECUTABLE_PATH']) {
    const path = env[key];
    if (!path) continue;
    if (!existsSync(path))
      throw new RecapError(`${key} is set to ${path}, which does not exist. ${HOW_TO_GET_A_BROWSER}`, {
        fromBrowser: true,
      });
    return path;
  }
  return SYSTEM_BROWSERS.find((path) => existsSync(path)) ?? puppeteerManagedChrome(env);
}

/** Where Puppeteer's installer keeps the browsers it downloads (as Puppeteer works it out). */
export function puppeteerCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.PUPPETEER_CACHE_DIR ?? join(homedir(), '.cache', 'puppeteer');
}

/** A Chrome that Puppeteer's installer put in its cache, newest first. */
function puppeteerManagedChrome(env: NodeJS.ProcessEnv): string | undefined {
  const root = join(puppeteerCacheDir(env), 'chrome');
  if (!existsSync(root)) return undefined;
  for (const version of readdirSync(root).sort().reverse()) {
    for (const sub of [
      'chrome-linux64/chrome',
      'chrome-mac-x64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
      'chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
      'chrome-win64/chrome.exe',
    ]) {
      const path = join(root, version, sub);
      if (existsSync(path)) return path;
    }
  }
  return undefined;
}

const PROFILE_PREFIX = 'recap-deck-chrome-';

/** RECAP_DECK_BROWSER_TIMEOUT (ms) bounds every wait on the browser; 60 s by default. */
export function browserTimeout(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.RECAP_DECK_BROWSER_TIMEOUT);
  return Number.isFinite(value) && value > 0 ? value : 60_000;
}

export interface LaunchOptions {
  /** Device pixels per CSS pixel of every page: the PPTX pictures' scale, so they are drawn
   * at their final size (see capture.ts). Layout and PDFs are the same at any density. */
  deviceScale?: number;
}

export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const executablePath = findBrowser();
  if (!executablePath)
    throw new RecapError(`no Chrome or Chromium found. ${HOW_TO_GET_A_BROWSER}`, { fromBrowser: true });
  const timeout = browserTimeout();
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  removeStaleProfiles();
  // Our own profile folder, so it is removed however the browser ends.
  const userDataDir = mkdtempSync(join(tmpdir(), `${PROFILE_PREFIX}${process.pid}-`));
  const { default: puppeteer } = await import('puppeteer-core');
  try {
    const browser = await puppeteer.launch({
      executablePath,
      headless: true,
      userDataDir,
      // Over a pipe, Chrome exits by itself when this process dies, even killed.
      pipe: true,
      args: [
        ...LAUNCH_ARGS,
        ...(isRoot ? ['--no-sandbox'] : []),
        ...(options.deviceScale ? [`--force-device-scale-factor=${options.deviceScale}`] : []),
      ],
      timeout,
      protocolTimeout: timeout,
      // No handlers: Puppeteer's replace Node's default exit with a callback that cannot run
      // while planning keeps the main thread busy, so Ctrl-C waited minutes. Without them the
      // signal ends the process at once, Chrome follows over its pipe, the writes are atomic,
      // and the next launch sweeps the profile.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    // However Chrome ends (closed, crashed, killed), its profile goes once it has exited.
    const child = browser.process();
    if (child) child.once('exit', () => removeProfile(userDataDir));
    // The blank first tab is never used: its renderer process would only take memory.
    await Promise.all((await browser.pages()).map((page) => page.close()));
    return browser;
  } catch (error) {
    removeProfile(userDataDir);
    const reason = (error as Error).message.split('\n')[0]!.trim();
    throw new RecapError(
      `the browser at ${executablePath} did not start (${reason}). ${HOW_TO_GET_A_BROWSER}`,
      { cause: error, fromBrowser: true },
    );
  }
}

/**
 * Closes the browser, killing it if it does not close within `graceMs` (at once if 0);
 * its profile goes too.
 */
export async function closeBrowser(browser: Browser, graceMs = 5_000): Promise<void> {
  const child = browser.process();
  const closed =
    graceMs > 0 &&
    (await Promise.race([
      browser.close().then(
        () => true,
        () => false,
      ),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), graceMs).unref()),
    ]));
  if (!closed && child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }
  const dir = child?.spawnargs
    .find((arg) => arg.startsWith('--user-data-dir='))
    ?.slice('--user-data-dir='.length);
  if (dir) removeProfile(dir);
}

function removeProfile(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch {
    // left for the next run's sweep of stale profiles
  }
}

/** Profiles left by a recap-deck that was killed (its process is gone). */
function removeStaleProfiles(): void {
  let entries: string[];
  try {
    entries = readdirSync(tmpdir()).filter((name) => name.startsWith(PROFILE_PREFIX));
  } catch {
    return;
  }
  for (const name of entries) {
    const pid = Number(name.slice(PROFILE_PREFIX.length).split('-')[0]);
    if (!Number.isInteger(pid) || pid === process.pid || isAlive(pid)) continue;
    removeProfile(join(tmpdir(), name));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
