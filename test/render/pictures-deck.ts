// Test support: the HTML deck of a recap that shows one picture in each of its sections, as
// the build renders it, for the tests of pictures shared between slides.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderHtml } from '../../src/export/html.js';
import { labelsFor } from '../../src/i18n/labels.js';
import type { Asset } from '../../src/model/deck.js';
import { plan } from '../helpers.js';

const theme = readFileSync(join(import.meta.dirname, '..', '..', 'themes', 'aws.css'), 'utf8');

/** The HTML deck of a recap that shows the picture `dataUri` in `count` sections. */
export function picturesDeckHtml(count: number, dataUri: string): Promise<string> {
  const parts = Array.from(
    { length: count },
    (_, i) => `## Part ${i}\n\nWords of part ${i}.\n\n![pic](/p.png)\n`,
  );
  const assets = new Map<string, Asset>([['/p.png', { ok: true, dataUri }]]);
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
