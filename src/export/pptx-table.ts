// A table of the page as a PowerPoint table: pptxgenjs writes it, cell by cell, in the
// page's fonts, fills, borders and padding; the header row is marked as one (firstRow), so
// PowerPoint's table tools and screen readers know the row heads its columns.
import type { Paragraph, Run, TableCell, TableItem } from './dom-scene.js';
import { faceOf } from './pptx-fonts.js';
import type { loadPptxGen } from './pptx.js';

type Slide = ReturnType<InstanceType<Awaited<ReturnType<typeof loadPptxGen>>>['addSlide']>;
type Border = { type: 'solid' | 'none'; pt?: number; color?: string };

const inch = (px: number) => px / 96;
const pt = (px: number) => px * 0.75;
/** pptxgenjs's words for the page's alignments; a justified cell is set flush left. */
const ALIGN: Readonly<Record<Paragraph['align'], 'left' | 'center' | 'right'>> = {
  l: 'left',
  ctr: 'center',
  r: 'right',
  just: 'left',
};
const VALIGN: Readonly<Record<TableCell['anchor'], 'top' | 'middle' | 'bottom'>> = {
  t: 'top',
  ctr: 'middle',
  b: 'bottom',
};

/** pptxgenjs has no word for a header row: its table properties are given it afterwards. */
export function markHeaderRow(xml: string): string {
  return xml.replace('<a:tblPr/>', '<a:tblPr firstRow="1"/>');
}

export function addTable(slide: Slide, item: TableItem, name: string, lang: string): void {
  const rows = item.rows.map((row) => row.cells.map((cell) => tableCell(cell, lang)));
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

function tableCell(cell: TableCell, lang: string) {
  const border = cell.borders.map((b) =>
    b ? { type: 'solid' as const, pt: pt(b.widthPx), color: b.colour.hex } : { type: 'none' as const },
  ) as [Border, Border, Border, Border];
  const [l, t, r, b] = cell.insets;
  return {
    text: cellRuns(cell, lang),
    options: {
      ...(cell.fill ? { fill: { color: cell.fill.hex } } : {}),
      margin: [inch(t), inch(r), inch(b), inch(l)] as [number, number, number, number],
      valign: VALIGN[cell.anchor],
      border,
      ...(cell.colspan > 1 ? { colspan: cell.colspan } : {}),
      ...(cell.rowspan > 1 ? { rowspan: cell.rowspan } : {}),
    },
  };
}

function cellRuns(cell: TableCell, lang: string) {
  return cell.paragraphs.flatMap((p, pi) =>
    p.runs.map((run, ri) => {
      // A line break inside a cell starts a new paragraph there: pptxgenjs writes a soft
      // break as a second paragraph property list, which a strict client rejects.
      const lastOfParagraph = ri === p.runs.length - 1 && pi < cell.paragraphs.length - 1;
      const breakLine = lastOfParagraph || p.runs[ri + 1]?.breakBefore === true;
      return { text: run.text, options: runOptions(run, p, lang, breakLine) };
    }),
  );
}

function runOptions(run: Run, p: Paragraph, lang: string, breakLine: boolean) {
  const face = faceOf(run.font, run.weight, run.italic);
  return {
    fontFace: face.typeface,
    fontSize: pt(run.sizePx),
    bold: face.bold,
    italic: face.italic,
    color: run.colour.hex,
    lang,
    lineSpacing: pt(p.lineHeightPx),
    align: ALIGN[p.align],
    ...(run.underline ? { underline: { style: 'sng' as const } } : {}),
    // Letter spacing, and the room an emoji's spacer keeps (dom-flow.ts spacerRun).
    ...(run.spacingPx ? { charSpacing: pt(run.spacingPx) } : {}),
    ...(run.link ? { hyperlink: { url: run.link } } : {}),
    ...(breakLine ? { breakLine: true } : {}),
  };
}
