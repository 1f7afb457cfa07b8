// A picture used on many slides is embedded once in the HTML deck (issue 22, finding 7): 40
// references to one picture made 40 copies of it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/export/html.js';
import { labelsFor } from '../../src/i18n/labels.js';
import type { Asset } from '../../src/model/deck.js';
import { sharePictures } from '../../src/render/shared-pictures.js';
import { plan } from '../helpers.js';

const theme = readFileSync(join(import.meta.dirname, '..', '..', 'themes', 'aws.css'), 'utf8');
// A PNG's header over enough bytes that a copy would show.
const PICTURE = `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJ${'A'.repeat(4000)}`;

/** The HTML deck of a recap that shows one picture in `count` sections. */
async function deckHtml(count: number): Promise<string> {
  const parts = Array.from(
    { length: count },
    (_, i) => `## Part ${i}\n\nWords of part ${i}.\n\n![pic](/p.png)\n`,
  );
  const assets = new Map<string, Asset>([['/p.png', { ok: true, dataUri: PICTURE }]]);
  const { markdown, deck } = plan(`# Pictures\n\n${parts.join('\n')}`, 'recaps/x.md', assets);
  return renderHtml(markdown, theme, {
    lang: 'en',
    title: deck.meta.title,
    presenter: {
      notes: deck.slides.map(() => ''),
      budgets: deck.slides.map(() => 10),
      labels: labelsFor('en').presenter,
    },
  });
}

describe('pictures in the HTML deck', () => {
  it('embeds a picture shown on 40 slides once, and sets every <img> from it', async () => {
    const html = await deckHtml(40);
    expect(html.split(PICTURE).length - 1).toBe(1);
    expect(html.match(/<img data-recap-picture="0"/g)).toHaveLength(40);
    expect(html).toContain("document.querySelectorAll('img[data-recap-picture]')");
  }, 60_000);

  it('leaves a picture used once, and a page without slides, as they were', () => {
    const page = `<html><body><img src="${PICTURE}"><script>x</script></body></html>`;
    expect(sharePictures(page)).toBe(page);
    expect(sharePictures('<html><body>no script</body></html>')).toBe('<html><body>no script</body></html>');
  });
});
