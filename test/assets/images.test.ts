// Images are embedded only from inside the project; escapes by path or symlink, and
// remote pictures (unless allowed), are refused with a warning at their line.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadImages } from '../../src/assets/images.js';
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
        reason: expect.stringMatching(/outside the project/),
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
});
