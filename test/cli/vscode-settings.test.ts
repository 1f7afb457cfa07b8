// The workspace settings for Marp for VS Code (.vscode/settings.json) preview decks/<name>.md
// as the build renders it: the build's theme, no math, and an HTML setting under which every
// tag the deck renderer writes renders exactly as under the build's allowlist, while scripts,
// frames, styles and event handlers are dropped by both. (`markdown.marp.html` is off, default
// or all: it cannot name an allowlist. `default` is marp-core's own, which holds ours.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Marp, type MarpOptions } from '@marp-team/marp-core';
import type { Image } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { THEME_PATH } from '../../src/cli/locations.js';
import type { Asset } from '../../src/model/deck.js';
import { HTML_ALLOWLIST } from '../../src/render/engine.js';
import { VFile } from 'vfile';
import { readRecap } from '../../src/recap/read.js';
import { plan } from '../helpers.js';

const project = join(import.meta.dirname, '..', '..');
const settings = JSON.parse(readFileSync(join(project, '.vscode', 'settings.json'), 'utf8')) as Record<
  string,
  unknown
>;

/** What Marp for VS Code passes marp-core for the workspace's `markdown.marp.html` (src/option.ts there). */
function vscodeHtmlOption(): MarpOptions['html'] {
  const html = settings['markdown.marp.html'];
  if (html === 'all') return true;
  if (html === 'off') return false;
  // The legacy setting still turns every tag on when `html` is left at its default.
  return settings['markdown.marp.enableHtml'] ? true : undefined;
}

const render = (markdown: string, html: MarpOptions['html']) =>
  new Marp({ html, math: false, minifyCSS: false }).render(markdown).html;

const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** A recap's deck as the build writes decks/<name>.md, every picture found. */
function deckMarkdown(file: string): string {
  const text = readFileSync(file, 'utf8');
  const urls = new Set<string>();
  // (Read, not planned: the pictures' addresses are all this pass needs.)
  visit(readRecap(text, new VFile({ path: file })).tree, 'image', (node: Image) => {
    urls.add(node.url);
  });
  const assets = new Map<string, Asset>([...urls].map((url) => [url, { ok: true, dataUri: PIXEL }]));
  return plan(text, file, assets).markdown;
}

describe('.vscode/settings.json', () => {
  it('previews with the build theme and without math', () => {
    expect(settings['markdown.marp.themes']).toEqual(['./themes/aws.css']);
    expect(join(project, 'themes', 'aws.css')).toBe(THEME_PATH);
    expect(settings['markdown.marp.mathTypesetting']).toBe('off');
  });

  it('renders every deck of the corpus and event-4 exactly as the build allowlist does', () => {
    const corpus = join(project, 'test', 'corpus');
    const files = [
      join(project, 'recaps', 'event-4.md'),
      ...readdirSync(corpus)
        .filter((f) => /^\d.*\.md$/.test(f))
        .map((f) => join(corpus, f)),
    ];
    let html = 0;
    for (const file of files) {
      const markdown = deckMarkdown(file);
      html += (markdown.match(/<(p|span|div|figure|img|wbr|br)[\s>]/g) ?? []).length;
      // The preview cannot take a table's planned column widths (an inline style): there the
      // theme leaves the widths to the browser. Everything else renders the same.
      const built = render(markdown, HTML_ALLOWLIST).replace(/ style="(--col-\d+: [\d.]+%; ?)+"/g, '');
      expect(render(markdown, vscodeHtmlOption()), file).toBe(built);
    }
    // The decks do carry HTML of their own for the comparison to be about.
    expect(html).toBeGreaterThan(100);
  }, 120_000);

  it('drops what the build drops that could run or reach out', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '<iframe src="https://example.com/"></iframe>',
      '<img src="x" onerror="alert(1)">',
      '<p onclick="alert(1)" style="color:red">styled</p>',
      '<style>body{display:none}</style>',
      '<object data="x.swf"></object>',
      '<form action="https://example.com/"><input name="q"></form>',
    ].join('\n\n');
    for (const html of [vscodeHtmlOption(), HTML_ALLOWLIST]) {
      const out = render(`# Hostile\n\n${hostile}\n`, html)
        .replace(/<script>!function[\s\S]*?<\/script>/, '')
        .replace(/<\/?(section|div|svg|foreignObject)[^>]*>/g, '');
      expect(out).not.toMatch(/<(script|iframe|style|object|form|input)\b/);
      expect(out).not.toMatch(/<[^>]*\s(on\w+|style)=/);
    }
  });
});
