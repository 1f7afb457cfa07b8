// Where the handout may break a slide's notes: blocks and top-level list items, labels kept.
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { markUnits } from '../../src/render/handout-units.js';

const mark = (html: string) => toHtml(markUnits(fromHtml(html, { fragment: true })));

describe('markUnits', () => {
  it('numbers blocks and list items in reading order, keeps labels with what follows', () => {
    const html = mark(
      [
        '<p class="note-say">Ý chính.</p>',
        '<ol start="3"><li>Ba<ul><li>nested</li></ul></li><li>Bốn</li></ol>',
        '<p class="note-terms note-label"><strong>Thuật ngữ</strong></p>',
        '<p class="note-terms"><strong>IaC</strong>: code.</p>',
      ].join('\n'),
    );
    expect(html).toContain('<p class="note-say" data-u="0">Ý chính.</p>');
    expect(html).toContain('<ol start="3"><li data-n="3" data-u="1">Ba<ul><li>nested</li></ul></li>');
    expect(html).toContain('<li data-n="4" data-u="2">Bốn</li>');
    expect(html).toContain('<p class="note-terms note-label" data-u="3" data-keep>');
    expect(html).toContain('<p class="note-terms" data-u="4">');
  });
});
