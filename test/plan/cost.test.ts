// The one cost: what each measure of a candidate weighs, pinned where a threshold decides.
import { describe, expect, it } from 'vitest';
import { cost, type Measure, WEIGHTS } from '../../src/plan/cost.js';

const measure = (over: Partial<Measure> = {}): Measure => ({
  fills: [0.9],
  hiddenShare: 0,
  proseLines: [0],
  leadInCuts: 0,
  lonely: 0,
  compact: false,
  flat: false,
  ...over,
});

describe('cost', () => {
  it('charges a slide of running prose from its seventh line on, and each line past six', () => {
    const base = cost(measure());
    expect(cost(measure({ proseLines: [6] }))).toBe(base);
    expect(cost(measure({ proseLines: [7] }))).toBeCloseTo(base + WEIGHTS.proseWall + WEIGHTS.proseLine);
    expect(cost(measure({ proseLines: [9] }))).toBeCloseTo(base + WEIGHTS.proseWall + 3 * WEIGHTS.proseLine);
  });

  it('weighs hidden words, a cut lead-in, a lonely page, counters, closer lines and a flat drawing', () => {
    const base = cost(measure());
    expect(cost(measure({ hiddenShare: 0.5 }))).toBeCloseTo(base + 0.5 * WEIGHTS.hidden);
    expect(cost(measure({ leadInCuts: 1 }))).toBeCloseTo(base + WEIGHTS.leadInCut);
    expect(cost(measure({ lonely: 1 }))).toBeCloseTo(base + WEIGHTS.lonely);
    expect(cost(measure({ counted: 2 }))).toBeCloseTo(base + 2 * WEIGHTS.counted);
    expect(cost(measure({ compact: true }))).toBeCloseTo(base + WEIGHTS.compact);
    expect(cost(measure({ flat: true }))).toBeCloseTo(base + WEIGHTS.flat);
  });

  it('charges a paragraph past three lines beside a list or table, and each line past three', () => {
    const base = cost(measure());
    expect(cost(measure({ leadLines: [3, 0] }))).toBe(base);
    expect(cost(measure({ leadLines: [5] }))).toBeCloseTo(base + WEIGHTS.denseLead + 2 * WEIGHTS.denseLine);
  });

  it('charges every slide, and the emptiness of all but the last, squared', () => {
    expect(cost(measure({ fills: [1, 0.2] }))).toBeCloseTo(2 * WEIGHTS.slide);
    expect(cost(measure({ fills: [0.5, 1] }))).toBeCloseTo(2 * WEIGHTS.slide + WEIGHTS.emptiness * 0.25);
  });
});
