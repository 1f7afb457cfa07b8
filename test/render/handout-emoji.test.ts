// Emoji in handout notes become Twemoji pictures (the handout's fonts have none); symbols
// the fonts draw stay text.
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { inlineEmoji } from '../../src/render/engine.js';
import { drawEmoji } from '../../src/render/handout-emoji.js';

const draw = (html: string) => toHtml(drawEmoji(fromHtml(html, { fragment: true })));

describe('drawEmoji', () => {
  it('draws emoji, with skin tones, joins and flags, as pictures', () => {
    const html = draw('<p>📷 <strong>event3 👍🏽</strong> 🇻🇳 ❤️ 👩‍💻.</p>');
    const codes = [...html.matchAll(/svg\/([\w-]+)\.svg/g)].map((m) => m[1]);
    expect(codes).toEqual(['1f4f7', '1f44d-1f3fd', '1f1fb-1f1f3', '2764-fe0f', '1f469-200d-1f4bb']);
    expect(html).toContain('<strong>event3 <img class="emoji" alt="👍🏽"');
    expect(html).toMatch(/<\/strong> <img [^>]+> <img [^>]+> <img [^>]+>\.<\/p>$/);
    // Embedded as data, every one found among the bundled pictures.
    expect(inlineEmoji(html).match(/src="data:image\/svg\+xml;base64,/g)).toHaveLength(5);
  });

  it('leaves symbols the fonts draw as text', () => {
    const html = '<p>→ ← ★ © ™ 1. # * ✓</p>';
    expect(draw(html)).toBe(html);
  });
});
