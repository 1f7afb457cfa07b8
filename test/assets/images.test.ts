// Images are embedded only from inside the project; escapes by path or symlink, and
// remote pictures (unless allowed), are refused with a warning at their line.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DECK_PICTURES_LIMIT_BYTES, loadImages } from '../../src/assets/images.js';
import { VFile } from 'vfile';
import { warningsOf } from '../../src/errors.js';
import { readRecap } from '../../src/recap/read.js';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

function project() {
  const root = mkdtempSync(join(tmpdir(), 'recap-deck-images-'));
  const outside = mkdtempSync(join(tmpdir(), 'recap-deck-outside-'));
  mkdirSync(join(root, 'recaps'));
  mkdirSync(join(root, 'static', 'images'), { recursive: true });
  writeFileSync(join(root, 'static', 'images', 'ok.png'), PNG);
  writeFileSync(join(root, 'recaps', 'near.png'), PNG);
  writeFileSync(join(outside, 'secret.png'), PNG);
  symlinkSync(join(outside, 'secret.png'), join(root, 'static', 'images', 'link.png'));
  return { root, outside };
}

describe('loadImages', () => {
  it('embeds pictures from the static folder and beside the recap, and refuses the rest', async () => {
    const { root, outside } = project();
    const text = [
      '### Pictures',
      '',
      '![ok](/images/ok.png)',
      '',
      '![near](near.png)',
      '',
      `![up](../../../../../../..${outside}/secret.png)`,
      '',
      '![link](/images/link.png)',
      '',
      '![passwd](../../../../../../../etc/passwd)',
      '',
      '![remote](https://example.com/x.png)',
      '',
      '![gone](/images/missing.png)',
    ].join('\n');
    const warnings = new VFile({ path: 'recaps/x.md' });
    const recap = readRecap(text, warnings);
    const assets = await loadImages(
      recap.tree,
      { recapDir: join(root, 'recaps'), staticDir: join(root, 'static'), projectDir: root },
      warnings,
    );
    expect(assets.get('/images/ok.png')).toMatchObject({ ok: true });
    expect((assets.get('/images/ok.png') as { dataUri: string }).dataUri).toMatch(
      /^data:image\/png;base64,iVBOR/,
    );
    expect(assets.get('near.png')).toMatchObject({ ok: true });
    for (const url of [`../../../../../../..${outside}/secret.png`, '/images/link.png'])
      expect(assets.get(url)).toMatchObject({
        ok: false,
        reason: expect.stringMatching(/outside the static folder/),
      });
    expect(assets.get('../../../../../../../etc/passwd')).toMatchObject({ ok: false });
    expect(assets.get('https://example.com/x.png')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/remote image not embedded/),
    });
    expect(assets.get('/images/missing.png')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/image not found/),
    });
    expect(warningsOf(warnings).map((w) => w.location?.line)).toEqual([7, 9, 11, 13, 15]);
  });

  it('takes nothing but real pictures from the static and recap folders (issue 22, finding 1)', async () => {
    const { root } = project();
    mkdirSync(join(root, '.git'));
    writeFileSync(join(root, '.git', 'config'), '[remote "origin"]\n\turl = secret\n');
    writeFileSync(join(root, '.env'), 'TOKEN=secret\n');
    writeFileSync(join(root, 'static', 'images', '.hidden.png'), PNG);
    writeFileSync(join(root, 'static', 'images', 'config.png'), '[core]\n');
    writeFileSync(join(root, 'static', 'images', 'page.svg'), '<html><svg onload="x"></svg></html>');
    writeFileSync(
      join(root, 'static', 'images', 'real-svg.png'),
      '<svg xmlns="http://www.w3.org/2000/svg"/>',
    );
    writeFileSync(join(root, 'other.png'), PNG);
    const link = (target: string, name: string) => symlinkSync(target, join(root, 'static', 'images', name));
    link('../../.git/config', 'git.png');
    link('../../.env', 'env.png');
    link('../../other.png', 'project.png');
    execFileSync('mkfifo', [join(root, 'static', 'images', 'fifo.png')]);
    const names = ['git', 'env', '.hidden', 'config', 'page.svg', 'project', 'fifo', 'real-svg'];
    const text = names.map((n) => `![${n}](/images/${n.includes('.svg') ? n : `${n}.png`})`).join('\n\n');
    const warnings = new VFile({ path: 'recaps/x.md' });
    const started = Date.now();
    const assets = await loadImages(
      readRecap(text, warnings).tree,
      { recapDir: join(root, 'recaps'), staticDir: join(root, 'static'), projectDir: root },
      warnings,
    );
    expect(Date.now() - started).toBeLessThan(5000);
    const reasons = [...assets.values()].map((a) => (a.ok ? a.dataUri.slice(0, 26) : a.reason));
    expect(reasons).toEqual([
      expect.stringMatching(/git\.png is outside the static folder/),
      expect.stringMatching(/env\.png is outside the static folder/),
      expect.stringMatching(/hidden file/),
      expect.stringMatching(/config\.png is not a PNG, JPEG/),
      expect.stringMatching(/page\.svg is not a PNG, JPEG/),
      expect.stringMatching(/project\.png is outside the static folder/),
      expect.stringMatching(/fifo\.png is not a regular file/),
      // Typed by its bytes, not by its name.
      'data:image/svg+xml;base64,',
    ]);
    expect(warningsOf(warnings).map((w) => w.location?.line)).toEqual([1, 3, 5, 7, 9, 11, 13]);
  });

  it('caps what a deck embeds, counting every reference to a picture', async () => {
    const { root } = project();
    // A valid PNG padded past 1 MB: image-size reads its header, the rest is weight.
    writeFileSync(join(root, 'static', 'images', 'big.png'), Buffer.concat([PNG, Buffer.alloc(1024 * 1024)]));
    const many = Array.from({ length: 40 }, () => '![big](/images/big.png)').join('\n\n');
    const warnings = new VFile({ path: 'recaps/x.md' });
    const assets = await loadImages(
      readRecap(`![ok](/images/ok.png)\n\n${many}`, warnings).tree,
      { recapDir: join(root, 'recaps'), staticDir: join(root, 'static'), projectDir: root },
      warnings,
    );
    expect(assets.get('/images/ok.png')).toMatchObject({ ok: true });
    expect(assets.get('/images/big.png')).toMatchObject({ ok: false });
    const embedded = [...assets.values()].reduce((sum, a) => sum + (a.ok ? a.dataUri.length : 0), 0);
    expect(embedded).toBeLessThan(DECK_PICTURES_LIMIT_BYTES);
    expect(warningsOf(warnings)).toEqual([
      {
        message: expect.stringMatching(
          /big\.png not embedded: with its 40 reference\(s\) .* would pass 20\.0 MB/,
        ),
        location: { file: 'recaps/x.md', line: 3, column: 1 },
      },
    ]);
  });

  it('types a fetched picture by its bytes, not by the Content-Type it was sent with', async () => {
    const { root } = project();
    const server = createServer((request, response) => {
      response.writeHead(200, { 'content-type': request.url === '/text.png' ? 'image/png' : 'image/jpeg' });
      response.end(request.url === '/text.png' ? '[core]\n\tsecret = 1\n' : PNG);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const warnings = new VFile({ path: 'recaps/x.md' });
      const assets = await loadImages(
        readRecap(`![a](${base}/text.png)\n\n![b](${base}/real.jpg)`, warnings).tree,
        {
          recapDir: join(root, 'recaps'),
          staticDir: join(root, 'static'),
          projectDir: root,
          fetchRemote: true,
        },
        warnings,
      );
      expect(assets.get(`${base}/text.png`)).toMatchObject({
        ok: false,
        reason: expect.stringMatching(/labelled image\/png but its bytes are no such picture/),
      });
      expect((assets.get(`${base}/real.jpg`) as { dataUri: string }).dataUri).toMatch(
        /^data:image\/png;base64,/,
      );
    } finally {
      server.close();
    }
  });
});
