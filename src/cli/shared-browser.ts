// One browser for a whole run of `npm run deck`, launched only when some output needs it
// and closed at the end.
import type { Browser } from 'puppeteer-core';
import { closeBrowser, launchBrowser } from '../export/browser.js';

export function sharedBrowser(deviceScale: number): {
  get: () => Promise<Browser>;
  close: () => Promise<void>;
} {
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
