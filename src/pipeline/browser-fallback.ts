// When the browser is missing, crashes or hangs, the build still writes the HTML deck (it
// needs no browser) and then fails with one clear line; any other error passes through.
import { RecapError } from '../errors.js';
import type { Outputs } from './types.js';

/** A catch handler for the browser stages: `writeHtml` writes the deck as it stands. */
export function browserFallback(writeHtml: () => Promise<Outputs>): (error: unknown) => Promise<never> {
  return async (error) => {
    if (error instanceof RecapError ? !error.fromBrowser : !isBrowserError(error)) throw error;
    const reason =
      error instanceof RecapError
        ? error.message
        : `the browser failed: ${(error as Error).message.split('\n')[0]}`;
    const html = (await writeHtml()).written.find((file) => file.path.endsWith('.html'));
    if (!html) throw new RecapError(reason, { cause: error });
    throw new RecapError(
      `${reason}\nThe HTML deck was written (${html.path}); the PDF, PPTX and handout were not.`,
      {
        cause: error,
      },
    );
  };
}

/** Puppeteer's messages for a browser that went away. */
const GONE = new RegExp(
  [
    'Target closed',
    'Session closed',
    'Connection closed',
    'browser has disconnected',
    'Navigating frame was detached',
  ].join('|'),
  'i',
);

/** Puppeteer's ways of saying the browser went away or stopped answering. */
function isBrowserError(error: unknown): boolean {
  const { name = '', message = '' } = (error ?? {}) as { name?: string; message?: string };
  return (
    /^(ProtocolError|TimeoutError|TargetCloseError|ConnectionClosedError)$/.test(name) || GONE.test(message)
  );
}
