// Input end: finds the image files a recap refers to and embeds them, so the HTML is one
// self-contained file. Hugo-style absolute paths resolve against the static folder;
// nothing outside the project is read, and remote pictures are fetched only when asked.
import { realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Asset } from '../model/deck.js';
import '../model/nodes.js';
import { readPicture, typeOf } from './picture-file.js';
import {
  imageType,
  isEmbeddedImage,
  isHttpUrl,
  isRemoteUrl,
  isScriptedSvg,
  localPath,
  RASTER_TYPE,
} from '../model/url-policy.js';

export interface ImageRoots {
  /** Folder of the recap, for relative paths. */
  recapDir: string;
  /** Hugo's static folder, for paths starting with "/". */
  staticDir: string;
  /** Nothing outside this folder is embedded, even from the static folder. */
  projectDir: string;
  /** Fetch http(s) images and embed them (only when the user asks). */
  fetchRemote?: boolean;
}

const REMOTE_LIMIT_BYTES = 10 * 1024 * 1024;
const REMOTE_TIMEOUT_MS = 10_000;

/** Pictures past this many bytes in a deck, each reference counted, are left out. */
export const DECK_PICTURES_LIMIT_BYTES = 20 * 1024 * 1024;

export async function loadImages(
  tree: Root,
  roots: ImageRoots,
  warnings: VFile,
): Promise<Map<string, Asset>> {
  const refs = new Map<string, { at: { line: number; column: number } | undefined; count: number }>();
  visit(tree, (node) => {
    if (node.type !== 'figure' && node.type !== 'image') return;
    const ref = refs.get(node.url);
    if (ref) ref.count += 1;
    else refs.set(node.url, { at: node.position?.start, count: 1 });
  });
  const folders = await Promise.all(
    [roots.staticDir, roots.recapDir].map((dir) => realpath(dir).catch(() => '')),
  );
  const allowed = {
    ...roots,
    folders: folders.filter(Boolean),
    projectReal: await realpath(roots.projectDir),
  };
  const loaded = await Promise.all(
    [...refs].map(async ([url, ref]) => ({ url, ...ref, asset: await loadImage(url, allowed) })),
  );
  // Warnings in recap order, whatever order the files arrived in. Each reference embeds its
  // own copy of the picture, so the cap counts every one: 40 references to 1 MB are 40 MB.
  const assets = new Map<string, Asset>();
  let total = 0;
  for (const { url, at, count, asset } of loaded) {
    const size = asset.ok ? asset.dataUri.length * count : 0;
    if (asset.ok && total + size > DECK_PICTURES_LIMIT_BYTES) {
      const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
      const reason =
        `image ${url} not embedded: with its ${count} reference(s) (${mb(size)}) the deck's pictures ` +
        `would pass ${mb(DECK_PICTURES_LIMIT_BYTES)}`;
      warnings.message(reason, at);
      assets.set(url, { ok: false, reason });
      continue;
    }
    total += size;
    if (!asset.ok) warnings.message(asset.reason, at);
    assets.set(url, asset);
  }
  return assets;
}

type AllowedRoots = ImageRoots & { folders: string[]; projectReal: string };

async function loadImage(url: string, roots: AllowedRoots): Promise<Asset> {
  if (isEmbeddedImage(url)) return { ok: true, dataUri: url.replace(/\s+/g, '') };
  if (isHttpUrl(url) && roots.fetchRemote) return fetchImage(url);
  if (isRemoteUrl(url))
    return {
      ok: false,
      reason:
        `remote image not embedded (${url.slice(0, 80)}); decks never load from the network ` +
        '(--allow-remote-images fetches it at build time)',
    };
  const path = localPath(url);
  const file = path.startsWith('/') ? join(roots.staticDir, path) : resolve(roots.recapDir, path);
  // The name only decides whether the file is worth opening; its bytes decide what it is.
  if (!imageType(file)) return { ok: false, reason: `image ${url} is not a picture format a slide can show` };
  const folders = roots.folders.filter((folder) => {
    const inside = relative(roots.projectReal, folder);
    return !inside.startsWith('..') && !isAbsolute(inside);
  });
  const picture = await readPicture(url, file, folders);
  if (!picture.ok) return picture;
  if (picture.mime === 'image/svg+xml' && isScriptedSvg(picture.bytes.toString('utf8'))) {
    return { ok: false, reason: `SVG image ${url} contains script; not embedded` };
  }
  return { ok: true, dataUri: `data:${picture.mime};base64,${picture.bytes.toString('base64')}` };
}

/** Downloads a picture once, at build time, so the deck itself never goes online. */
async function fetchImage(url: string): Promise<Asset> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(REMOTE_TIMEOUT_MS), redirect: 'follow' });
    const type = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (!response.ok) return { ok: false, reason: `remote image ${url} answered ${response.status}` };
    if (!RASTER_TYPE.test(type))
      return {
        ok: false,
        reason: `remote image ${url} is ${type || 'of no type'}, not a PNG, JPEG, GIF, WebP or AVIF picture`,
      };
    const tooBig = { ok: false, reason: `remote image ${url} is larger than 10 MB` } as const;
    if (Number(response.headers.get('content-length') ?? 0) > REMOTE_LIMIT_BYTES) return tooBig;
    // Read with a cap: a server that sends no length cannot fill the memory.
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = response.body?.getReader();
    for (let part = await reader?.read(); part && !part.done; part = await reader!.read()) {
      size += part.value.length;
      if (size > REMOTE_LIMIT_BYTES) {
        await reader!.cancel();
        return tooBig;
      }
      chunks.push(part.value);
    }
    const bytes = Buffer.concat(chunks);
    // A server's Content-Type is a label like a file's name: the bytes say what it is.
    const mime = typeOf(bytes);
    if (!mime || !RASTER_TYPE.test(mime))
      return {
        ok: false,
        reason: `remote image ${url} is labelled ${type} but its bytes are no such picture`,
      };
    return { ok: true, dataUri: `data:${mime};base64,${bytes.toString('base64')}` };
  } catch (error) {
    return { ok: false, reason: `remote image ${url} could not be fetched (${(error as Error).message})` };
  }
}
