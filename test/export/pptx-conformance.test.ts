import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { conform } from '../../src/export/pptx-conformance.js';

const APP = `<Properties xmlns:vt="v"><HeadingPairs><vt:vector size="6" baseType="variant"></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="12" baseType="lpstr"><vt:lpstr>Arial</vt:lpstr><vt:lpstr>Slide 1</vt:lpstr></vt:vector></TitlesOfParts></Properties>`;

async function conformed() {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<Types><Default Extension="jpg" ContentType="image/jpg"/><Override PartName="/ppt/slides/slide1.xml" ContentType="s"/><Override PartName="/ppt/slideMasters/slideMaster9.xml" ContentType="m"/></Types>',
  );
  zip.file(
    'ppt/presentation.xml',
    '<p:presentation><p:sldMasterIdLst/><p:sldIdLst><p:sldId id="256"/></p:sldIdLst><p:notesMasterIdLst><p:notesMasterId r:id="rId9"/></p:notesMasterIdLst><p:sldSz/></p:presentation>',
  );
  zip.file(
    'ppt/slides/slide1.xml',
    '<p:sld><p:cNvPr id="3" name="Title"/><p:cNvPr id="3" name="Table"/>' +
      '<a:p><a:pPr algn="l"/><a:r><a:t>a</a:t></a:r><a:pPr algn="l"/><a:r><a:t>b</a:t></a:r></a:p></p:sld>',
  );
  zip.file('docProps/app.xml', APP);
  await conform(zip, ['Cover & intro', 'Agenda'], ['Be Vietnam Pro']);
  const read = (path: string) => zip.file(path)!.async('string');
  return {
    types: await read('[Content_Types].xml'),
    presentation: await read('ppt/presentation.xml'),
    slide: await read('ppt/slides/slide1.xml'),
    app: await read('docProps/app.xml'),
  };
}

describe('a PPTX package made exact for a strict client', () => {
  it('names only parts that exist, and types JPEG as image/jpeg', async () => {
    const { types } = await conformed();
    expect(types).toContain('/ppt/slides/slide1.xml');
    expect(types).not.toContain('slideMaster9');
    expect(types).toContain('image/jpeg');
  });

  it('lists the notes master before the slides, as the schema orders them', async () => {
    const { presentation } = await conformed();
    expect(presentation.indexOf('notesMasterIdLst')).toBeLessThan(presentation.indexOf('sldIdLst'));
  });

  it('gives each shape its own id and each paragraph one property list', async () => {
    const { slide } = await conformed();
    expect([...slide.matchAll(/cNvPr id="(\d+)"/g)].map((m) => m[1])).toEqual(['3', '4']);
    expect(slide.match(/<a:pPr/g)).toHaveLength(1);
    expect(slide).toContain('<a:t>b</a:t>');
  });

  it('names the deck fonts and slide titles in app.xml', async () => {
    const { app } = await conformed();
    expect(app).toContain('<vt:lpstr>Be Vietnam Pro</vt:lpstr>');
    expect(app).toContain('<vt:lpstr>Cover &amp; intro</vt:lpstr>');
    expect(app).not.toContain('Arial');
    expect(app).toContain('size="4" baseType="lpstr"');
  });
});
