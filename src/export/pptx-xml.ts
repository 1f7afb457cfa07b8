// DrawingML text for what pptxgenjs cannot say: text bodies with the page's own paragraph
// spacing, indents and bullets, runs tagged with the deck's language, fields, and shapes
// holding text (their look comes from pptx-shape-xml.ts, their identity from the caller).
import type { Paragraph, Run, TextItem } from './dom-scene.js';
import { faceOf } from './pptx-fonts.js';
import { colourXml, emu, spPrXml, textRectInsets } from './pptx-shape-xml.js';

/** The id of the slide-number field: PowerPoint gives every copy of one field the same. */
const SLIDE_NUMBER_FIELD = '{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}';
/** Hundredths of a point. */
const centipoints = (px: number) => Math.round(px * 75);

/** Characters XML 1.0 cannot hold at all (control characters other than tab and newlines). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to remove
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(XML_INVALID, '');
}

/** A run's properties; `links` hands out the relationship ids of its hyperlinks in order. */
export function runPropsXml(
  run: Run,
  lang: string,
  tag: 'a:rPr' | 'a:endParaRPr' | 'a:defRPr',
  link?: string,
): string {
  const face = faceOf(run.font, run.weight, run.italic);
  const attrs = [
    `lang="${lang}"`,
    `sz="${Math.max(100, centipoints(run.sizePx))}"`,
    `b="${face.bold ? 1 : 0}"`,
    `i="${face.italic ? 1 : 0}"`,
    ...(run.underline ? ['u="sng"'] : []),
    ...(run.spacingPx ? [`spc="${centipoints(run.spacingPx)}"`] : []),
    'dirty="0"',
  ].join(' ');
  const typeface = escapeXml(face.typeface);
  const fill = `<a:solidFill>${colourXml(run.colour)}</a:solidFill>`;
  // (The schema's order: fill, highlight, then the typefaces.)
  const highlight = run.highlight ? `<a:highlight>${colourXml(run.highlight)}</a:highlight>` : '';
  const fonts = ['a:latin', 'a:ea', 'a:cs'].map((script) => `<${script} typeface="${typeface}"/>`).join('');
  const click = link ? `<a:hlinkClick r:id="${link}"/>` : '';
  return `<${tag} ${attrs}>${fill}${highlight}${fonts}${click}</${tag}>`;
}

function bulletXml(paragraph: Paragraph): string {
  const bullet = paragraph.bullet;
  if (!bullet) return '<a:buNone/>';
  const colour = `<a:buClr>${colourXml(bullet.colour)}</a:buClr>`;
  if (bullet.kind === 'char')
    return (
      `${colour}<a:buSzPct val="${bullet.sizePct * 1000}"/>` +
      '<a:buFont typeface="Arial" panose="020B0604020202020204" pitchFamily="34" charset="0"/>' +
      `<a:buChar char="${escapeXml(bullet.char)}"/>`
    );
  return (
    `${colour}<a:buSzPct val="100000"/><a:buFont typeface="+mj-lt"/>` +
    `<a:buAutoNum type="arabicPeriod" startAt="${bullet.startAt}"/>`
  );
}

export function paragraphXml(paragraph: Paragraph, lang: string, links: () => string | undefined): string {
  const align = ` algn="${paragraph.align}"`;
  const props =
    `<a:pPr marL="${emu(paragraph.marginPx)}" indent="${emu(paragraph.indentPx)}"` +
    ` lvl="${Math.min(8, paragraph.level)}"${align}>` +
    `<a:lnSpc><a:spcPts val="${centipoints(paragraph.lineHeightPx)}"/></a:lnSpc>` +
    `<a:spcBef><a:spcPts val="${centipoints(paragraph.spaceBeforePx)}"/></a:spcBef>` +
    '<a:spcAft><a:spcPts val="0"/></a:spcAft>' +
    `${bulletXml(paragraph)}</a:pPr>`;
  const runs = paragraph.runs
    .map((run) => {
      const link = run.link ? links() : undefined;
      const br = run.breakBefore ? `<a:br>${runPropsXml(run, lang, 'a:rPr')}</a:br>` : '';
      if (!run.text) return br;
      const text = `${runPropsXml(run, lang, 'a:rPr', link)}<a:t>${escapeXml(run.text)}</a:t>`;
      // The text a field holds is what it showed when saved: the client writes it anew.
      return run.field
        ? `${br}<a:fld id="${SLIDE_NUMBER_FIELD}" type="slidenum">${text}</a:fld>`
        : `${br}<a:r>${text}</a:r>`;
    })
    .join('');
  const last = paragraph.runs[paragraph.runs.length - 1];
  const end = last ? runPropsXml(last, lang, 'a:endParaRPr') : `<a:endParaRPr lang="${lang}"/>`;
  return `<a:p>${props}${runs}${end}</a:p>`;
}

export function textBodyXml(
  item: Pick<TextItem, 'paragraphs' | 'insets' | 'anchor' | 'wrap'>,
  lang: string,
  links: () => string | undefined,
): string {
  const [l, t, r, b] = item.insets.map((v) => emu(Math.max(0, v)));
  // Text that wraps is body text: added words shrink it to stay in its box, as PowerPoint's
  // own body placeholders do. A label set on one line (a step's number, initials, a kicker,
  // the footer) keeps its size.
  const fit = item.wrap ? '<a:normAutofit/>' : '<a:noAutofit/>';
  const body =
    `<a:bodyPr wrap="${item.wrap ? 'square' : 'none'}" lIns="${l}" tIns="${t}" rIns="${r}" bIns="${b}"` +
    ` anchor="${item.anchor}" rtlCol="0">${fit}</a:bodyPr>`;
  const paragraphs = item.paragraphs.map((p) => paragraphXml(p, lang, links)).join('');
  return `<p:txBody>${body}<a:lstStyle/>${paragraphs}</p:txBody>`;
}

/** A whole text shape: a text box, a shape holding text, or a placeholder the slide fills;
 * `nv` is its non-visual part (pptx-identity.ts). */
export function textShapeXml(
  item: TextItem,
  nv: string,
  lang: string,
  links: () => string | undefined,
): string {
  const inside = withinGeometry(item);
  const roomy = inside.wrap ? withRoom(inside) : inside;
  return `<p:sp>${nv}${spPrXml(roomy.box, item.shape)}${textBodyXml(roomy, lang, links)}</p:sp>`;
}

/** The page's insets, from the shape's box, as insets from its geometry's text rectangle
 * (a rounded card's lies a little inside its corners), so the text starts where the page
 * starts it and wraps at the page's width. Where the page sets text closer to an edge than
 * that rectangle allows, it goes as close as it can; text centred on an axis loses as much
 * on both sides, so it stays centred. */
function withinGeometry(item: TextItem): TextItem {
  if (!item.shape) return item;
  const [gl, gt, gr, gb] = textRectInsets(item.shape, item.box);
  const [l, t, r, b] = item.insets;
  const axis = (start: number, end: number, gStart: number, gEnd: number, centred: boolean) => {
    if (!centred) return [Math.max(0, start - gStart), Math.max(0, end - gEnd)] as const;
    const off = Math.min(start, end, Math.max(gStart, gEnd));
    return [start - off, end - off] as const;
  };
  const [left, right] = axis(
    l,
    r,
    gl,
    gr,
    item.paragraphs.every((p) => p.align === 'ctr'),
  );
  const [top, bottom] = axis(t, b, gt, gb, item.anchor === 'ctr');
  return { ...item, insets: [left, top, right, bottom] };
}

/** Text that shrinks to fit gets room below it, 0.3 of its largest font size: the page
 * sets it to fill its box exactly, which LibreOffice (7.4) reads as overflowing, and then
 * shrinks it at once. The text itself stays where it is, in PowerPoint too. */
function withRoom(item: TextItem): TextItem {
  const [l, t, r, b] = item.insets;
  const room = 0.3 * Math.max(0, ...item.paragraphs.flatMap((p) => p.runs.map((run) => run.sizePx)));
  if (!item.shape) return { ...item, box: { ...item.box, h: item.box.h + room } };
  if (item.anchor === 't') return { ...item, insets: [l, t, r, Math.max(0, b - room)] };
  if (item.anchor === 'b') return { ...item, insets: [l, Math.max(0, t - room), r, b] };
  // Centred text: as much off the top as off the bottom, so it stays centred.
  const each = Math.min(t, b, room / 2);
  return { ...item, insets: [l, t - each, r, b - each] };
}
