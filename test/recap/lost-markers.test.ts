// A list whose markers were lost (copied from a web page, emoji bullets stripped) is a list again.
import type { List, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/recap/parse.js';
import { restoreLostMarkers } from '../../src/recap/lost-markers.js';

const restored = (markdown: string): Root => {
  const tree = parseMarkdown(markdown);
  restoreLostMarkers(tree);
  return tree;
};
const items = (list: List) => list.children.map((item) => toString(item));

describe('restoreLostMarkers', () => {
  it('makes the short lines under a lead-in a list, up to a line with a label of its own', () => {
    const tree = restored(
      'Mô tả: một tài liệu tổng kết, bao gồm:\n\nTóm tắt mục tiêu.\n\nSơ đồ kiến trúc.\n\nKết quả: một portfolio.\n',
    );
    expect(tree.children.map((b) => b.type)).toEqual(['paragraph', 'list', 'paragraph']);
    expect(items(tree.children[1] as List)).toEqual(['Tóm tắt mục tiêu.', 'Sơ đồ kiến trúc.']);
  });

  it('nests them under the list item that leads into them', () => {
    const tree = restored('1. Final report\n   Viết một tài liệu, bao gồm:\n\nTóm tắt.\n\nSơ đồ.\n');
    expect(tree.children.map((b) => b.type)).toEqual(['list']);
    const item = (tree.children[0] as List).children[0]!;
    expect(items(item.children[1] as List)).toEqual(['Tóm tắt.', 'Sơ đồ.']);
  });

  it('makes short points parted by line breaks a list, not sentences or fact lines', () => {
    const points = restored(
      'Zero Trust limits the blast radius  \nDefense in depth  \nEncryption everywhere\n',
    );
    expect(points.children.map((b) => b.type)).toEqual(['list']);
    for (const text of [
      'The demo was strong.  \nThe case studies helped.  \nI will try it.\n',
      'Date: 29/11/2025  \nLocation: Bitexco  \nRole: Attendee\n',
      '📅 Thứ Bảy, 29/11/2025  \n🕣 8:30 – 12:00  \n📍 Bitexco Financial Tower\n',
      'One line alone.\n\nAnother after no lead-in.\n',
    ])
      expect(restored(text).children.every((b) => b.type === 'paragraph')).toBe(true);
  });
});
