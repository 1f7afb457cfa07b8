// The footer and slide number as PowerPoint keeps them: each slide fills placeholders of its
// layout (and master), so Header & Footer edits every slide at once, and the number is a
// slide-number field, so moving a slide renumbers it. Each stays where the page draws it.
import type JSZip from 'jszip';
import type { Box, SceneItem, SceneSlide, TextItem } from './dom-scene.js';
import { type Identity, nvSpPrXml } from './pptx-identity.js';
import { runPropsXml, textShapeXml } from './pptx-xml.js';

const isNumber = (item: SceneItem): item is TextItem => item.kind === 'text' && item.role === 'number';

/** Every slide's number in one box, aligned as the page places it (a number set with CSS
 * `right:` keeps its right edge), twice as wide as the widest: a field's number grows. */
export function settleNumbers(scene: SceneSlide[]): SceneSlide[] {
  const numbers = scene.flatMap((slide) => slide.items.filter(isNumber));
  if (numbers.length === 0 || numbers.some((n) => n.shape || n.paragraphs.length !== 1)) return scene;
  const spread = (of: (b: Box) => number) => {
    const values = numbers.map((n) => of(n.box));
    return { min: Math.min(...values), max: Math.max(...values) };
  };
  const widest = Math.max(...numbers.map((n) => n.box.w));
  const [left, right, centre] = [spread((b) => b.x), spread((b) => b.x + b.w), spread((b) => b.x + b.w / 2)];
  const align = right.max - right.min <= 1 ? 'r' : left.max - left.min <= 1 ? 'l' : 'ctr';
  if (align === 'ctr' && centre.max - centre.min > 1) return scene;
  const x = Math.max(0, { r: right.max - 2 * widest, l: left.min, ctr: centre.min - widest }[align]);
  return scene.map((slide) => ({
    ...slide,
    items: slide.items.map((item) =>
      isNumber(item)
        ? {
            ...item,
            box: { ...item.box, x, w: 2 * widest },
            paragraphs: item.paragraphs.map((p) => ({ ...p, align, marginPx: 0 })),
          }
        : item,
    ),
  }));
}

/** The slide's number, where its text shows it, as a slide-number field showing `shown`. */
export function numberAsField(item: TextItem, page: number, shown = String(page)): TextItem {
  const digits = new RegExp(`(?<!\\d)${page}(?!\\d)`);
  let found = false;
  const paragraphs = item.paragraphs.map((p) => ({
    ...p,
    runs: p.runs.flatMap((run) => {
      const at = found || run.link ? null : digits.exec(run.text);
      if (!at) return [run];
      found = true;
      const before = run.text.slice(0, at.index);
      const after = run.text.slice(at.index + at[0].length);
      return [
        ...(before ? [{ ...run, text: before }] : []),
        { ...run, text: shown, field: 'slidenum' as const, breakBefore: before ? false : run.breakBefore },
        ...(after ? [{ ...run, text: after, breakBefore: false }] : []),
      ];
    }),
  }));
  return { ...item, paragraphs };
}

/** The layout's footer and number: placed and set as most slides show them (its
 * placeholders lend a new slide their look), and the master's, which the layout's inherit. */
export async function addPlaceholders(zip: JSZip, scene: SceneSlide[], lang: string): Promise<void> {
  const typical = (role: 'footer' | 'number') => {
    const found = scene.flatMap((slide, i) =>
      slide.items.flatMap((item) =>
        item.kind === 'text' && item.role === role ? [{ item, page: i + 1 }] : [],
      ),
    );
    const key = (item: TextItem) => JSON.stringify([item.box, item.paragraphs[0]?.runs[0]?.colour]);
    const counts = new Map<string, number>();
    for (const { item } of found) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
    return found.sort((a, b) => counts.get(key(b.item))! - counts.get(key(a.item))!)[0];
  };
  const footer = typical('footer');
  const number = typical('number');
  const shapes = (indices: [string, string], firstId: number) =>
    [
      footer &&
        placeholderXml(footer.item, firstId, `<p:ph type="ftr" sz="quarter" idx="${indices[0]}"/>`, lang),
      number &&
        placeholderXml(
          numberAsField(number.item, number.page, '‹#›'),
          firstId + 1,
          `<p:ph type="sldNum" sz="quarter" idx="${indices[1]}"/>`,
          lang,
        ),
    ].join('');
  for (const file of zip.file(/^ppt\/slideLayouts\/slideLayout\d+\.xml$/)) {
    const xml = await file.async('string');
    if (!xml.includes('<p:cSld name="Recap">')) continue;
    const next = Math.max(...[...xml.matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => Number(m[1]))) + 1;
    zip.file(file.name, xml.replace('</p:spTree>', `${shapes(['11', '12'], next)}</p:spTree>`));
  }
  for (const file of zip.file(/^ppt\/slideMasters\/slideMaster\d+\.xml$/)) {
    const xml = await file.async('string');
    const next = Math.max(...[...xml.matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => Number(m[1]))) + 1;
    zip.file(
      file.name,
      xml
        .replace('</p:spTree>', `${shapes(['3', '4'], next)}</p:spTree>`)
        // pptxgenjs switches the master's footer and number off; they are on.
        .replace(/<p:hf [^>]*\/>/, '<p:hf hdr="0" dt="0"/>'),
    );
  }
}

function placeholderXml(item: TextItem, id: number, placeholder: string, lang: string): string {
  const type = /type="(\w+)"/.exec(placeholder)![1] === 'ftr' ? 'Footer' : 'Slide Number';
  const who: Identity = { name: `${type} Placeholder`, decorative: false, placeholder };
  const first = item.paragraphs[0];
  const run = first?.runs[0];
  // What a slide's own placeholder does not say, it takes from these defaults.
  const level = run && `<a:lvl1pPr algn="${first.align}">${runPropsXml(run, lang, 'a:defRPr')}</a:lvl1pPr>`;
  const defaults = level ? `<a:lstStyle>${level}</a:lstStyle>` : '<a:lstStyle/>';
  return textShapeXml(item, nvSpPrXml(id, who, false), lang, () => undefined).replace(
    '<a:lstStyle/>',
    defaults,
  );
}
