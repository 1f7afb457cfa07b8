// DrawingML for what pptxgenjs cannot say: text bodies with the page's own paragraph
// spacing, indents and bullets, runs tagged with the deck's language, gradient fills, and
// shapes holding text. Lengths arrive in CSS pixels: 1px = 9525 EMU = 0.75pt, so the
// 1280x720 slide is exactly PowerPoint's 12192000x6858000.
import type { Box, Colour, Fill, Paragraph, Run, ShapeStyle, TextItem } from './dom-scene.js';
import { faceOf } from './pptx-fonts.js';

export const EMU_PER_PX = 9525;

const emu = (px: number) => Math.round(px * EMU_PER_PX);
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

export function colourXml(colour: Colour): string {
  const alpha = colour.alpha < 1 ? `<a:alpha val="${Math.round(colour.alpha * 100000)}"/>` : '';
  return `<a:srgbClr val="${colour.hex}">${alpha}</a:srgbClr>`;
}

export function fillXml(fill: Fill | undefined): string {
  if (!fill) return '<a:noFill/>';
  if (fill.kind === 'solid') return `<a:solidFill>${colourXml(fill.colour)}</a:solidFill>`;
  const stops = fill.stops
    .map(
      (s) =>
        `<a:gs pos="${Math.round(Math.min(1, Math.max(0, s.at)) * 100000)}">${colourXml(s.colour)}</a:gs>`,
    )
    .join('');
  if (fill.kind === 'linear') {
    // CSS measures from "to top", clockwise; DrawingML from "to right", clockwise.
    const angle = (((fill.angle - 90) % 360) + 360) % 360;
    return `<a:gradFill rotWithShape="1"><a:gsLst>${stops}</a:gsLst><a:lin ang="${Math.round(angle * 60000)}" scaled="0"/></a:gradFill>`;
  }
  const l = Math.round(fill.centre.x * 100000);
  const t = Math.round(fill.centre.y * 100000);
  return `<a:gradFill rotWithShape="1"><a:gsLst>${stops}</a:gsLst><a:path path="circle"><a:fillToRect l="${l}" t="${t}" r="${100000 - l}" b="${100000 - t}"/></a:path></a:gradFill>`;
}

export function geometryXml(style: ShapeStyle | undefined, box: Box): string {
  if (style?.ellipse) return '<a:prstGeom prst="ellipse"><a:avLst/></a:prstGeom>';
  if (!style || style.radiusPx <= 0) return '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>';
  // roundRect's adjustment is the radius as a share of the shorter side (50000 = half).
  const adj = Math.min(50000, Math.round((style.radiusPx / Math.max(1, Math.min(box.w, box.h))) * 100000));
  return `<a:prstGeom prst="roundRect"><a:avLst><a:gd name="adj" fmla="val ${adj}"/></a:avLst></a:prstGeom>`;
}

function lineXml(style: ShapeStyle | undefined): string {
  if (!style?.line) return '<a:ln><a:noFill/></a:ln>';
  const dash = style.line.dashed ? '<a:prstDash val="dash"/>' : '';
  return `<a:ln w="${emu(style.line.widthPx)}"><a:solidFill>${colourXml(style.line.colour)}</a:solidFill>${dash}</a:ln>`;
}

export function spPrXml(box: Box, style: ShapeStyle | undefined): string {
  const xfrm = `<a:xfrm><a:off x="${emu(box.x)}" y="${emu(box.y)}"/><a:ext cx="${emu(Math.max(box.w, 0.1))}" cy="${emu(Math.max(box.h, 0.1))}"/></a:xfrm>`;
  return `<p:spPr>${xfrm}${geometryXml(style, box)}${fillXml(style?.fill)}${lineXml(style)}</p:spPr>`;
}

/** A run's properties; `links` hands out the relationship ids of its hyperlinks in order. */
export function runPropsXml(run: Run, lang: string, tag: 'a:rPr' | 'a:endParaRPr', link?: string): string {
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
  const fonts = `<a:latin typeface="${typeface}"/><a:ea typeface="${typeface}"/><a:cs typeface="${typeface}"/>`;
  const click = link ? `<a:hlinkClick r:id="${link}"/>` : '';
  return `<${tag} ${attrs}>${fill}${fonts}${click}</${tag}>`;
}

function bulletXml(paragraph: Paragraph): string {
  const bullet = paragraph.bullet;
  if (!bullet) return '<a:buNone/>';
  const colour = `<a:buClr>${colourXml(bullet.colour)}</a:buClr>`;
  if (bullet.kind === 'char')
    return `${colour}<a:buSzPct val="${bullet.sizePct * 1000}"/><a:buFont typeface="Arial" panose="020B0604020202020204" pitchFamily="34" charset="0"/><a:buChar char="${escapeXml(bullet.char)}"/>`;
  return `${colour}<a:buSzPct val="100000"/><a:buFont typeface="+mj-lt"/><a:buAutoNum type="arabicPeriod" startAt="${bullet.startAt}"/>`;
}

export function paragraphXml(paragraph: Paragraph, lang: string, links: () => string | undefined): string {
  const align = ` algn="${paragraph.align}"`;
  const props =
    `<a:pPr marL="${emu(paragraph.marginPx)}" indent="${emu(paragraph.indentPx)}" lvl="${Math.min(8, paragraph.level)}"${align}>` +
    `<a:lnSpc><a:spcPts val="${centipoints(paragraph.lineHeightPx)}"/></a:lnSpc>` +
    `<a:spcBef><a:spcPts val="${centipoints(paragraph.spaceBeforePx)}"/></a:spcBef><a:spcAft><a:spcPts val="0"/></a:spcAft>` +
    `${bulletXml(paragraph)}</a:pPr>`;
  const runs = paragraph.runs
    .map((run) => {
      const link = run.link ? links() : undefined;
      const br = run.breakBefore ? `<a:br>${runPropsXml(run, lang, 'a:rPr')}</a:br>` : '';
      return run.text
        ? `${br}<a:r>${runPropsXml(run, lang, 'a:rPr', link)}<a:t>${escapeXml(run.text)}</a:t></a:r>`
        : br;
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
  tag = 'p:txBody',
): string {
  const [l, t, r, b] = item.insets.map((v) => emu(Math.max(0, v)));
  const body = `<a:bodyPr wrap="${item.wrap ? 'square' : 'none'}" lIns="${l}" tIns="${t}" rIns="${r}" bIns="${b}" anchor="${item.anchor}" rtlCol="0"><a:noAutofit/></a:bodyPr>`;
  const paragraphs = item.paragraphs.map((p) => paragraphXml(p, lang, links)).join('');
  return `<${tag}>${body}<a:lstStyle/>${paragraphs}</${tag}>`;
}

/** A whole text shape: a text box, a shape holding text, or the slide's title placeholder. */
export function textShapeXml(
  item: TextItem,
  id: number,
  name: string,
  lang: string,
  links: () => string | undefined,
): string {
  const title = item.role === 'title';
  const nv =
    `<p:nvSpPr><p:cNvPr id="${id}" name="${escapeXml(name)}"/>` +
    (title
      ? '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
      : `<p:cNvSpPr${item.shape ? '' : ' txBox="1"'}/>`) +
    `<p:nvPr>${title ? '<p:ph type="title"/>' : ''}</p:nvPr></p:nvSpPr>`;
  return `<p:sp>${nv}${spPrXml(item.box, item.shape)}${textBodyXml(item, lang, links)}</p:sp>`;
}

export function shapeXml(box: Box, style: ShapeStyle, id: number, name: string): string {
  return `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${escapeXml(name)}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>${spPrXml(box, style)}<p:txBody><a:bodyPr rtlCol="0" anchor="ctr"/><a:lstStyle/><a:p><a:endParaRPr lang="en-US" dirty="0"/></a:p></p:txBody></p:sp>`;
}
