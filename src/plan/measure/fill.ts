// How much of its room a slide fills: the share a designer sees left empty.
import type { Slide } from '../../model/deck.js';
import type { Estimator } from './estimate.js';

/** The share of its room a slide fills at the usual type size (a slide set larger fills more). */
export function slideFill(slide: Slide, est: Estimator): number {
  const { body, roomy, prose, statement } = est.metrics.text;
  const [usual, larger] = slide.layout === 'prose' ? [prose, statement] : [body, roomy];
  const scale = slide.roomy ? (usual.size * usual.line) / (larger.size * larger.line) : 1;
  return ((slide.estimatedPx ?? 0) * scale) / (slide.budgetPx || 1);
}
