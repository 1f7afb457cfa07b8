// Headings are set a little tighter than the text (themes: --heading-tracking): the estimate of a
// title's width takes the theme's letter spacing, so a title that fits one line is planned at one.
import { describe, expect, it } from 'vitest';
import { est } from '../../helpers.js';

describe("a title's width", () => {
  const { title } = est.metrics;
  const text = 'About the First Cloud Journey Workforce Program';

  it("takes the theme's letter spacing for headings", () => {
    expect(title.tracking).toBeLessThan(0);
    const loose = est.textWidth(text, { ...title, tracking: 0 }, 'bold');
    const set = est.textWidth(text, title, 'bold');
    expect(loose - set).toBeCloseTo(-(title.tracking ?? 0) * title.size * [...text].length, 5);
  });

  it('wraps a line later by as much', () => {
    const set = est.textWidth(text, title, 'bold');
    const loose = est.textWidth(text, { ...title, tracking: 0 }, 'bold');
    const between = (set + loose) / 2;
    expect(est.textLines(text, title, between, 'bold')).toBe(1);
    expect(est.textLines(text, { ...title, tracking: 0 }, between, 'bold')).toBe(2);
  });
});
