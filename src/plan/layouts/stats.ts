// Statistics ("40% giảm chi phí", "3x faster deploys", "$1.2M saved") read best as
// big-number tiles: a list whose every item leads with a figure is drawn as a row of tiles,
// the figure large and its words under it. Only the slide changes; the notes keep the list.
import type { List, ListItem, Paragraph, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { alternation } from '../../lexicon/lexicon.js';
import type { Estimator } from '../measure/estimate.js';
import { layoutSizes } from '../measure/metrics.js';
import { between } from '../../model/phrasing-slice.js';

/**
 * A figure's unit: a sign, a unit word ("k", "triệu", "giờ", "lần": the lexicon's, lexicon/*.json)
 * or a rate ("/day").
 */
const UNIT = String.raw`%|x|×|\+|${alternation('figureUnits')}|\/\w+`;
/** A figure that leads an item: a number with its unit, currency or sign. */
const FIGURE = new RegExp(
  String.raw`^\s*((?:[~≈<>+−-]\s?)?(?:US)?[$€£¥₫]?\s?\d[\d.,]*\s?(?:${UNIT})?)(?=[\s:–—-]|$)`,
  'iu',
);
const MIN = 2;
const MAX = 6;
const LABEL = 120;

export function isStatList(list: List): boolean {
  const items = list.children;
  if (items.length < MIN || items.length > MAX) return false;
  return items.every((item) => {
    if (item.children.length !== 1 || item.children[0]!.type !== 'paragraph') return false;
    const text = toString(item);
    const figure = FIGURE.exec(text);
    return figure !== null && text.length - figure[0].length > 1 && text.length <= LABEL;
  });
}

/** Each item as its figure and its label, the label's formatting kept. */
export function statTiles(list: List): List {
  return {
    ...list,
    children: list.children.map((item): ListItem => {
      const paragraph = item.children[0] as Paragraph;
      const text = toString(paragraph);
      const figure = FIGURE.exec(text)![0];
      const rest = text.slice(figure.length).match(/^[\s:–—-]*/u)![0].length + figure.length;
      const label: Paragraph = {
        type: 'paragraph',
        children: between(paragraph.children, rest, text.length),
      };
      const number: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: figure.trim() }] };
      return { ...item, children: [number, label] };
    }),
  };
}

const SIZES = ['stat-columns', 'stat-gap', 'stat-pad', 'stat-figure', 'stat-label'] as const;

/** The tiles' height: rows of up to four, the tallest label setting each row. */
export function statsHeight(list: List, est: Estimator): number {
  const size = layoutSizes(est.metrics, ['section.stats'], SIZES);
  const count = list.children.length;
  const columns = count <= size['stat-columns'] ? count : Math.ceil(count / 2);
  const width = (est.metrics.body.width - (columns - 1) * size['stat-gap']) / columns - 2 * size['stat-pad'];
  const font = { size: size['stat-label'], line: 1.35 };
  const tile = (item: ListItem) =>
    2 * size['stat-pad'] +
    size['stat-figure'] * 1.15 +
    8 +
    est.textLines(toString(item.children[1] as PhrasingContent), font, width) * font.size * font.line;
  const tiles = statTiles(list).children.map(tile);
  let total = 0;
  for (let i = 0; i < tiles.length; i += columns)
    total += Math.max(...tiles.slice(i, i + columns)) + size['stat-gap'];
  return total + est.metrics.gap.paragraph;
}
