// A paragraph taller than a slide, as pieces between its sentences: a page break falls
// between two sentences, never inside one, and pieces on one page read as one paragraph.
import type { Paragraph } from 'mdast';
import type { Layout } from '../../model/deck.js';
import type { Estimator } from '../measure/estimate.js';
import { phrasingText } from '../../model/text.js';
import { between } from '../../model/phrasing-slice.js';
import { sentenceSpans } from '../points/sentences.js';
import type { Unit } from './types.js';

export function sentenceUnits(
  paragraph: Paragraph,
  layout: Layout,
  est: Estimator,
  type: { roomy: boolean; compact?: boolean },
): Unit[] {
  const { roomy, compact } = type;
  const text = phrasingText(paragraph.children);
  const spans = sentenceSpans(text);
  if (spans.length < 2)
    return [
      {
        display: paragraph,
        original: paragraph,
        height: est.blockHeight(paragraph, layout, { roomy, compact }),
      },
    ];
  const gap = layout === 'prose' ? est.metrics.gap.block : est.metrics.gap.paragraph;
  return spans.map((span, i) => {
    const piece: Paragraph = { ...paragraph, children: between(paragraph.children, span.start, span.end) };
    // Each piece alone would carry the paragraph's margin; pieces on one page share one.
    const height = est.blockHeight(piece, layout, { roomy, compact }) - (i === 0 ? 0 : gap);
    return { display: piece, original: piece, height, group: paragraph, repeatPx: gap };
  });
}
