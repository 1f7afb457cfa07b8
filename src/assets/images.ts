// Input end: finds the image files a recap refers to and embeds them, so the HTML is one
// self-contained file. Hugo-style absolute paths resolve against the static folder;
// nothing outside the project is read, and remote pictures are fetched only when asked.
import { readFile, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Asset } from '../model/deck.js';
import '../model/nodes.js';
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
  /** Nothing outside this folder is embedded. */
  projectDir: string;
  /** Fetch http(s) images and embed them (only when the user asks). */
  fetchRemote?: boolean;
}

const REMOTE_LIMIT_BYTES = 10 * 1024 * 1024;
const REMOTE_TIMEOUT_MS = 10_000;

export async function loadImages(
  tree: Root,
  roots: ImageRoots,
  warnings: VFile,
): Promise<Map<string, Asset>> {
  const refs = new Map<string, { line: number; column: number } | undefined>();
  visit(tree, (node) => {
    if ((node.type === 'figure' || node.type === 'image') && !refs.has(node.url))
      refs.set(node.url, node.position?.start);
  });
  const resolved = { ...roots, projectReal: await realpath(roots.projectDir) };
  const loaded = await Promise.all(
    [...refs].map(async ([url, at]) => ({ url, at, asset: await loadImage(url, resolved) })),
  );
  // Warnings in recap order, whatever order the files arrived in.
  const assets = new Map<string, Asset>();
  for (const { url, at, asset } of loaded) {
    if (!asset.ok) warnings.message(asset.reason, at);
    assets.set(url, asset);
  }
  return assets;
}

async function loadImage(url: string, roots: ImageRoots & { projectReal: string }): Promise<Asset> {
  if (isEmbeddedImage(url)) return { ok: true, dataUri: url.replace(/\s+/g, '') };
  if (isHttpUrl(url) && roots.fetchRemote) return fetchImage(url);
  if (isRemoteUrl(url))
    return {
      ok: false,
      reason: `remote image not embedded (${url.slice(0, 80)}); decks never load from the network (--allow-remote-images fetches it at build time)`,
    };
  const path = localPath(url);
  const file = path.startsWith('/') ? join(roots.staticDir, path) : resolve(roots.recapDir, path);
  const mime = imageType(file);
  if (!mime) return { ok: false, reason: `image ${url} is not a picture format a slide can show` };
  let real: string;
  try {
    real = await realpath(file);
  } catch {
    return {
      ok: false,
      reason: `image not found: ${url} (looked for ${relative(process.cwd(), file) || file})`,
    };
  }
  const inside = relative(roots.projectReal, real);
  if (inside.startsWith('..') || isAbsolute(inside))
    return { ok: false, reason: `image ${url} is outside the project; not embedded` };
  let bytes: Buffer;
  try {
    bytes = await readFile(real);
  } catch (error) {
    return {
      ok: false,
      reason: `image ${url} cannot be read (${(error as NodeJS.ErrnoException).code ?? error})`,
    };
  }
  if (mime === 'image/svg+xml' && isScriptedSvg(bytes.toString('utf8'))) {
    return { ok: false, reason: `SVG image ${url} contains script; not embedded` };
  }
  return { ok: true, dataUri: `data:${mime};base64,${bytes.toString('base64')}` };
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
    return { ok: true, dataUri: `data:${type};base64,${bytes.toString('base64')}` };
  } catch (error) {
    return { ok: false, reason: `remote image ${url} could not be fetched (${(error as Error).message})` };
  }
}
