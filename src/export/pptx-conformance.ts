// Makes the package exact for a strict client (ECMA-376, transitional): the content types
// name only parts that exist and type a JPEG as image/jpeg, presentation.xml lists its notes
// master before its slides, every shape on a slide has an id of its own, a paragraph has one
// property list (pptxgenjs repeats it before each run of a table cell), and app.xml names
// the deck's own fonts and slide titles rather than pptxgenjs's defaults.
import type JSZip from 'jszip';
import { appXml } from './pptx-metadata.js';

export async function conform(zip: JSZip, titles: string[], typefaces: string[]): Promise<void> {
  const read = async (path: string) => (await zip.file(path)?.async('string')) ?? '';
  const types = await read('[Content_Types].xml');
  zip.file(
    '[Content_Types].xml',
    types
      .replace(/<Override PartName="\/([^"]+)"[^>]*\/>/g, (whole, part: string) =>
        zip.file(part) ? whole : '',
      )
      .replace(/ContentType="image\/jpg"/g, 'ContentType="image/jpeg"'),
  );
  const presentation = await read('ppt/presentation.xml');
  const notesMaster = /<p:notesMasterIdLst>[\s\S]*?<\/p:notesMasterIdLst>/.exec(presentation)?.[0];
  if (notesMaster)
    zip.file(
      'ppt/presentation.xml',
      presentation.replace(notesMaster, '').replace('<p:sldIdLst>', `${notesMaster}<p:sldIdLst>`),
    );
  for (const file of zip.file(/^ppt\/slides\/slide\d+\.xml$/))
    zip.file(file.name, onePropertyList(uniqueIds(await file.async('string'))));
  zip.file('docProps/app.xml', appXml(await read('docProps/app.xml'), titles, typefaces));
}

/** A paragraph's properties come once, first: later copies (the same, before each run) go. */
function onePropertyList(xml: string): string {
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (whole, inner: string) => {
    let first = true;
    const kept = inner.replace(/<a:pPr\b[^>]*\/>|<a:pPr\b[^>]*>[\s\S]*?<\/a:pPr>/g, (props) => {
      if (!first) return '';
      first = false;
      return props;
    });
    return kept === inner ? whole : `<a:p>${kept}</a:p>`;
  });
}

/** Shape ids are unique on their slide: a repeated one takes the next free number. */
function uniqueIds(xml: string): string {
  const ids = [...xml.matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => Number(m[1]));
  let next = Math.max(0, ...ids) + 1;
  const seen = new Set<number>();
  return xml.replace(/<p:cNvPr id="(\d+)"/g, (whole, id: string) => {
    if (!seen.has(Number(id))) {
      seen.add(Number(id));
      return whole;
    }
    seen.add(next);
    return `<p:cNvPr id="${next++}"`;
  });
}
