// A picture used on many slides is embedded once in the HTML deck (issue 22, finding 7): 40
// references to one picture made 40 copies of it.
import { describe, expect, it } from 'vitest';
import { sharePictures } from '../../src/render/shared-pictures.js';
import { picturesDeckHtml } from './pictures-deck.js';

// A PNG's header over enough bytes that a copy would show.
const PICTURE = `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJ${'A'.repeat(4000)}`;

describe('pictures in the HTML deck', () => {
  it('embeds a picture shown on 40 slides once, and sets every <img> from it', async () => {
    const html = await picturesDeckHtml(40, PICTURE);
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
