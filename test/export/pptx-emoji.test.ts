// Emoji read with their text, without a browser: each becomes a picture item right after the
// text that keeps its room, drawn once however many readers found it, named "Emoji n" and
// described by its character for screen readers.
import { describe, expect, it } from 'vitest';
import { withInlinePictures } from '../../src/export/dom-read.js';
import type { PictureItem, SceneItem, TextItem } from '../../src/export/dom-scene.js';
import { identities } from '../../src/export/pptx-identity.js';

const picture = (alt: string, x: number): PictureItem => ({
  kind: 'picture',
  box: { x, y: 100, w: 24, h: 24 },
  src: `data:image/png;base64,${alt === '📅' ? 'AAAA' : 'BBBB'}`,
  alt,
  radiusPx: 0,
  emoji: true,
});
const text: TextItem = {
  kind: 'text',
  role: 'body',
  box: { x: 72, y: 96, w: 600, h: 40 },
  paragraphs: [],
  insets: [0, 0, 0, 0],
  anchor: 't',
  wrap: true,
};

describe('emoji read with their text', () => {
  it('are items of their own after their text, each drawn once', () => {
    const read = { ...text, pictures: [picture('📅', 72), picture('📍', 300)] };
    // A second reader of the same picture (an agenda item's emoji, seen as a child too).
    const items = withInlinePictures([read, picture('📍', 300.2)] as SceneItem[]);
    expect(items.map((i) => i.kind)).toEqual(['text', 'picture', 'picture']);
    expect('pictures' in items[0]!).toBe(false);
    expect(items.flatMap((i) => (i.kind === 'picture' ? [i.alt] : []))).toEqual(['📅', '📍']);
  });

  it('are named "Emoji n", described by their character, not decorative', () => {
    const who = identities([
      text,
      picture('📅', 72),
      picture('📍', 300),
      { ...picture('', 500), emoji: false },
    ]);
    expect(who.map((w) => w.name)).toEqual(['Text 1', 'Emoji 1', 'Emoji 2', 'Picture 1']);
    expect(who.map((w) => w.decorative)).toEqual([false, false, false, true]);
  });
});
