// Finishes a PPTX that pptxgenjs wrote, for what pptxgenjs cannot do: our own DrawingML in
// place of its marker objects, speaker notes as paragraphs in the deck's language, the
// footer and number placeholders of the layout, the exact 16:9 size, embedded fonts, each
// picture once, and document metadata that names the deck, not the tool.
import JSZip from 'jszip';
import { conform } from './pptx-conformance.js';
import { embedFaces, type Face, type EmbeddedFace } from './pptx-fonts.js';
import { shareMedia } from './pptx-media.js';
import { coreXml } from './pptx-metadata.js';
import { notesParagraphsXml } from './pptx-notes.js';
import { addPlaceholders } from './pptx-placeholders.js';
import { EMU_PER_PX } from './pptx-shape-xml.js';
import { escapeXml } from './pptx-xml.js';
import type { SceneSlide } from './dom-scene.js';
import type { PptxInfo } from './types.js';

export interface Replacement {
  /** The marker object's name. */
  name: string;
  /** Our XML for it, given the id pptxgenjs gave it, its hyperlinks' relationship ids and
   * what pptxgenjs wrote (a picture or table is kept, and changed in part). */
  xml: (id: number, linkIds: string[], written: string) => string;
}

export interface PackageParts {
  /** Per slide, the marker objects to replace. */
  replacements?: Replacement[][];
  /** Faces the text is set in, to embed. */
  faces?: Face[];
  /** The slides as written, whose footer and number the layout's placeholders take. */
  scene?: SceneSlide[];
}

export async function finishPackage(
  written: Uint8Array,
  info: PptxInfo,
  parts: PackageParts,
): Promise<Uint8Array> {
  const fonts = parts.faces?.length ? embedFaces(parts.faces) : Promise.resolve([]);
  const zip = await JSZip.loadAsync(written);
  const edit = async (path: string, change: (xml: string) => string) => {
    const file = zip.file(path);
    if (file) zip.file(path, change(await file.async('string')));
  };
  const lang = (xml: string) => xml.replace(/lang="en-US"/g, `lang="${info.langTag}"`);
  await Promise.all(
    info.slides.map(async (slide, i) => {
      const marks = parts.replacements?.[i] ?? [];
      await edit(`ppt/slides/slide${i + 1}.xml`, (xml) => lang(replaceMarkers(xml, marks)));
      await edit(`ppt/notesSlides/notesSlide${i + 1}.xml`, (xml) =>
        lang(
          xml.replace(
            /(<p:ph type="body" idx="1"\/><\/p:nvPr><\/p:nvSpPr><p:spPr\/>)<p:txBody>[\s\S]*?<\/p:txBody>/,
            (_, head: string) => {
              const body =
                notesParagraphsXml(slide.notes, info.langTag) ||
                `<a:p><a:endParaRPr lang="${info.langTag}"/></a:p>`;
              return `${head}<p:txBody><a:bodyPr/><a:lstStyle/>${body}</p:txBody>`;
            },
          ),
        ),
      );
    }),
  );
  if (parts.scene) await addPlaceholders(zip, parts.scene, info.langTag);
  const embedded = await fonts;
  await embedFonts(zip, embedded);
  await edit('ppt/presentation.xml', (xml) =>
    xml
      // pptxgenjs rounds through inches; the size in EMU is exact.
      .replace(
        /<p:sldSz [^>]*\/>/,
        `<p:sldSz cx="${Math.round(info.size.width * EMU_PER_PX)}" ` +
          `cy="${Math.round(info.size.height * EMU_PER_PX)}"/>`,
      )
      .replace(/<p:notesSz [^>]*\/>/, '<p:notesSz cx="6858000" cy="9144000"/>')
      .replace(/ saveSubsetFonts="1"/, embedded.length > 0 ? ' embedTrueTypeFonts="1"' : ''),
  );
  zip.file('docProps/core.xml', coreXml(info));
  await shareMedia(zip);
  await conform(
    zip,
    info.slides.map((slide) => slide.title),
    [...new Set(embedded.map((face) => face.typeface))],
  );
  // Pictures and fonts are compressed already or nearly so: stored as they are.
  for (const file of zip.file(/^ppt\/media\/./))
    zip.file(file.name, await file.async('uint8array'), { compression: 'STORE' });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** Marks the slide's title placeholder (pptxgenjs names it after the layout's placeholder). */
export const TITLE_MARK = '#title';

/** Puts our XML where pptxgenjs put each marker (a shape, a picture or a table), keeping its
 * id and its link relationships. */
function replaceMarkers(xml: string, marks: Replacement[]): string {
  if (marks.length === 0) return xml;
  const byName = new Map(marks.map((m) => [m.name, m]));
  return xml.replace(
    /<p:(sp|pic|graphicFrame)>\s*<p:nv\w+Pr>\s*<p:cNvPr id="(\d+)" name="([^"]*)"[\s\S]*?<\/p:\1>/g,
    (whole, _kind: string, id: string, name: string) => {
      const mark = byName.get(/<p:ph[^>]*type="title"/.test(whole) ? TITLE_MARK : name);
      if (!mark) return whole;
      const links = [...whole.matchAll(/<a:hlinkClick r:id="(rId\d+)"/g)].map((m) => m[1]!);
      return mark.xml(Number(id), links, whole);
    },
  );
}

const SLOT_ORDER = ['regular', 'bold', 'italic', 'boldItalic'] as const;

async function embedFonts(zip: JSZip, faces: EmbeddedFace[]): Promise<void> {
  if (faces.length === 0) return;
  const relsPath = 'ppt/_rels/presentation.xml.rels';
  let rels = (await zip.file(relsPath)?.async('string')) ?? '';
  let next = Math.max(0, ...[...rels.matchAll(/Id="rId(\d+)"/g)].map((m) => Number(m[1]))) + 1;
  const byTypeface = new Map<string, string[]>();
  faces.forEach((face, i) => {
    const id = `rId${next++}`;
    const file = `fonts/font${i + 1}.fntdata`;
    zip.file(`ppt/${file}`, face.data);
    rels = rels.replace(
      '</Relationships>',
      `<Relationship Id="${id}"` +
        ' Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/font"' +
        ` Target="${file}"/></Relationships>`,
    );
    const slots = byTypeface.get(face.typeface) ?? [];
    slots[SLOT_ORDER.indexOf(face.slot)] = `<p:${face.slot} r:id="${id}"/>`;
    byTypeface.set(face.typeface, slots);
  });
  zip.file(relsPath, rels);
  const list = [...byTypeface.entries()]
    .map(
      ([typeface, slots]) =>
        `<p:embeddedFont><p:font typeface="${escapeXml(typeface)}" pitchFamily="2" charset="0"/>` +
        `${slots.join('')}</p:embeddedFont>`,
    )
    .join('');
  const presentation = (await zip.file('ppt/presentation.xml')?.async('string')) ?? '';
  zip.file(
    'ppt/presentation.xml',
    presentation.replace(/(<p:notesSz [^>]*\/>)/, `$1<p:embeddedFontLst>${list}</p:embeddedFontLst>`),
  );
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  if (!types.includes('Extension="fntdata"'))
    zip.file(
      '[Content_Types].xml',
      types.replace(
        '<Default Extension="xml"',
        '<Default Extension="fntdata" ContentType="application/x-fontdata"/><Default Extension="xml"',
      ),
    );
}
