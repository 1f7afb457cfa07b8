// The one place that decides what a URL in a recap may be: which links and pictures are
// safe to keep, which pictures are already embedded, which are remote (fetched only on
// request, never by the deck), and which image formats a slide can show.
import { fromHtml } from 'hast-util-from-html';
import { EXIT, visit } from 'unist-util-visit';

const SCHEME = /^([a-z][a-z0-9+.-]*):/;
const EMBEDDED_IMAGE = /^data:image\/(png|jpe?g|gif|webp|avif);base64,/i;

/** Picture formats by file extension; SVG is checked for script before it is embedded. */
const IMAGE_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
};

/** Raster types a downloaded picture may have. */
export const RASTER_TYPE = /^image\/(png|jpeg|gif|webp|avif)$/;

/** http(s), mailto, in-page and relative URLs; for images also embedded raster data. */
export function isSafeUrl(url: string, image = false): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers ignore these inside a URL scheme
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const scheme = SCHEME.exec(cleaned)?.[1];
  if (scheme === undefined) return true;
  if (scheme === 'http' || scheme === 'https' || scheme === 'mailto') return true;
  return image && EMBEDDED_IMAGE.test(cleaned);
}

/** A link that leads somewhere from a deck (a relative one pointed into the recap's own site). */
export function isOpenableLink(url: string): boolean {
  return /^(https?:|mailto:)/i.test(url);
}

/** What a picture on a slide may be: base64 data the deck carries, a raster image or an SVG the
 * tool embedded itself (emoji, or a picture isScriptedSvg cleared); never a URL to fetch. (The
 * PPTX reader runs inside the page and keeps its own copy of the test: export/dom-read.ts.) */
export function isDeckPicture(src: string): boolean {
  return /^data:image\/(png|jpe?g|gif|webp|avif|svg\+xml);base64,[A-Za-z0-9+/=]+$/.test(src);
}

/** A picture already inside the recap as base64 data. */
export function isEmbeddedImage(url: string): boolean {
  return EMBEDDED_IMAGE.test(url);
}

export function isHttpUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** Anything with a scheme, or protocol-relative: not a file of the project. */
export function isRemoteUrl(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:|^\/\//i.test(url);
}

/** The MIME type of a picture file by its extension, if a slide can show it. */
export function imageType(path: string): string | undefined {
  const dot = path.lastIndexOf('.');
  return dot === -1 ? undefined : IMAGE_TYPES[path.slice(dot).toLowerCase()];
}

/** The file path a local image URL names: query and fragment off, percent-escapes decoded. */
export function localPath(url: string): string {
  const path = url.replace(/[?#].*$/, '');
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Elements that run script or hold HTML in an SVG, by their name without a namespace prefix. */
const SVG_SCRIPT_ELEMENTS = new Set(['script', 'foreignobject', 'handler', 'iframe', 'embed', 'object']);

/**
 * An SVG that could run script is never embedded. The parsed tree catches what a pattern misses:
 * a namespaced `<s:script>`, an entity-encoded `&#106;avascript:`, an `onload` in any case.
 */
export function isScriptedSvg(text: string): boolean {
  if (/<script|\son\w+\s*=|javascript:/i.test(text)) return true;
  let scripted = false;
  visit(fromHtml(text, { fragment: true }), 'element', (node) => {
    const name = node.tagName.toLowerCase().split(':').pop()!;
    const properties = Object.entries(node.properties);
    if (
      SVG_SCRIPT_ELEMENTS.has(name) ||
      properties.some(([key]) => /^on/i.test(key)) ||
      properties.some(([, value]) =>
        // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers ignore these inside a URL scheme
        /(java|vb)script:/i.test(String(value).replace(/[\s\u0000-\u001f]/g, '')),
      )
    ) {
      scripted = true;
      return EXIT;
    }
    return undefined;
  });
  return scripted;
}
