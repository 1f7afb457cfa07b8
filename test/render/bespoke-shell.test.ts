// The filled template is exactly what marp-cli writes for the same deck: same template,
// same slides. Only the notes differ in the real build (ours keep their Markdown).
import { Marp } from '@marp-team/marp-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTheme } from '../../src/assets/theme.js';
import { marpCliTemplate } from '../../src/export/html.js';
import { BESPOKE_RENDER, fillShell, parseShell, SHELL_MARKDOWN } from '../../src/render/bespoke-shell.js';
import { createEngine } from '../../src/render/engine.js';
import { plan } from '../helpers.js';

const project = join(import.meta.dirname, '..', '..');
const pugEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

describe('the bespoke template', () => {
  it("filled with our render equals marp-cli's own HTML for the deck", async () => {
    const theme = await loadTheme(join(project, 'themes', 'aws.css'));
    const { markdown, deck } = plan(
      readFileSync(join(project, 'recaps', 'event-4.md'), 'utf8'),
      'recaps/event-4.md',
    );
    const [shellHtml, marpCliHtml] = await Promise.all([
      marpCliTemplate(theme, SHELL_MARKDOWN),
      marpCliTemplate(theme, markdown),
    ]);
    const Engine = createEngine();
    const marp = new Engine(BESPOKE_RENDER);
    marp.themeSet.add(theme);
    const { html: slides, comments } = marp.render(markdown, { htmlAsArray: true });
    const ours = fillShell(parseShell(shellHtml), {
      title: deck.meta.title,
      lang: deck.meta.lang,
      slides,
      notes: comments.map((list) => list.map((c) => `<p>${pugEscape(c)}</p>`).join('')),
    });
    expect(ours.length).toBe(marpCliHtml.length);
    expect(ours).toBe(marpCliHtml);
    expect(new Marp().render(markdown).comments).toEqual(comments);
  }, 60_000);
});

describe('fillShell', () => {
  it('keeps $ patterns in notes and titles as text', () => {
    const shell = parseShell(
      '<html lang="rdlang"><title>RecapDeckTitleSentinel</title><body><div id=":$p"><svg><p>RecapDeckSlideSentinel</p></svg></div><div class="bespoke-marp-note" data-index="0" tabindex="0"><p>RecapDeckNoteSentinel</p></div><script></script></body></html>',
    );
    const html = fillShell(shell, {
      title: "Cost $& $' $$",
      lang: 'vi',
      slides: ['<svg>one</svg>'],
      notes: ["<p>Only $5 and $& and $'</p>"],
    });
    expect(html).toBe(
      '<html lang="vi"><title>Cost $&amp; $&#39; $$</title><body><div id=":$p"><svg>one</svg></div><div class="bespoke-marp-note" data-index="0" tabindex="0"><p>Only $5 and $& and $\'</p></div><script></script></body></html>',
    );
  });
});
