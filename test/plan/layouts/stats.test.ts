// Lists of figures ("40% …", "3x …") drawn as big-number tiles; other lists untouched.
import type { List } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { findLostWords } from '../../oracle/coverage.js';
import { isStatList, statTiles } from '../../../src/plan/layouts/stats.js';
import { plan } from '../../helpers.js';

const list = (markdown: string) => fromMarkdown(markdown).children[0] as List;

describe('statistics', () => {
  it('sees a list whose every item leads with a figure', () => {
    expect(isStatList(list('- **40%** giảm chi phí\n- 3x nhanh hơn\n- $1.2M saved a year'))).toBe(true);
    expect(isStatList(list('- 40% giảm chi phí\n- Tối ưu chi phí trước'))).toBe(false);
    expect(isStatList(list('- 2025 was the year'))).toBe(false);
  });

  it('splits each item into its figure and its words, formatting kept', () => {
    const tiles = statTiles(list('- **40%** giảm chi phí **EC2**\n- 99.99% uptime'));
    expect(tiles.children.map((item) => toString(item.children[0]!))).toEqual(['40%', '99.99%']);
    expect(toString(tiles.children[0]!.children[1]!)).toBe('giảm chi phí EC2');
    expect(JSON.stringify(tiles.children[0]!.children[1])).toContain('"strong"');
  });

  it('lays out a section of figures as tiles, every word still on the slide or in the notes', () => {
    const text =
      '# Tối ưu\n\n## Kết quả\n\nNhóm ghi nhận:\n\n- **40%** giảm chi phí\n- **3x** nhanh hơn\n- 60% workload trên Graviton\n\n## Bài học\n\n- Đo trước.\n';
    const { deck, recap } = plan(text);
    const slide = deck.slides.find((s) => s.title === 'Kết quả')!;
    expect(slide.layout).toBe('stats');
    expect(findLostWords(recap.tree, deck, recap.outline.title?.origin.line)).toEqual([]);
  });
});
