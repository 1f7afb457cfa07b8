// Run by `npm install` (prepare): makes sure PDF/PPTX export will find a browser. Uses one
// already there (CHROME_PATH, system Chrome/Chromium); otherwise tries Puppeteer's Chrome
// download, then, as root on Debian, `apt-get install chromium`. Never fails the install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser, HOW_TO_GET_A_BROWSER, puppeteerCacheDir } from '../export/browser.js';

const DOWNLOAD_TIMEOUT_MS = 120_000;

function log(message: string): void {
  console.error(`recap-deck: ${message}`);
}

async function downloadChrome(): Promise<boolean> {
  try {
    const { install, resolveBuildId, detectBrowserPlatform, Browser } = await import('@puppeteer/browsers');
    const platform = detectBrowserPlatform();
    if (!platform) return false;
    const cacheDir = puppeteerCacheDir();
    const attempt = (async () => {
      const buildId = await resolveBuildId(Browser.CHROME, platform, 'stable');
      await install({ browser: Browser.CHROME, buildId, cacheDir, platform });
    })();
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('timed out')), DOWNLOAD_TIMEOUT_MS).unref(),
    );
    await Promise.race([attempt, timeout]);
    return true;
  } catch (error) {
    log(`Puppeteer's Chrome download did not work here (${(error as Error).message.split('\n')[0]}).`);
    return false;
  }
}

function aptInstallChromium(): boolean {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get') || !existsSync('/etc/debian_version')) return false;
  log("installing Debian's chromium with apt-get (you are root on Debian) …");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env,
    }).status === 0;
  if (install()) return true;
  spawnSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  return install();
}

async function main(): Promise<void> {
  if (process.env.RECAP_DECK_SKIP_BROWSER)
    return log('RECAP_DECK_SKIP_BROWSER is set; not looking for a browser.');
  let found: string | undefined;
  try {
    found = findBrowser();
  } catch (error) {
    return log((error as Error).message);
  }
  if (found) return log(`using the browser at ${found} for PDF and PPTX.`);
  log('no Chrome or Chromium on this machine; getting one for PDF and PPTX export …');
  if ((await downloadChrome()) || aptInstallChromium()) {
    const now = findBrowser();
    if (now) return log(`browser ready: ${now}`);
  }
  log(`could not get a browser. ${HOW_TO_GET_A_BROWSER}`);
}

main().catch((error: unknown) => log(`browser check failed: ${String(error)}`));
