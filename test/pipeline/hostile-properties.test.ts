// Generated hostile recaps and file names (issue 22): whatever they hold, reading, loading
// pictures, planning and rendering end in a deck or recap-deck's own one-line error, in bounded
// time, and nothing of a file outside the static and recap folders reaches the deck.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { load } from 'js-yaml';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { loadImages } from '../../src/assets/images.js';
import { RecapError } from '../../src/errors.js';
import { readRecap } from '../../src/recap/read.js';
import { indexHtml } from '../../src/render/index-page.js';
import { plan } from '../helpers.js';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/** A project with secrets beside it and links, a FIFO and a hidden picture among its pictures. */
function project() {
  const root = mkdtempSync(join(tmpdir(), 'recap-deck-hostile-'));
  const outside = mkdtempSync(join(tmpdir(), 'recap-deck-secret-'));
  for (const dir of ['recaps', 'static/images', '.git']) mkdirSync(join(root, dir), { recursive: true });
  writeFileSync(join(root, '.git', 'config'), 'SECRET-GIT\n');
  writeFileSync(join(root, '.env'), 'SECRET-ENV\n');
  writeFileSync(join(outside, 'secret.png'), Buffer.concat([PNG, Buffer.from('SECRET-OUT')]));
  writeFileSync(join(root, 'static', 'images', 'ok.png'), PNG);
  writeFileSync(
    join(root, 'static', 'images', '.hidden.png'),
    Buffer.concat([PNG, Buffer.from('SECRET-DOT')]),
  );
  const images = join(root, 'static', 'images');
  symlinkSync('../../.git/config', join(images, 'git.png'));
  symlinkSync('../../.env', join(images, 'env.png'));
  symlinkSync(join(outside, 'secret.png'), join(images, 'out.png'));
  execFileSync('mkfifo', [join(images, 'fifo.png')]);
  return root;
}

const picture = fc.constantFrom(
  '/images/git.png',
  '/images/env.png',
  '/images/out.png',
  '/images/fifo.png',
  '/images/.hidden.png',
  '/images/ok.png',
  '/images/ok.png?v=1#x',
  '/images/%2e%2e/%2e%2e/.env',
  '../.git/config',
  '../../../../../../etc/passwd',
  'file:///etc/passwd',
  '//evil.example/x.png',
  'javascript:alert(1)',
);
const nesting = fc
  .tuple(fc.constantFrom('- ', '> ', '1. ', '* '), fc.integer({ min: 1, max: 400 }))
  .map(([marker, depth]) => `${marker.repeat(depth)}deep words`);
const aliasBomb = fc.integer({ min: 1, max: 9 }).map((levels) => {
  const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < levels; i += 1)
    lines.push(
      `a${i}: &a${i} [${Array(9)
        .fill(`*a${i - 1}`)
        .join(', ')}]`,
    );
  return `${lines.join('\n')}\nauthor: *a${levels - 1}\ndate: *a${levels - 1}\n`;
});
const frontMatter = fc.oneof(
  fc.constant(''),
  aliasBomb.map((yaml) => `---\ntitle: Bomb\n${yaml}---\n`),
  fc.integer({ min: 0, max: 3000 }).map((n) => `---\ntitle: "${'t'.repeat(n)}"\nauthors: [a, {b: 1}]\n---\n`),
);
const text = fc.constantFrom(
  'Plain words about AWS.',
  '<script>alert(1)</script>',
  '<!-- class: invert -->',
  '--> and <!--',
  'backgroundImage: "url(http://evil.example/a.png)"',
  '{{< figure src="/images/out.png" >}}',
  '<img src="/images/git.png" onerror="x">',
);
const block = fc.oneof(
  picture.map((url) => `![pic](${url})`),
  nesting,
  text,
  fc.integer({ min: 1, max: 3 }).map((n) => `${'#'.repeat(n + 1)} Heading`),
);
const recap = fc
  .tuple(frontMatter, fc.array(block, { minLength: 1, maxLength: 12 }))
  .map(([front, blocks]) => `${front}# Hostile\n\n${blocks.join('\n\n')}\n`);
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS) || 40, seed: 20261207 };

describe('hostile recaps', () => {
  const root = project();
  it('end in a deck or one RecapError, fast, with no secret embedded', async () => {
    await fc.assert(
      fc.asyncProperty(recap, async (source) => {
        const started = Date.now();
        const file = join(root, 'recaps', 'x.md');
        try {
          const warnings = new VFile({ path: 'recaps/x.md' });
          const parsed = readRecap(source, warnings);
          const roots = { recapDir: join(root, 'recaps'), staticDir: join(root, 'static'), projectDir: root };
          const assets = await loadImages(parsed.tree, roots, warnings);
          for (const asset of assets.values())
            if (asset.ok)
              expect(Buffer.from(asset.dataUri.split(',')[1]!, 'base64').toString('latin1')).not.toContain(
                'SECRET',
              );
          const { markdown } = plan(source, file, assets);
          expect(markdown).not.toContain('SECRET');
        } catch (error) {
          if (!(error instanceof RecapError)) throw error;
          expect(error.format()).not.toContain('\n');
        }
        expect(Date.now() - started).toBeLessThan(10_000);
      }),
      RUNS,
    );
  }, 120_000);
});

describe('hostile file names', () => {
  it('stay text in the generated Markdown and one file beside the index', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40, unit: 'binary' }), (name) => {
        const { markdown } = plan('# T\n\n## P\n\nWords.\n', `recaps/${name}.md`);
        const header = markdown.split('\n---\n')[0]!.replace(/^---\n/, '');
        expect(Object.keys(load(header) as object)).toEqual([
          'marp',
          'theme',
          'paginate',
          'lang',
          'title',
          'footer',
        ]);
        const html = indexHtml(
          [{ name, title: 'T', lang: 'en', slides: 1, talkSeconds: 60, files: { html: `${name}.html` } }],
          '',
        );
        for (const [, href] of html.matchAll(/href="([^"]+)"/g)) expect(href).toMatch(/^\.\/[^/?#:]+$/);
      }),
      RUNS,
    );
  });
});
