// Input end of the pipeline: reads a recap from disk and decodes it into clean text
// (UTF-8 checked, BOM dropped, CRLF/CR turned into LF), or fails with a clear RecapError.
import { readFile, stat } from 'node:fs/promises';
import { RecapError } from '../errors.js';

export interface RecapSource {
  /** Path as shown in messages, relative to the working directory. */
  file: string;
  text: string;
}

/** Recaps are notes from one event; anything bigger is a mistake or needs splitting. */
export const MAX_RECAP_BYTES = 2 * 1024 * 1024;

export async function loadRecap(path: string, displayPath: string): Promise<RecapSource> {
  const size = await stat(path).then(
    (s) => s.size,
    () => 0,
  );
  if (size > MAX_RECAP_BYTES) {
    throw new RecapError(
      `the recap is ${(size / 1024 / 1024).toFixed(1)} MB; ` +
        `recaps up to ${MAX_RECAP_BYTES / 1024 / 1024} MB make a deck — ` +
        'split it into one recap per event or topic',
      {
        location: { file: displayPath, line: 1, column: 1 },
      },
    );
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new RecapError(`cannot read the recap: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, {
      location: { file: displayPath, line: 1, column: 1 },
      cause: error,
    });
  }
  return { file: displayPath, text: decodeRecap(bytes, displayPath) };
}

/** Turns raw bytes into recap text; pure, so tests can feed it any bytes. */
export function decodeRecap(bytes: Uint8Array, file: string): string {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new RecapError('this is not a text file (it contains NUL bytes); a recap must be Markdown text', {
      location: locate(bytes, nul, file),
    });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new RecapError('the recap is not valid UTF-8; save it as UTF-8 and try again', {
      location: locate(bytes, firstInvalidUtf8(bytes), file),
    });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text.replace(/\r\n?/g, '\n');
}

function locate(bytes: Uint8Array, index: number, file: string) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i += 1) {
    if (bytes[i] === 0x0a) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { file, line, column: index - lineStart + 1 };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let good = 0;
  for (let end = 1; end <= bytes.length; end += 1) {
    try {
      decoder.decode(bytes.subarray(good, end));
      good = end;
    } catch {
      if (end - good >= 4) return good;
    }
  }
  return good;
}
