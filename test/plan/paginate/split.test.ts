import type { List, RootContent, Table, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { splitUnits } from '../../../src/plan/paginate/split.js';
import { toUnits } from '../../../src/plan/paginate/units.js';
import { labelsFor } from '../../../src/i18n/labels.js';
import { est } from '../../helpers.js';

const unitOptions = {
  est,
  labels: labelsFor('en'),
  space: 500,
  roomy: false,
  itemLimit: Infinity,
  condense: 1,
};

/** A table row of plain-text cells. */
const row = (cells: string[]): TableRow => ({
  type: 'tableRow',
  children: cells.map((value) => ({ type: 'tableCell', children: [{ type: 'text', value }] })),
});

const item = (value: string) => ({
  type: 'listItem' as const,
  spread: false,
  children: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value }] }],
});
const para = (value: string) => ({
  type: 'paragraph' as const,
  children: [{ type: 'text' as const, value }],
});
const list = (n: number, ordered = false): List => ({
  type: 'list',
  ordered,
  start: ordered ? 1 : null,
  spread: false,
  children: Array.from({ length: n }, (_, i) => item(`Item ${i + 1} with a few words of text`)),
});

describe('splitUnits', () => {
  it('keeps what fits on one page', () => {
    const pages = splitUnits(toUnits([list(3)], 'content', unitOptions), 500);
    expect(pages).toHaveLength(1);
    expect((pages[0]!.display[0] as List).children).toHaveLength(3);
  });

  it('splits a long list between items into even pages, numbering carried on', () => {
    const pages = splitUnits(toUnits([list(14, true)], 'content', unitOptions), 500);
    expect(pages.length).toBeGreaterThan(1);
    const sizes = pages.map((p) => (p.display[0] as List).children.length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(14);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect((pages[1]!.display[0] as List).start).toBe(sizes[0]! + 1);
  });

  it('repeats the header row on every page of a long table', () => {
    const table: RootContent = {
      type: 'table',
      align: [null, null],
      children: [
        row(['Ngày', 'Nhiệm vụ']),
        ...Array.from({ length: 20 }, (_, i) => row([String(i), `Task ${i}`])),
      ],
    };
    const pages = splitUnits(toUnits([table], 'table', unitOptions), 500);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      const t = page.display[0] as { children: { children: { children: { value: string }[] }[] }[] };
      expect(t.children[0]!.children[0]!.children[0]!.value).toBe('Ngày');
    }
  });

  it('gives every page of a split table the same column widths, the most to the wordiest column', () => {
    const task = 'Read the IAM guide and practise with users, groups, roles and policies in the console';
    const table: Table = {
      type: 'table',
      align: [null, null, null],
      children: [
        row(['Day', 'Task', 'Date']),
        ...Array.from({ length: 16 }, (_, i) => row([String(i), `${task} ${i}`, `2${i % 5}/09/2025`])),
      ],
    };
    const pages = splitUnits(toUnits([table], 'table', unitOptions), 500);
    expect(pages.length).toBeGreaterThan(1);
    const widths = pages.map((page) => (page.display[0] as Table).data?.columns);
    for (const columns of widths) expect(columns).toEqual(widths[0]);
    const [day, text, date] = widths[0]!;
    expect(day! + text! + date!).toBeCloseTo(1, 6);
    expect(text).toBeGreaterThan(2 * date!);
    // The date never wraps: its column holds it whole.
    expect(est.textWidth('22/09/2025', est.metrics.text.table)).toBeLessThan(
      date! * est.layoutWidth('table'),
    );
  });

  it('never leaves a sub-heading alone at the bottom of a page', () => {
    const blocks: RootContent[] = [
      list(9),
      { type: 'heading', depth: 5, children: [{ type: 'text', value: 'Sub' }] },
      list(4),
    ];
    const pages = splitUnits(toUnits(blocks, 'content', unitOptions), 500);
    for (const page of pages) expect(page.display[page.display.length - 1]!.type).not.toBe('heading');
  });

  it('adds a page rather than cut a lead-in line from its list', () => {
    const lead: RootContent = {
      type: 'paragraph',
      children: [{ type: 'text', value: 'The steps we followed were these:' }],
    };
    for (let n = 2; n <= 12; n++)
      for (let m = 2; m <= 12; m++) {
        const pages = splitUnits(toUnits([list(n), lead, list(m)], 'content', unitOptions), 500);
        expect(pages.slice(0, -1).map((page) => page.cutsLeadIn)).not.toContain(true);
      }
  });

  it('keeps a short question with the list that answers it, as a lead-in', () => {
    const question = para('What are the parts of the platform?');
    for (let n = 2; n <= 12; n++)
      for (let m = 2; m <= 12; m++) {
        const pages = splitUnits(toUnits([list(n), question, list(m)], 'content', unitOptions), 500);
        for (const page of pages.slice(0, -1)) expect(toString(page.display.at(-1)!)).not.toMatch(/\?$/);
      }
  });

  it('keeps an item with its own sub-items, rather than leave the item before it alone', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    const sub = (n: number, length: number): List => ({
      ...list(n),
      children: list(n).children.map((child) => ({ ...child, children: [para(words(length))] })),
    });
    const nested = (head: string, n: number, length: number): List['children'][number] => ({
      type: 'listItem',
      spread: false,
      children: [
        { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: head }] }] },
        sub(n, length),
      ],
    });
    const two: List = { ...list(0), children: [nested('Problem:', 2, 18), nested('Solution:', 3, 18)] };
    const pages = splitUnits(toUnits([two], 'content', { ...unitOptions, itemLimit: 250 }), 500);
    // Problem (whole, with its sub-items) | Solution (whole): not Problem + Solution's first
    // sub-item | its other two under a repeated "Solution:".
    expect(pages.map((page) => toString(page.display[0]!).split(':')[0])).toEqual(['Problem', 'Solution']);
    expect(pages.map((page) => (page.display[0] as List).children.length)).toEqual([1, 1]);
  });

  it('sets the parent line a continued page repeats as context, muted; the first page as written', () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    const subs: List = {
      ...list(6),
      children: list(6).children.map((child) => ({ ...child, children: [para(words(30))] })),
    };
    const one: List = {
      ...list(0),
      children: [
        { ...item('ANT203 told a great story'), children: [para('ANT203 told a great story'), subs] },
      ],
    };
    const pages = splitUnits(toUnits([one], 'content', { ...unitOptions, itemLimit: 250 }), 500);
    expect(pages.length).toBeGreaterThan(1);
    const html = (page: (typeof pages)[number]) => JSON.stringify(page.display);
    expect(html(pages[0]!)).not.toContain('repeated');
    for (const page of pages.slice(1)) {
      expect(html(page)).toContain('<span class=\\"repeated\\">');
      expect(toString(page.display[0]!)).toContain('ANT203 told a great story');
    }
    // The notes' side is the recap's own item, unmarked.
    expect(JSON.stringify(pages.map((p) => p.original))).not.toContain('repeated');
  });

  it('never leaves a one-line paragraph alone on a page over a short list that fills the next', () => {
    const tall = (n: number): List => ({
      ...list(n),
      children: list(n).children.map((_, i) =>
        item(`Item ${i + 1}: ${Array.from({ length: 22 }, (_, k) => `word${k}`).join(' ')}`),
      ),
    });
    const blocks = [para('Great talk with lots of examples.'), tall(5)];
    const units = toUnits(blocks, 'content', unitOptions);
    const whole = units.reduce((sum, u) => sum + u.height, 0);
    // Too tall for one page by the paragraph: the list alone just fits one.
    const pages = splitUnits(units, whole - 20);
    expect(pages).toHaveLength(2);
    // The paragraph leads the first page with some of the list, not alone over an empty page.
    expect(pages[0]!.display.map((b) => b.type)).toEqual(['paragraph', 'list']);
  });
});
