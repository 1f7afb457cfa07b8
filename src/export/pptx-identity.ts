// What each shape on a slide is, for the people and tools reading the deck: a name the
// selection pane shows ("Title", "Card 2", "Step 3"), the placeholder it fills, decoration.
import type { SceneItem, ShapeItem, TextItem } from './dom-scene.js';
import { escapeXml } from './pptx-xml.js';

export interface Identity {
  name: string;
  /** A screen reader skips it: it draws a glow, an edge, a rule or a bare background. */
  decorative: boolean;
  /** The placeholder element it fills, if any (`<p:ph .../>`). */
  placeholder?: string;
}

/** The slide's title, footer and number fill the layout's placeholders (pptx-placeholders.ts);
 * the footer and number use the indices PowerPoint gives them on its own layouts. */
export const PLACEHOLDERS = {
  title: '<p:ph type="title"/>',
  footer: '<p:ph type="ftr" sz="quarter" idx="11"/>',
  number: '<p:ph type="sldNum" sz="quarter" idx="12"/>',
} as const;

/** Office's mark for decoration (the "Mark as decorative" of its accessibility pane). */
const DECORATIVE =
  '<a:extLst><a:ext uri="{C183D7F6-B498-43B3-948B-1728B52AA6E4}">' +
  '<adec:decorative xmlns:adec="http://schemas.microsoft.com/office/drawing/2017/decorative" val="1"/>' +
  '</a:ext></a:extLst>';

/** Each item's identity, in paint order: kinds are counted apart, so names are unique. */
export function identities(items: SceneItem[]): Identity[] {
  const counts = new Map<string, number>();
  const numbered = (kind: string, always = true) => {
    const n = (counts.get(kind) ?? 0) + 1;
    counts.set(kind, n);
    return always || n > 1 ? `${kind} ${n}` : kind;
  };
  return items.map((item): Identity => {
    // An emoji says something (a date, a place, a check): its character is read out.
    if (item.kind === 'picture' && item.emoji) return { name: numbered('Emoji'), decorative: false };
    if (item.kind === 'picture') return { name: numbered('Picture'), decorative: item.alt.trim() === '' };
    if (item.kind === 'table') return { name: numbered('Table'), decorative: false };
    if (item.kind === 'shape') return { name: numbered(shapeKind(item)), decorative: true };
    if (item.role === 'title')
      return { name: numbered('Title', false), decorative: false, placeholder: PLACEHOLDERS.title };
    if (item.role === 'footer')
      return { name: numbered('Footer', false), decorative: false, placeholder: PLACEHOLDERS.footer };
    if (item.role === 'number')
      return { name: numbered('Slide Number', false), decorative: false, placeholder: PLACEHOLDERS.number };
    return { name: numbered(textKind(item)), decorative: false };
  });
}

/** A shape without text is drawn for looks alone: named after what it looks like. */
function shapeKind(item: ShapeItem): string {
  const { w, h } = item.box;
  if (item.style.fill?.kind === 'radial') return 'Glow';
  if (Math.max(w, h) <= 24) return 'Bullet';
  if (Math.min(w, h) <= 12) return 'Rule';
  return 'Background';
}

function textKind(item: TextItem): string {
  if (!item.shape) return 'Text';
  const text = item.paragraphs
    .map((p) => p.runs.map((r) => r.text).join(''))
    .join('\n')
    .trim();
  // A number alone in a badge marks a step (of a plan, an agenda); letters in a circle are
  // a speaker's initials.
  if (/^\d{1,3}\.?$/.test(text)) return 'Step';
  if (item.shape.ellipse) return 'Avatar';
  return 'Card';
}

export function cNvPrXml(id: number, who: Identity, descr?: string): string {
  const described = descr === undefined ? '' : ` descr="${escapeXml(descr)}"`;
  const attrs = `id="${id}" name="${escapeXml(who.name)}"${described}`;
  return who.decorative ? `<p:cNvPr ${attrs}>${DECORATIVE}</p:cNvPr>` : `<p:cNvPr ${attrs}/>`;
}

/** A shape's non-visual properties: its identity, and that a text box is one. */
export function nvSpPrXml(id: number, who: Identity, textBox: boolean): string {
  const locks = who.placeholder
    ? '<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr>'
    : `<p:cNvSpPr${textBox ? ' txBox="1"' : ''}/>`;
  return `<p:nvSpPr>${cNvPrXml(id, who)}${locks}<p:nvPr>${who.placeholder ?? ''}</p:nvPr></p:nvSpPr>`;
}

/** Marks a shape pptxgenjs wrote (a picture) decorative: the mark closes its cNvPr, after
 * any link, as the schema orders them. */
export function markDecorative(xml: string): string {
  if (/<p:cNvPr [^>]*\/>/.test(xml))
    return xml.replace(
      /<p:cNvPr ([^>]*?)\s*\/>/,
      (_, attrs: string) => `<p:cNvPr ${attrs}>${DECORATIVE}</p:cNvPr>`,
    );
  return xml.replace('</p:cNvPr>', `${DECORATIVE}</p:cNvPr>`);
}
