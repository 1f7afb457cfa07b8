// A section a little too long for one slide is set with closer lines on one slide, rather
// than split over two half-empty ones; the type itself keeps the body size.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { toString } from 'mdast-util-to-string';
import { est, plan } from '../../helpers.js';

const corpus = join(import.meta.dirname, '..', '..', 'corpus');
const read = (name: string) => readFileSync(join(corpus, name), 'utf8');

describe('a section a little too long for one slide', () => {
  it('stays on one slide, its lines closer (corpus 62: an overview and five objectives)', () => {
    const { deck } = plan(read('62-security-pillar-deep-dive-starts-h3-odd-bold-dash-en.md'));
    const overview = deck.slides.filter((s) => s.title === 'Event Overview');
    expect(overview).toHaveLength(1);
    expect(overview[0]!.part).toBeUndefined();
    expect(overview[0]!.estimatedPx!).toBeLessThanOrEqual(overview[0]!.budgetPx!);
  });

  const items = Array.from({ length: 9 }, (_, i) => `- Item ${i} explains how the team set up the pipeline`);
  const intro = 'The team worked on these items during the week.';

  it('is set closer when that alone keeps it on one slide', () => {
    const { deck } = plan(`# Deck\n\n## Work\n\n${intro}\n\n${items.join('\n')}\n`);
    const work = deck.slides.filter((s) => s.title === 'Work');
    expect(work).toHaveLength(1);
    expect(work[0]).toMatchObject({ compact: true });
    expect(work[0]!.estimatedPx!).toBeLessThanOrEqual(work[0]!.budgetPx!);
    // One item more does not fit even closer: two slides at the body's spacing.
    const more = plan(`# Deck\n\n## Work\n\n${intro}\n\n${[...items, items[0]].join('\n')}\n`);
    const split = more.deck.slides.filter((s) => s.title === 'Work');
    expect(split).toHaveLength(2);
    expect(split.some((s) => s.compact)).toBe(false);
  });

  it('is set closer with its announcing sentence said, where neither alone keeps it on one slide', () => {
    const lead = 'The team worked on these items during the week:';
    const item = (i: number) =>
      `- Item ${i} explains how the team set up the pipeline for the services, and what it changed for every one of the builds`;
    const workOf = (n: number) =>
      plan(
        `# Deck\n\n## Work\n\n${lead}\n\n${Array.from({ length: n }, (_, i) => item(i)).join('\n')}\n`,
      ).deck.slides.filter((s) => s.title === 'Work');
    // Five two-line items fit without the sentence alone; six only closer too; seven take two.
    const five = workOf(5);
    expect(five).toHaveLength(1);
    expect(five[0]!.compact).toBeFalsy();
    const [six, ...rest] = workOf(6);
    expect(rest).toHaveLength(0);
    expect(six!.compact).toBe(true);
    expect(JSON.stringify(six!.blocks)).not.toContain(lead);
    expect(six!.notes.map((n) => toString(n)).join('\n')).toContain(lead);
    expect(workOf(7)).toHaveLength(2);
  });

  it('is never set closer when it fits as it is, nor where its labelled parts each open a slide', () => {
    const slides = [
      ...plan(read('09-community-day-data-driven-tables-vi.md')).deck.slides,
      ...plan(`# Deck\n\n## Work\n\n${intro}\n\n${items.join('\n')}\n`).deck.slides,
    ];
    // (Lines are set closer only to keep a section on one slide; cards, also on fewer.)
    const closer = slides.filter((s) => s.compact && s.layout !== 'cards');
    expect(closer.length).toBeGreaterThan(0);
    for (const slide of closer) expect(slide.part).toBeUndefined();
    expect(slides.some((s) => s.part && s.part.total > 2 && s.compact)).toBe(false);
    const short = plan('# Deck\n\n## One\n\n- a short item\n- another one\n');
    expect(short.deck.slides.some((s) => s.compact)).toBe(false);
  });
});

describe('a table a little too long for one slide', () => {
  const rows = (count: number) =>
    Array.from(
      { length: count },
      (_, i) =>
        `| ${i + 1} | Set up the pipeline step ${i} and check what it deployed | 0${(i % 9) + 1}/10 |`,
    );
  const deckOf = (count: number) =>
    plan(`# Deck\n\n## Tasks\n\n| Day | Task | Done |\n| --- | --- | --- |\n${rows(count).join('\n')}\n`)
      .deck;
  const tasksOf = (count: number) => deckOf(count).slides.filter((s) => s.title === 'Tasks');
  // The fewest rows that need their spacing closed up to stay on one slide.
  const counts = Array.from({ length: 30 }, (_, i) => i + 1);
  const closer = counts.find((n) => tasksOf(n).some((s) => s.compact))!;

  it('keeps its rows on one slide, set closer at the same type size, rather than two', () => {
    expect(closer).toBeGreaterThan(1);
    const tasks = tasksOf(closer);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ layout: 'table', compact: true });
    expect(tasks[0]!.estimatedPx!).toBeLessThanOrEqual(tasks[0]!.budgetPx!);
    // One row fewer fits at the usual spacing; far more rows take two slides at it.
    const fewer = tasksOf(closer - 1);
    expect(fewer).toHaveLength(1);
    expect(fewer[0]!.compact).toBeFalsy();
    const split = tasksOf(closer * 2);
    expect(split.length).toBeGreaterThan(1);
  });

  it('is set closer over several slides only where that saves one (rows over three slides on two)', () => {
    const width = est.layoutWidth('table');
    // The slides the rows take at the usual spacing, packed in order under a repeated header.
    const usualSlides = (count: number, budget: number) => {
      const table = unified()
        .use(remarkParse)
        .use(remarkGfm)
        .parse(`| Day | Task | Done |\n| --- | --- | --- |\n${rows(count).join('\n')}\n`)
        .children[0] as Table;
      const [header, ...heights] = est.tableLayout(table, width).heights;
      let slides = 1;
      let used = header!;
      for (const h of heights) {
        if (used + h > budget) [slides, used] = [slides + 1, header!];
        used += h;
      }
      return slides;
    };
    const many = Array.from({ length: 40 }, (_, i) => i + closer + 1);
    const closed = many.filter((n) => tasksOf(n).every((s) => s.compact));
    const saving = closed.filter((n) => tasksOf(n).length >= 2);
    expect(saving.length).toBeGreaterThan(0);
    for (const n of saving) {
      const tasks = tasksOf(n);
      expect(usualSlides(n, tasks[0]!.budgetPx!)).toBeGreaterThan(tasks.length);
    }
    // Where closer rows would take as many slides, the rows keep their spacing.
    for (const n of many.filter((m) => !closed.includes(m)))
      expect(tasksOf(n).some((s) => s.compact)).toBe(false);
  });

  it("sets closer rows shorter by the theme's closer padding and line height", () => {
    const table = tasksOf(closer)[0]!.blocks[0]!;
    const width = est.layoutWidth('table');
    const heights = (compact: boolean) =>
      est.tableLayout(table as Table, width, compact ? { compact } : {}).heights.slice(1);
    const { cell, cellCompact, text } = est.metrics;
    const saved =
      2 * (cell.padY - cellCompact.padY) + text.table.size * (text.table.line - text.tableCompact.line);
    expect(saved).toBeGreaterThan(0);
    // (Each row here is one line.)
    for (const [i, h] of heights(true).entries()) expect(heights(false)[i]! - h).toBeCloseTo(saved, 5);
  });
});

describe('a section intro that leads into its sub-sections', () => {
  const intro =
    'Attending the kick-off was an inspiring and motivating experience for the whole team. ' +
    'It gave us insights into the cloud industry and the careers it opens. Key experiences included:';
  const sub = (title: string, items: number) =>
    `### ${title}\n\n${Array.from({ length: items }, (_, i) => `- ${title} point ${i} about what we heard and what we did there`).join('\n')}\n`;
  const deckOf = (items: number) =>
    plan(
      `# Kick-off\n\n## Agenda\n\n- Morning talks\n\n## Event Experience\n\n${intro}\n\n${sub('Leaders', items)}\n${sub('Alumni', items)}\n`,
    ).deck;

  it('lists them under it, whatever its length, when they fit', () => {
    const opening = deckOf(7).slides.find((s) => s.title === 'Event Experience')!;
    const list = opening.blocks[opening.blocks.length - 1]!;
    expect(list.type).toBe('list');
    expect(JSON.stringify(list)).toContain('Leaders');
    expect(JSON.stringify(list)).toContain('Alumni');
  });

  it('sits above them on their slide when they are cards', () => {
    const slides = deckOf(3).slides.filter((s) => s.title === 'Event Experience');
    expect(slides).toHaveLength(1);
    expect(slides[0]!.layout).toBe('cards');
    expect(slides[0]!.blocks[0]!.type).toBe('paragraph');
  });
});
