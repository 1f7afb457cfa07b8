// A PPTX keeps one media part per distinct picture (issue 22, finding 7): pptxgenjs wrote one per
// use, so a picture on 40 slides was 40 parts.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { shareMedia } from '../../src/export/pptx-media.js';

const rel = (target: string) =>
  `<Relationships><Relationship Id="rId1" Type="image" Target="${target}"/></Relationships>`;

describe('shareMedia', () => {
  it('points every relationship to a copy at the first part with the same bytes, and drops the copies', async () => {
    const zip = new JSZip();
    zip.file('ppt/media/image-1-1.png', 'same bytes');
    zip.file('ppt/media/image-2-1.png', 'same bytes');
    zip.file('ppt/media/image-3-1.png', 'other bytes');
    zip.file('ppt/slides/_rels/slide1.xml.rels', rel('../media/image-1-1.png'));
    zip.file('ppt/slides/_rels/slide2.xml.rels', rel('../media/image-2-1.png'));
    zip.file('ppt/slides/_rels/slide3.xml.rels', rel('../media/image-3-1.png'));
    await shareMedia(zip);
    expect(zip.file(/^ppt\/media\//).map((f) => f.name)).toEqual([
      'ppt/media/image-1-1.png',
      'ppt/media/image-3-1.png',
    ]);
    const target = async (n: number) =>
      /Target="([^"]+)"/.exec(
        (await zip.file(`ppt/slides/_rels/slide${n}.xml.rels`)?.async('string')) ?? '',
      )?.[1];
    expect([await target(1), await target(2), await target(3)]).toEqual([
      '../media/image-1-1.png',
      '../media/image-1-1.png',
      '../media/image-3-1.png',
    ]);
  });
});
