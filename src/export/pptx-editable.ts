// The editable PPTX: every slide of the scene read from the page, written with pptxgenjs
// (package, pictures, tables, notes pages). Text and drawn shapes are held by marker
// objects that pptx-package.ts replaces with DrawingML of our own (pptx-xml.ts), in place,
// so paint order is kept.
import type {
  Paragraph,
  PictureItem,
  SceneItem,
  SceneSlide,
  ShapeItem,
  TableItem,
  TextItem,
} from './dom-scene.js';
import { type Face, faceOf } from './pptx-fonts.js';
import { type Identity, identities, markDecorative, nvSpPrXml } from './pptx-identity.js';
import { finishPackage, type Replacement, TITLE_MARK } from './pptx-package.js';
import { numberAsField, settleNumbers } from './pptx-placeholders.js';
import { shapeXml } from './pptx-shape-xml.js';
import { addTable, markHeaderRow } from './pptx-table.js';
import { textShapeXml } from './pptx-xml.js';
import { loadPptxGen, slideInches } from './pptx.js';
import type { PptxInfo } from './types.js';

type Slide = ReturnType<InstanceType<Awaited<ReturnType<typeof loadPptxGen>>>['addSlide']>;

const inch = (px: number) => px / 96;

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
  const settled = settleNumbers(scene);
  settled.forEach((sceneSlide, index) => {
    const slide = pptx.addSlide({ masterName: 'Recap' });
    slide.background = { color: sceneSlide.background.hex };
    const who = identities(sceneSlide.items);
    const marks = sceneSlide.items.flatMap((item, i) => {
      // Names are unique on their slide: each marks its object until the package is finished.
      const self = who[i]!;
      const name = item.kind === 'text' && item.role === 'title' ? TITLE_MARK : self.name;
      return addItem(item, { slide, name, self, number: index + 1, langTag: info.langTag, faces });
    });
    slide.addNotes(' ');
    replacements.push(marks);
  });
  const written = (await pptx.write({ outputType: 'nodebuffer', compression: false })) as Uint8Array;
  return finishPackage(written, info, { replacements, faces, scene: settled });
}

/** Where an item goes and what marks it: its slide, its name there, who it is, the slide's number. */
interface Placing {
  slide: Slide;
  name: string;
  self: Identity;
  number: number;
  langTag: string;
  /** The faces the deck's text is set in, gathered for embedding. */
  faces: Face[];
}

/** Adds an item to its slide; the marks it needs in the finished package. */
function addItem(item: SceneItem, at: Placing): Replacement[] {
  switch (item.kind) {
    case 'picture':
      return addPictureItem(item, at);
    case 'table':
      return addTableItem(item, at);
    case 'shape':
      return addShapeItem(item, at);
    default:
      return addTextItem(item, at);
  }
}

function addPictureItem(item: PictureItem, { slide, name, self }: Placing): Replacement[] {
  addPicture(slide, item, name);
  return self.decorative ? [{ name, xml: (_id, _links, written) => markDecorative(written) }] : [];
}

function addTableItem(item: TableItem, { slide, name, langTag, faces }: Placing): Replacement[] {
  for (const row of item.rows) for (const cell of row.cells) faces.push(...facesOf(cell.paragraphs));
  addTable(slide, item, name, langTag);
  return item.header ? [{ name, xml: (_id, _links, written) => markHeaderRow(written) }] : [];
}

function addShapeItem(item: ShapeItem, { slide, name, self }: Placing): Replacement[] {
  marker(slide, name, [], false);
  return [{ name, xml: (id) => shapeXml(item.box, item.style, nvSpPrXml(id, self, false)) }];
}

function addTextItem(item: TextItem, { slide, name, self, number, langTag, faces }: Placing): Replacement[] {
  faces.push(...facesOf(item.paragraphs));
  const links = item.paragraphs.flatMap((p) => p.runs.flatMap((r) => (r.link ? [r.link] : [])));
  marker(slide, name, links, item.role === 'title');
  const text = item.role === 'number' ? numberAsField(item, number) : item;
  return [
    {
      name,
      xml: (id, linkIds) => {
        let next = 0;
        const nv = nvSpPrXml(id, self, !item.shape);
        return textShapeXml(text, nv, langTag, () => linkIds[next++]);
      },
    },
  ];
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
