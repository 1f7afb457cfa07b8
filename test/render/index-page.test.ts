// decks/index.html lists every deck, and every deck that failed to build with its error,
// in the site's order, in the language most decks are in, and asks for nothing outside itself.
import { describe, expect, it } from 'vitest';
import { type DeckEntry, indexHtml, sortEntries } from '../../src/render/index-page.js';

const deck = (name: string, extra: Partial<DeckEntry> = {}): DeckEntry => ({
  name,
  title: `Title of ${name}`,
  lang: 'en',
  slides: 12,
  talkSeconds: 600,
  files: { html: `${name}.html`, pdf: `${name}.pdf` },
  ...extra,
});
const broken = {
  name: 'broken <deck>',
  error: 'recaps/broken.md:4:1: front matter is not valid YAML <oops>',
};

describe('the index of decks', () => {
  it('lists a failed deck with its error, after the decks that were built, and counts it apart', () => {
    const html = indexHtml([broken, deck('b', { weight: 2 }), deck('a', { weight: 1 })], '');
    expect([...html.matchAll(/<h2>([^<]+)<\/h2>/g)].map((m) => m[1])).toEqual([
      'Title of a',
      'Title of b',
      'broken &lt;deck&gt;',
    ]);
    expect(html).toContain('<p>2 decks · 1 failed</p>');
    expect(html).toContain(
      '<p class="kicker">Build failed</p><h2>broken &lt;deck&gt;</h2><p class="error">recaps/broken.md:4:1: front matter is not valid YAML &lt;oops&gt;</p>',
    );
    expect(html).not.toContain('<oops>');
  });

  it('says nothing of failures when there are none', () => {
    const html = indexHtml([deck('a')], '');
    expect(html).toContain('<p>1 decks</p>');
    expect(html).not.toContain('<article class="failed">');
    expect(html).not.toContain('Build failed');
  });

  it('speaks the language of most built decks; failed ones have no say', () => {
    const vi = indexHtml([deck('a', { lang: 'vi' }), broken, { ...broken, name: 'x' }], '');
    expect(vi).toContain('<html lang="vi">');
    expect(vi).toContain('1 bài · 2 bài lỗi');
    expect(vi).toContain('Không tạo được bài này');
    expect(indexHtml([deck('a'), deck('b'), deck('c', { lang: 'vi' })], '')).toContain('<html lang="en">');
  });

  it('orders by weight, then date, then name', () => {
    const order = sortEntries([
      deck('c'),
      deck('b', { date: '2026-01-02' }),
      broken,
      deck('a', { weight: 3 }),
      deck('d', { date: '2025-12-31' }),
    ]).map((e) => e.name);
    expect(order).toEqual(['a', 'd', 'b', 'broken <deck>', 'c']);
  });

  it('links and shows only what sits beside it or inside it', () => {
    const html = indexHtml([deck('a b', { thumbnail: 'data:image/jpeg;base64,AAAA' }), broken], '');
    for (const [, url] of html.matchAll(/(?:href|src)="([^"]+)"/g))
      expect(url).toMatch(/^(data:image\/jpeg;base64,|\.\/a%20b\.(html|pdf)$)/);
  });

  it('links a deck named like a URL to its own file, never to a script or another place', () => {
    const names = ['javascript:void(window.pwned=1)', 'https://evil.example/x', '//evil', 'a?b#c', '"><x'];
    const html = indexHtml(
      names.map((name) => deck(name)),
      '',
    );
    const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    expect(hrefs).toHaveLength(names.length * 3);
    for (const href of hrefs) {
      expect(href).toMatch(/^\.\/[^/?#:"<>]+\.(html|pdf)$/);
      const target = new URL(href, 'https://decks.example/site/');
      expect(target.origin + target.pathname.replace(/[^/]+$/, '')).toBe('https://decks.example/site/');
    }
    expect(html).not.toContain('<x');
  });
});
