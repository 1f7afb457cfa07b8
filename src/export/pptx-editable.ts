// The editable PPTX: every slide of the scene read from the page, written with pptxgenjs
// (package, pictures, tables, notes pages). Text and drawn shapes are held by marker
// objects that pptx-package.ts replaces with DrawingML of our own (pptx-xml.ts), in place,
// so paint order is kept.
import type { Paragraph, PictureItem, SceneSlide, TableItem, TextItem } from './dom-scene.js';
import { faceOf, type Face } from './pptx-fonts.js';
import { loadPptxGen, slideInches } from './pptx.js';
import type { PptxInfo } from './types.js';

type Slide = ReturnType<InstanceType<Awaited<ReturnType<typeof loadPptxGen>>>['addSlide']>;
type Border = { type: 'solid' | 'none'; pt?: number; color?: string };
import { finishPackage, type Replacement, TITLE_MARK } from './pptx-package.js';
import { shapeXml, textShapeXml } from './pptx-xml.js';

const inch = (px: number) => px / 96;
const pt = (px: number) => px * 0.75;

export async function buildEditablePptx(scene: SceneSlide[], info: PptxInfo): Promise<Uint8Array> {
  const PptxGen = await loadPptxGen();
  const pptx = new PptxGen();
  pptx.defineLayout({ name: 'RECAP_16x9', ...slideInches(info.size) });
  pptx.layout = 'RECAP_16x9';
  pptx.title = info.title;
  const main = mainFont(scene);
  if (main) pptx.theme = { headFontFace: main, bodyFontFace: main };
  // A layout with a title placeholder: each slide's title fills it, so outlines and screen
  // readers find it; its place on each slide is the slide's own.
  pptx.defineSlideMaster({
    title: 'Recap',
    objects: [
      {
        placeholder: {
          options: { name: 'title', type: 'title', x: 0.75, y: 0.6, w: 11.8, h: 0.9 },
          text: '',
        },
      },
    ],
  });
  const replacements: Replacement[][] = [];
  const faces: Face[] = [];
  scene.forEach((sceneSlide, index) => {
    const slide = pptx.addSlide({ masterName: 'Recap' });
    slide.background = { color: sceneSlide.background.hex };
    const marks: Replacement[] = [];
    for (const [i, item] of sceneSlide.items.entries()) {
      const name = item.kind === 'text' && item.role === 'title' ? TITLE_MARK : `rd:${index}:${i}`;
      if (item.kind === 'picture') {
        addPicture(slide, item, name);
        continue;
      }
      if (item.kind === 'table') {
        for (const row of item.rows) for (const cell of row.cells) faces.push(...facesOf(cell.paragraphs));
        addTable(slide, item, name, info.langTag);
        continue;
      }
      if (item.kind === 'shape') {
        marker(slide, name, [], false);
        marks.push({ name, xml: (id) => shapeXml(item.box, item.style, id, `Shape ${i + 1}`) });
        continue;
      }
      faces.push(...facesOf(item.paragraphs));
      const links = item.paragraphs.flatMap((p) => p.runs.flatMap((r) => (r.link ? [r.link] : [])));
      marker(slide, name, links, item.role === 'title');
      marks.push({
        name,
        xml: (id, linkIds) => {
          let next = 0;
          return textShapeXml(item, id, nameOf(item, i), info.langTag, () => linkIds[next++]);
        },
      });
    }
    slide.addNotes(' ');
    replacements.push(marks);
  });
  const written = (await pptx.write({ outputType: 'nodebuffer', compression: false })) as Uint8Array;
  return finishPackage(written, info, { replacements, faces });
}

/** A stand-in object: pptxgenjs gives it an id, its place in paint order and link relationships. */
function marker(slide: Slide, name: string, links: string[], title: boolean): void {
  const runs = links.length > 0 ? links.map((url) => ({ text: '.', options: { hyperlink: { url } } })) : '.';
  slide.addText(runs, {
    x: 0,
    y: 0,
    w: 0.1,
    h: 0.1,
    objectName: name,
    ...(title ? { placeholder: 'title' } : {}),
  });
}

function nameOf(item: TextItem, i: number): string {
  if (item.role === 'title') return 'Title';
  if (item.role === 'footer') return 'Footer';
  if (item.role === 'number') return 'Slide Number';
  return `${item.shape ? 'Shape' : 'Text'} ${i + 1}`;
}

function facesOf(paragraphs: Paragraph[]): Face[] {
  return paragraphs.flatMap((p) => p.runs.map((r) => faceOf(r.font, r.weight, r.italic)));
}

/** The family most text is set in: new text boxes in the deck use it too. */
function mainFont(scene: SceneSlide[]): string | undefined {
  const counts = new Map<string, number>();
  for (const slide of scene)
    for (const item of slide.items)
      if (item.kind === 'text')
        for (const p of item.paragraphs)
          for (const r of p.runs) counts.set(r.font, (counts.get(r.font) ?? 0) + r.text.length);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function addPicture(slide: Slide, item: PictureItem, name: string): void {
  slide.addImage({
    data: item.src,
    x: inch(item.box.x),
    y: inch(item.box.y),
    w: inch(item.box.w),
    h: inch(item.box.h),
    altText: item.alt,
    objectName: name,
  });
}

function addTable(slide: Slide, item: TableItem, name: string, lang: string): void {
  const rows = item.rows.map((row) =>
    row.cells.map((cell) => {
      const runs = cell.paragraphs.flatMap((p, pi) =>
        p.runs.map((run, ri) => {
          const face = faceOf(run.font, run.weight, run.italic);
          return {
            text: run.text,
            options: {
              fontFace: face.typeface,
              fontSize: pt(run.sizePx),
              bold: face.bold,
              italic: face.italic,
              color: run.colour.hex,
              lang,
              lineSpacing: pt(p.lineHeightPx),
              align:
                p.align === 'ctr'
                  ? ('center' as const)
                  : p.align === 'r'
                    ? ('right' as const)
                    : ('left' as const),
              ...(run.underline ? { underline: { style: 'sng' as const } } : {}),
              ...(run.link ? { hyperlink: { url: run.link } } : {}),
              // A line break inside a cell starts a new paragraph there: pptxgenjs writes a soft
              // break as a second paragraph property list, which a strict client rejects.
              ...((ri === p.runs.length - 1 && pi < cell.paragraphs.length - 1) || p.runs[ri + 1]?.breakBefore
                ? { breakLine: true }
                : {}),
            },
          };
        }),
      );
      const border = cell.borders.map((b) =>
        b ? { type: 'solid' as const, pt: pt(b.widthPx), color: b.colour.hex } : { type: 'none' as const },
      ) as [Border, Border, Border, Border];
      const [l, t, r, b] = cell.insets;
      return {
        text: runs,
        options: {
          ...(cell.fill ? { fill: { color: cell.fill.hex } } : {}),
          margin: [inch(t), inch(r), inch(b), inch(l)] as [number, number, number, number],
          valign:
            cell.anchor === 'ctr'
              ? ('middle' as const)
              : cell.anchor === 'b'
                ? ('bottom' as const)
                : ('top' as const),
          border,
          ...(cell.colspan > 1 ? { colspan: cell.colspan } : {}),
          ...(cell.rowspan > 1 ? { rowspan: cell.rowspan } : {}),
        },
      };
    }),
  );
  slide.addTable(rows, {
    x: inch(item.box.x),
    y: inch(item.box.y),
    w: inch(item.box.w),
    colW: item.columnsPx.map(inch),
    rowH: item.rows.map((r) => inch(r.heightPx)),
    autoPage: false,
    objectName: name,
  });
}
