// What the planner does with content too big for one slide: code split between lines or
// excerpted, tables split by columns with their cells shortened, paragraphs split between
// sentences. Every word stays on a slide or in its notes.
import type { Code, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { findLostWords } from '../oracle/coverage.js';
import { plainNotes } from '../../src/notes/write-notes.js';
import { plan } from '../helpers.js';

const lines = (n: number, make: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => make(i)).join('\n');
const recap = (body: string) => `---\ntitle: Fallbacks\nlang: en\n---\n# Fallbacks workshop\n\n${body}\n`;

function planned(body: string) {
  const result = plan(recap(body), 'recaps/fallbacks.md');
  expect(findLostWords(result.recap.tree, result.deck, result.recap.outline.title?.origin.line)).toEqual([]);
  return result.deck.slides.filter((s) => !['title', 'closing', 'agenda'].includes(s.layout));
}

describe('content too big for a slide', () => {
  it('splits a code block between lines over continuation slides, keeping its language', () => {
    const slides = planned(
      `## Client\n\n\`\`\`js\n${lines(24, (i) => `const v${i} = await client.send(new Command({ id: ${i} }));`)}\n\`\`\``,
    );
    expect(slides.length).toBe(2);
    const shown = slides.map((s) => s.blocks.find((b): b is Code => b.type === 'code')!);
    expect(shown.every((code) => code.lang === 'js')).toBe(true);
    expect(shown.map((code) => code.value.split('\n').length).reduce((a, b) => a + b)).toBe(24);
    expect(slides.map((s) => s.part?.total)).toEqual([2, 2]);
  });

  it('shows an excerpt of a block too long for a talk, marked as cut, and the whole block in the notes', () => {
    const slides = planned(
      `## Handler\n\n\`\`\`python\n${lines(150, (i) => `x${i} = compute(${i})`)}\n\`\`\``,
    );
    expect(slides.length).toBe(1);
    const code = slides[0]!.blocks.find((b): b is Code => b.type === 'code')!;
    // Its first lines, and a line under them that says it goes on.
    const all = code.value.split('\n');
    expect(all[all.length - 1]).toBe('⋮');
    const shown = all.length - 1;
    expect(all.slice(0, shown)).toEqual(Array.from({ length: shown }, (_, i) => `x${i} = compute(${i})`));
    expect(shown).toBeGreaterThanOrEqual(8);
    expect(shown).toBeLessThanOrEqual(15);
    // What it leaves out is said in the notes, not on the slide.
    expect(slides[0]!.blocks.map((b) => toString(b)).join(' ')).not.toContain('more in the notes');
    expect(plainNotes(slides[0]!.notes)).toContain(`First ${shown} lines; ${150 - shown} more in the notes`);
    expect(plainNotes(slides[0]!.notes)).toContain('x149 = compute(149)');
  });

  it('splits a table too wide for the slide by columns, each part keeping the first column', () => {
    const head = ['Service', ...Array.from({ length: 14 }, (_, i) => `Long column heading ${i}`)];
    const row = (name: string) => [name, ...head.slice(1).map((_, i) => `value-with-long-words-${i}`)];
    const table = [head, head.map(() => '---'), row('Amazon EC2'), row('AWS Lambda')]
      .map((cells) => `| ${cells.join(' | ')} |`)
      .join('\n');
    const slides = planned(`## Costs\n\n${table}`);
    const parts = slides.flatMap((s) => s.blocks.filter((b): b is Table => b.type === 'table'));
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(toString(part.children[0]!.children[0]!)).toBe('Service');
    const columns = parts.map((t) => t.children[0]!.children.length - 1);
    expect(columns.reduce((a, b) => a + b)).toBe(14);
    expect(Math.max(...columns) - Math.min(...columns)).toBeLessThanOrEqual(1);
  });

  it('shortens a cell too long for the slide and keeps its full text in the notes', () => {
    const long = Array.from(
      { length: 12 },
      (_, i) => `Step ${i} of the lab configures part ${i} of the pipeline.`,
    ).join(' ');
    const slides = planned(
      `## Labs\n\n| Day | Task |\n|---|---|\n| Monday | ${long} |\n| Tuesday | Short task |`,
    );
    const cell = toString(
      slides[0]!.blocks.find((b): b is Table => b.type === 'table')!.children[1]!.children[1]!,
    );
    expect(cell.length).toBeLessThan(long.length);
    // Whole sentences, never one cut short or marked as cut.
    expect(cell).not.toContain('…');
    expect(cell).toMatch(/pipeline\.$/);
    expect(plainNotes(slides[0]!.notes)).toContain('Step 11 of the lab configures part 11 of the pipeline.');
  });

  it('splits a paragraph longer than a slide between sentences in prose', () => {
    const sentences = Array.from(
      { length: 30 },
      (_, i) => `I learned lesson number ${i} during the hands-on lab today.`,
    );
    const slides = planned(`## Reflection\n\n${sentences.join(' ')}\n\nA second short paragraph.`);
    const shown = slides.map((s) => s.blocks.map((b) => toString(b)).join(' '));
    // Pieces start at a sentence, never inside one.
    for (const text of shown) expect(text.trim()).toMatch(/^(I learned|A second)/);
  });
});
