// The document's metadata as Office reads it: core.xml names the deck, its author and
// language, not the tool; app.xml lists the deck's own fonts and slide titles.
import { escapeXml } from './pptx-xml.js';
import type { PptxInfo } from './types.js';

export function coreXml(info: PptxInfo): string {
  const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const date = (tag: string) => `<dcterms:${tag} xsi:type="dcterms:W3CDTF">${now}</dcterms:${tag}>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties' +
    ' xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"' +
    ' xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/"' +
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(info.title)}</dc:title>` +
    (info.description ? `<dc:subject>${escapeXml(info.description)}</dc:subject>` : '') +
    `<dc:creator>${escapeXml(info.author ?? 'recap-deck')}</dc:creator>` +
    `<dc:language>${escapeXml(info.langTag)}</dc:language>` +
    '<cp:lastModifiedBy>recap-deck</cp:lastModifiedBy><cp:revision>1</cp:revision>' +
    `${date('created')}${date('modified')}</cp:coreProperties>`
  );
}

/** The document's parts as Office lists them: the fonts used, the theme, each slide's title. */
export function appXml(xml: string, titles: string[], typefaces: string[]): string {
  const list = (items: string[]) => items.map((item) => `<vt:lpstr>${escapeXml(item)}</vt:lpstr>`).join('');
  const pair = (name: string, count: number) =>
    `<vt:variant><vt:lpstr>${name}</vt:lpstr></vt:variant><vt:variant><vt:i4>${count}</vt:i4></vt:variant>`;
  return xml
    .replace(/<Application>[^<]*<\/Application>/, '<Application>recap-deck</Application>')
    .replace(/<Company>[^<]*<\/Company>\s*/, '')
    .replace(
      /<HeadingPairs>[\s\S]*?<\/HeadingPairs>/,
      '<HeadingPairs><vt:vector size="6" baseType="variant">' +
        `${pair('Fonts Used', typefaces.length)}${pair('Theme', 1)}${pair('Slide Titles', titles.length)}` +
        '</vt:vector></HeadingPairs>',
    )
    .replace(
      /<TitlesOfParts>[\s\S]*?<\/TitlesOfParts>/,
      `<TitlesOfParts><vt:vector size="${typefaces.length + 1 + titles.length}" baseType="lpstr">` +
        `${list(typefaces)}<vt:lpstr>recap-deck</vt:lpstr>${list(titles)}` +
        '</vt:vector></TitlesOfParts>',
    );
}
