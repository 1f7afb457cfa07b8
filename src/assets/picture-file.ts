// Reads one local picture a recap names, as untrusted input: the real path must lie inside an
// allowed folder, be no dotfile, be a regular file of bounded size, and be a picture by its bytes.
import { constants } from 'node:fs';
import { type FileHandle, open, realpath } from 'node:fs/promises';
import { isAbsolute, relative, sep } from 'node:path';
import { imageSize } from 'image-size';

/** A picture larger than this is not embedded: a deck is one file that people share. */
export const PICTURE_LIMIT_BYTES = 10 * 1024 * 1024;

/** A read slower than this (a hung network mount) is given up: the build goes on without it. */
export const PICTURE_READ_TIMEOUT_MS = 10_000;

export interface ReadOptions {
  timeoutMs?: number;
  /** Reads the file's bytes, or says why not; the size-limited reader below unless a test hangs it. */
  readBytes?: (path: string) => Promise<Buffer | string>;
}

export type PictureRead = { ok: true; mime: string; bytes: Buffer } | { ok: false; reason: string };

/** The MIME type by what image-size finds in the bytes (AVIF is an HEIF brand). */
const TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  avis: 'image/avif',
  svg: 'image/svg+xml',
};

/**
 * Reads `file` (as the recap named it, `url`) if its real path is inside one of `roots` (real
 * paths). The link's name says nothing: a `.png` may be a symlink to `.git/config`.
 */
export async function readPicture(
  url: string,
  file: string,
  roots: string[],
  { timeoutMs = PICTURE_READ_TIMEOUT_MS, readBytes = readRegular }: ReadOptions = {},
): Promise<PictureRead> {
  let real: string;
  try {
    real = await realpath(file);
  } catch {
    return {
      ok: false,
      reason: `image not found: ${url} (looked for ${relative(process.cwd(), file) || file})`,
    };
  }
  const within = roots
    .map((root) => relative(root, real))
    .find((rel) => !rel.startsWith('..') && !isAbsolute(rel));
  if (within === undefined)
    return {
      ok: false,
      reason: `image ${url} is outside the static folder and the recap's folder; not embedded`,
    };
  if (within.split(sep).some((part) => part.startsWith('.')))
    return { ok: false, reason: `image ${url} is a hidden file or inside a hidden folder; not embedded` };
  let bytes: Buffer | string;
  try {
    bytes = await withDeadline(readBytes(real), timeoutMs);
  } catch (error) {
    return {
      ok: false,
      reason: `image ${url} cannot be read (${(error as NodeJS.ErrnoException).code ?? error})`,
    };
  }
  if (typeof bytes === 'string') return { ok: false, reason: `image ${url} ${bytes}; not embedded` };
  const mime = typeOf(bytes);
  return mime
    ? { ok: true, mime, bytes }
    : { ok: false, reason: `image ${url} is not a PNG, JPEG, GIF, WebP, AVIF or SVG picture; not embedded` };
}

/** What `reading` gives, or why not once `ms` have passed; a late read is left to finish alone. */
async function withDeadline(reading: Promise<Buffer | string>, ms: number): Promise<Buffer | string> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`took longer than ${ms / 1000} s to read`), ms);
  });
  try {
    return await Promise.race([reading, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The bytes of a regular file, or why not. Opened without blocking and checked on the open
 * handle, so a FIFO or a device never hangs the build and nothing swaps the file in between.
 */
async function readRegular(path: string): Promise<Buffer | string> {
  const handle: FileHandle = await open(
    path,
    constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOFOLLOW ?? 0),
  );
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return 'is not a regular file';
    if (stat.size > PICTURE_LIMIT_BYTES) return `is larger than ${PICTURE_LIMIT_BYTES / 1024 / 1024} MB`;
    // Read at most the limit, whatever the size said: a file may grow while it is read.
    const buffer = Buffer.alloc(Math.min(stat.size, PICTURE_LIMIT_BYTES) + 1);
    let bytesRead = 0;
    for (let got = -1; got !== 0 && bytesRead < buffer.length; bytesRead += got)
      ({ bytesRead: got } = await handle.read(buffer, bytesRead, buffer.length - bytesRead, bytesRead));
    if (bytesRead > PICTURE_LIMIT_BYTES) return `is larger than ${PICTURE_LIMIT_BYTES / 1024 / 1024} MB`;
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The picture type the bytes show, if a slide can show it. */
export function typeOf(bytes: Buffer): string | undefined {
  // An SVG needs no size to be shown, where image-size would refuse it for lacking one.
  if (SVG_START.test(bytes.toString('utf8', 0, 4096))) return TYPES.svg;
  try {
    // An HEIF file's type is its brand ('avif', 'heic'); only AVIF is a web picture.
    const found = imageSize(bytes).type;
    return found === undefined || found === 'svg' ? undefined : TYPES[found];
  } catch {
    return undefined;
  }
}

/**
 * An SVG file opens with its root element, after only a prolog (a BOM, an XML declaration,
 * comments, a doctype); image-size takes `<svg` anywhere in the first kilobyte, an HTML page too.
 */
const SVG_START =
  /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?>\s*)*<svg[\s>]/i;
