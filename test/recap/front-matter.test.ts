import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { warningsOf } from '../../src/errors.js';
import { splitFrontMatter } from '../../src/recap/front-matter.js';
import { readRecap } from '../../src/recap/read.js';

const split = (text: string) => {
  const warnings = new VFile({ path: 'recaps/x.md' });
  return {
    ...splitFrontMatter(text, warnings),
    warnings: warningsOf(warnings).map((w) => `${w.location?.line}: ${w.message}`),
  };
};

describe('splitFrontMatter', () => {
  it('reads YAML and blanks its lines so body positions stay file positions', () => {
    const result = split('---\ntitle: "Event 4"\ndate: "2025-11-16"\nweight: 4\n---\n# Hello\n');
    expect(result.data).toEqual({ title: 'Event 4', date: '2025-11-16', weight: 4 });
    expect(result.body.split('\n')[5]).toBe('# Hello');
    expect(result.warnings).toEqual([]);
  });

  it('keeps YAML timestamps as written, not shifted to UTC', () => {
    expect(split('---\ndate : 2024-01-01T00:00:00+07:00\n---\n').data.date).toBe('2024-01-01T00:00:00+07:00');
  });

  it('reads TOML between +++ fences', () => {
    expect(split('+++\ntitle = "Sự kiện"\nweight = 2\n+++\nBody').data).toEqual({
      title: 'Sự kiện',
      weight: 2,
    });
  });

  it('returns the whole text as body when there is no front matter', () => {
    const result = split('# Just a recap\n\n---\n\nMore');
    expect(result.data).toEqual({});
    expect(result.body).toBe('# Just a recap\n\n---\n\nMore');
  });

  it('accepts blank lines inside and before the front matter, with a warning for the latter', () => {
    const result = split('\n\n---\ntitle: x\n\npre: " <b> 4.5. </b> "\n\n---\nBody');
    expect(result.data).toEqual({ title: 'x', pre: ' <b> 4.5. </b> ' });
    expect(result.warnings).toEqual(['1: blank lines before the front matter']);
  });

  it('reads front matter that follows some text, warns, and keeps the text', () => {
    const result = split('Draft note\n---\ntitle: x\n---\n# Body');
    expect(result.data).toEqual({ title: 'x' });
    expect(result.body.startsWith('Draft note\n')).toBe(true);
    expect(result.warnings[0]).toMatch(/^1: text before the front matter/);
  });

  it('reads an unclosed front matter up to its last key line', () => {
    const result = split('---\ntitle: x\nweight: 3\n# Heading\nText');
    expect(result.data).toEqual({ title: 'x', weight: 3 });
    expect(result.body.split('\n')[3]).toBe('# Heading');
    expect(result.warnings[0]).toMatch(/never closed/);
  });

  it('reads a block that is not valid YAML as part of the recap, warning at the error', () => {
    const text = '---\ntitle: "Event 4\nweight: [\n---\n';
    const result = split(text);
    expect(result.data).toEqual({});
    expect(result.body).toBe(text);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(
      /^\d+: front matter is not valid YAML: .*; it is read as part of the recap$/,
    );
    expect(Number(result.warnings[0]!.split(':')[0])).toBeGreaterThanOrEqual(2);
  });

  it('does the same for TOML, at its line', () => {
    const result = split('+++\ntitle = "x"\nbad = \n+++\n');
    expect(result.data).toEqual({});
    expect(result.warnings).toEqual([expect.stringMatching(/^3: front matter is not valid TOML/)]);
  });
});

describe('YAML aliases (issue 22, finding 4: billion laughs)', () => {
  it('ignores a front matter that expands past the value limit, fast, with a warning', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i += 1) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const text = `---\ntitle: T\n${levels.join('\n')}\nauthor: *i\ndate: *i\nweight: *i\n---\n# Body\n`;
    const started = Date.now();
    const warnings = new VFile({ path: 'recaps/x.md' });
    const recap = readRecap(text, warnings);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(recap.meta).toEqual({});
    expect(warningsOf(warnings).map((w) => `${w.location?.line}: ${w.message}`)).toContain(
      '1: front matter holds more than 10000 values once its YAML aliases are expanded; it is ignored',
    );
  });

  it('keeps a front matter whose few aliases stay small', () => {
    const result = split('---\ntags: &t [aws, cdk]\ncategories: *t\ntitle: T\n---\n');
    expect(result.data).toEqual({ tags: ['aws', 'cdk'], categories: ['aws', 'cdk'], title: 'T' });
    expect(result.warnings).toEqual([]);
  });
});
