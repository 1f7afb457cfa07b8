// Test helpers: run the pure stages (parse -> plan -> render) on recap text, no disk
// and no browser, the way the pipeline does.
import { Warnings } from '../src/errors.js';
import type { Asset, Deck } from '../src/model/deck.js';
import { readRecap, type Recap } from '../src/recap/read.js';
import { renderMarpMarkdown } from '../src/render/marp-markdown.js';
import { toDeck } from '../src/slides/deck.js';

export interface Planned {
  recap: Recap;
  deck: Deck;
  markdown: string;
  warnings: Warnings;
}

export function plan(text: string, file = 'recaps/test.md', assets = new Map<string, Asset>()): Planned {
  const warnings = new Warnings(file);
  const recap = readRecap(text, warnings);
  const deck = toDeck({ recap, assets, source: file, name: 'test' });
  const markdown = renderMarpMarkdown(deck, { rebuild: 'npm run deck test' });
  return { recap, deck, markdown, warnings };
}

export function titles(deck: Deck): string[] {
  return deck.slides.map((s) => (s.part ? `${s.title} (${s.part.index}/${s.part.total})` : s.title));
}
