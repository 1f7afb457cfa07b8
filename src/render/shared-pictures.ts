// Embeds each picture of the HTML deck once: a picture on several slides (or named 40 times
// by a hostile recap) is written once in a small script that sets every <img> showing it,
// instead of once per <img>. The deck stays one self-contained file.

/** A picture this short costs less written twice than referenced. */
const MIN_SHARED_LENGTH = 256;
const PICTURE_SRC = / src="(data:image\/[^"]+)"/g;

/** The HTML with every picture used more than once on the slides embedded once. */
export function sharePictures(html: string): string {
  const body = html.indexOf('<body');
  // The slides come before the first script of the body; the notes after it are left as they are.
  const end = html.indexOf('<script', body);
  if (body === -1 || end === -1) return html;
  const slides = html.slice(body, end);
  const counts = new Map<string, number>();
  for (const [, uri] of slides.matchAll(PICTURE_SRC))
    if (uri!.length >= MIN_SHARED_LENGTH) counts.set(uri!, (counts.get(uri!) ?? 0) + 1);
  const shared = [...counts].filter(([, count]) => count > 1).map(([uri]) => uri);
  if (shared.length === 0) return html;
  const index = new Map(shared.map((uri, i) => [uri, i]));
  const replaced = slides.replace(PICTURE_SRC, (whole, uri: string) => {
    const i = index.get(uri);
    return i === undefined ? whole : ` data-recap-picture="${i}"`;
  });
  // Data URIs are base64 and quote-free; `<` is escaped anyway so nothing ends the script early.
  const list = JSON.stringify(shared).replace(/</g, '\\u003c');
  const script =
    `<script>(()=>{const p=${list};` +
    "for(const i of document.querySelectorAll('img[data-recap-picture]'))" +
    'i.src=p[Number(i.dataset.recapPicture)]})()</script>';
  return html.slice(0, body) + replaced + script + html.slice(end);
}
