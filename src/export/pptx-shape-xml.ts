// DrawingML for a shape's look: its place and size, outline, fill (solid, linear or radial
// gradient) and corners. Lengths arrive in CSS pixels: 1px = 9525 EMU = 0.75pt, so the
// 1280x720 slide is exactly PowerPoint's 12192000x6858000.
import type { Box, Colour, Fill, ShapeStyle } from './dom-scene.js';

export const EMU_PER_PX = 9525;

export const emu = (px: number) => Math.round(px * EMU_PER_PX);

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
    const direction = `<a:lin ang="${Math.round(angle * 60000)}" scaled="0"/>`;
    return `<a:gradFill rotWithShape="1"><a:gsLst>${stops}</a:gsLst>${direction}</a:gradFill>`;
  }
  const l = Math.round(fill.centre.x * 100000);
  const t = Math.round(fill.centre.y * 100000);
  const centre = `<a:fillToRect l="${l}" t="${t}" r="${100000 - l}" b="${100000 - t}"/>`;
  const path = `<a:path path="circle">${centre}</a:path>`;
  return `<a:gradFill rotWithShape="1"><a:gsLst>${stops}</a:gsLst>${path}</a:gradFill>`;
}

export function geometryXml(style: ShapeStyle | undefined, box: Box): string {
  if (style?.ellipse) return '<a:prstGeom prst="ellipse"><a:avLst/></a:prstGeom>';
  if (!style || style.radiusPx <= 0) return '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>';
  // roundRect's adjustment is the radius as a share of the shorter side (50000 = half).
  const shorter = Math.max(1, Math.min(box.w, box.h));
  const adj = Math.min(50000, Math.round((style.radiusPx / shorter) * 100000));
  return `<a:prstGeom prst="roundRect"><a:avLst><a:gd name="adj" fmla="val ${adj}"/></a:avLst></a:prstGeom>`;
}

/**
 * How far inside the shape's box its preset geometry puts the text rectangle, CSS px (left,
 * top, right, bottom): a text body's insets are measured from that rectangle, not from the
 * box. A roundRect's lies 0.29289 of its corner radius in (where the corner's arc crosses
 * the diagonal), an ellipse's 0.14645 of its width and height (the inscribed rectangle);
 * PowerPoint and LibreOffice both place text so.
 */
export function textRectInsets(style: ShapeStyle | undefined, box: Box): [number, number, number, number] {
  if (style?.ellipse) {
    const x = (box.w * (1 - Math.SQRT1_2)) / 2;
    const y = (box.h * (1 - Math.SQRT1_2)) / 2;
    return [x, y, x, y];
  }
  if (!style || style.radiusPx <= 0) return [0, 0, 0, 0];
  // From the adjustment geometryXml writes, as the client reads it.
  const shorter = Math.max(1, Math.min(box.w, box.h));
  const adj = Math.min(50000, Math.round((style.radiusPx / shorter) * 100000));
  const inset = ((shorter * adj) / 100000) * 0.29289;
  return [inset, inset, inset, inset];
}

function lineXml(style: ShapeStyle | undefined): string {
  if (!style?.line) return '<a:ln><a:noFill/></a:ln>';
  const dash = style.line.dashed ? '<a:prstDash val="dash"/>' : '';
  const fill = `<a:solidFill>${colourXml(style.line.colour)}</a:solidFill>`;
  return `<a:ln w="${emu(style.line.widthPx)}">${fill}${dash}</a:ln>`;
}

export function spPrXml(box: Box, style: ShapeStyle | undefined): string {
  const size = `<a:ext cx="${emu(Math.max(box.w, 0.1))}" cy="${emu(Math.max(box.h, 0.1))}"/>`;
  const xfrm = `<a:xfrm><a:off x="${emu(box.x)}" y="${emu(box.y)}"/>${size}</a:xfrm>`;
  return `<p:spPr>${xfrm}${geometryXml(style, box)}${fillXml(style?.fill)}${lineXml(style)}</p:spPr>`;
}

/** A shape drawn for its look alone; `nv` is its non-visual part (pptx-identity.ts). */
export function shapeXml(box: Box, style: ShapeStyle, nv: string): string {
  const empty =
    '<a:bodyPr rtlCol="0" anchor="ctr"/><a:lstStyle/><a:p><a:endParaRPr lang="en-US" dirty="0"/></a:p>';
  return `<p:sp>${nv}${spPrXml(box, style)}<p:txBody>${empty}</p:txBody></p:sp>`;
}
