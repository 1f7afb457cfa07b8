// What a new user (or an attacker) gets from bad input: one clear line, the right exit
// code, no stack trace, and no output touched.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const project = join(import.meta.dirname, '..', '..');

function workspace(files: Record<string, string | Uint8Array>) {
  const dir = mkdtempSync(join(tmpdir(), 'recap-deck-errors-'));
  mkdirSync(join(dir, 'recaps'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, 'recaps', name), content);
  const run = (...args: string[]) =>
    spawnSync(
      process.execPath,
      ['scripts/run.mjs', 'deck', ...args, '--recaps', join(dir, 'recaps'), '--out', join(dir, 'decks')],
      { cwd: project, encoding: 'utf8' },
    );
  return { dir, run };
}

const noStack = (stderr: string) => expect(stderr).not.toMatch(/^\s+at /m);

describe('a recap with a broken front matter', () => {
  it('is built, the block read as part of the recap, with a warning at the YAML error', () => {
    const { dir, run } = workspace({ 'x.md': '---\ntitle: "Event 4\nweight: [\n---\n# A\n\ntext\n' });
    const result = run('x', '--format', 'html');
    expect(result.status).toBe(0);
    expect(result.stderr + result.stdout).toMatch(/x\.md:\d+:\d+: front matter is not valid YAML/);
    expect(readFileSync(join(dir, 'decks', 'x.html'), 'utf8')).toContain('Event 4');
  });
});

describe('usage mistakes exit 2 with one clear line', () => {
  const { run } = workspace({ 'event-4.md': '# A\n\n### B\n\ntext\n', 'other.md': '# O\n\ntext\n' });
  it('lists the recaps that exist for an unknown name', () => {
    const result = run('nope');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/no recap named "nope" .*recaps that exist: event-4, other/);
    noStack(result.stderr);
  });
  it('refuses names with a path in them, unless the path is a .md file that exists', () => {
    for (const name of ['../x', '/etc/passwd', 'a/b', '..', '.hidden', '/etc/missing.md']) {
      const result = run(name);
      expect(result.status, name).toBe(2);
      expect(result.stderr).toMatch(
        /is not a recap: give the name of a file in .* or the path of a \.md file/,
      );
    }
  });
  it('builds a recap given by its path, named after its file', () => {
    const elsewhere = join(mkdtempSync(join(tmpdir(), 'recap-deck-path-')), 'My Talk.md');
    writeFileSync(elsewhere, '# Talk\n\n## Part\n\nSome words.\n');
    const result = run(elsewhere, '--format', 'html');
    expect(result.status, String(result.stderr)).toBe(0);
    expect(result.stdout).toContain('My Talk.html');
  });
  it('refuses a --shard or --index-only that cannot mean anything', () => {
    const cases: [string[], RegExp][] = [
      [['--shard', '1/2'], /--shard slices the recaps of --all/],
      [['event-4', '--shard', '1/2'], /--shard slices the recaps of --all/],
      [['--all', '--shard', '3/2'], /--shard is I\/N, the I-th of N slices with 1 <= I <= N/],
      [['--all', '--shard', 'half'], /--shard is I\/N/],
      [['--index-only', 'event-4'], /--index-only builds nothing, so it takes no recap names/],
      [['--index-only', '--all', '--shard', '1/2'], /takes no --all or --shard/],
      [['--index-only', '--check'], /takes no --check/],
      [['--all', 'event-4'], /--all builds every recap; give it no names \(event-4\)/],
    ];
    for (const [args, message] of cases) {
      const result = run(...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr, args.join(' ')).toMatch(message);
      noStack(result.stderr);
    }
  });
  it('refuses unknown formats and bad numbers', () => {
    expect(run('event-4', '--format', 'pdf,docx').status).toBe(2);
    expect(run('event-4', '--max-slides', 'lots').status).toBe(2);
    expect(run('event-4', '--bogus').status).toBe(2);
  });
});

describe('bad recaps exit 1 with file:line:col and touch nothing', () => {
  it('says what is wrong with empty, blank, binary and non-UTF-8 files', () => {
    const { dir, run } = workspace({
      'empty.md': '',
      'blank.md': '  \n\n\t\n',
      'only-front.md': '---\ntitle: x\n---\n',
      'binary.md': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      'latin1.md': new Uint8Array([...new TextEncoder().encode('# Caf'), 0xe9, 0x0a]),
    });
    const cases: [string, RegExp][] = [
      ['empty', /empty\.md:1:1: the recap is empty/],
      ['blank', /blank\.md:1:1: the recap is empty/],
      ['only-front', /only-front\.md:1:1: the recap has nothing to present besides its front matter/],
      ['binary', /binary\.md:\d+:\d+: this is not a text file/],
      ['latin1', /latin1\.md:1:6: the recap is not valid UTF-8/],
    ];
    mkdirSync(join(dir, 'decks'));
    writeFileSync(join(dir, 'decks', 'only-front.html'), 'previous good deck');
    for (const [name, message] of cases) {
      const result = run(name, '--format', 'html');
      expect(result.status, name).toBe(1);
      expect(result.stderr).toMatch(message);
      noStack(result.stderr);
    }
    // The previous deck is left as it was, and nothing else is written.
    expect(readFileSync(join(dir, 'decks', 'only-front.html'), 'utf8')).toBe('previous good deck');
    expect(readdirSync(join(dir, 'decks'))).toEqual(['only-front.html']);
  });

  it('builds the same deck from a file with a BOM and CRLF line ends', () => {
    const text = '---\ntitle: "Sự kiện"\n---\n# Bài thu hoạch "Ngày hội"\n\n### Mục tiêu\n\n- Một\n- Hai\n';
    const { dir, run } = workspace({ 'lf.md': text, 'crlf.md': `\ufeff${text.replace(/\n/g, '\r\n')}` });
    expect(run('lf', '--format', 'html').status).toBe(0);
    expect(run('crlf', '--format', 'html').status).toBe(0);
    const strip = (s: string) => s.replace(/recaps\/\w+\.md|deck \w+/g, '');
    expect(strip(readFileSync(join(dir, 'decks', 'crlf.md'), 'utf8'))).toBe(
      strip(readFileSync(join(dir, 'decks', 'lf.md'), 'utf8')),
    );
  });

  it('builds a recap longer than a talk with a warning, and refuses only one too big to read', () => {
    const bullets = [
      '# Big',
      '',
      ...Array.from({ length: 50 }, (_, s) =>
        [
          `### Section ${s}`,
          '',
          ...Array.from({ length: 100 }, (_, b) => `- bullet ${s}.${b} with a handful of words in it`),
          '',
        ].join('\n'),
      ),
    ].join('\n');
    const huge = `# Huge\n\n${'Một đoạn văn rất dài về điện toán đám mây. '.repeat(120_000)}\n`;
    const { dir, run } = workspace({ 'bullets.md': bullets, 'huge.md': huge });
    const many = run('bullets', '--format', 'html');
    expect(many.status).toBe(0);
    expect(many.stderr + many.stdout).toMatch(
      /bullets\.md:1:1: the recap makes \d+ slides, more than one talk holds \(200\)/,
    );
    expect(readdirSync(join(dir, 'decks'))).toContain('bullets.html');
    const big = run('huge', '--format', 'html');
    expect(big.status).toBe(1);
    expect(big.stderr).toMatch(/huge\.md:1:1: the recap is \d\.\d MB; recaps up to 2 MB/);
  });
});

describe('a recap that is a symlink (issue 22, finding 9)', () => {
  it('is read only if it resolves inside the recaps folder, the same for one name and --all', () => {
    const { dir, run } = workspace({ 'real.md': '# Real\n\n## Part\n\nWords of the part.\n' });
    writeFileSync(join(dir, 'secret.md'), '# Secret\n\nSECRET-LINE\n');
    symlinkSync(join(dir, 'secret.md'), join(dir, 'recaps', 'notes.md'));
    symlinkSync('real.md', join(dir, 'recaps', 'alias.md'));
    const refusal = /error: .*recaps\/notes\.md is a link to a file outside .*recaps\/; a recap is read only/;
    const one = run('notes', '--format', 'html');
    expect(one.status).toBe(1);
    expect(one.stderr).toMatch(refusal);
    expect(one.stderr.split('\n').filter((l) => l.startsWith('error:'))).toHaveLength(1);
    noStack(one.stderr);
    expect(run('alias', '--format', 'html').status).toBe(0);
    const all = run('--all', '--format', 'html');
    expect(all.status).toBe(1);
    expect(all.stderr).toMatch(refusal);
    noStack(all.stderr);
    const decks = join(dir, 'decks');
    expect(readdirSync(decks).filter((f) => f.endsWith('.html'))).toEqual([
      'alias.html',
      'index.html',
      'real.html',
    ]);
    for (const file of readdirSync(decks))
      expect(readFileSync(join(decks, file), 'utf8')).not.toContain('SECRET');
    expect(readFileSync(join(decks, 'index.html'), 'utf8')).toContain('is a link to a file outside');
  });
});

describe('an output folder that cannot be written (issue 22, finding 10)', () => {
  it('is one line naming the file, with no stack', () => {
    const { dir, run } = workspace({ 'real.md': '# Real\n\n## Part\n\nWords of the part.\n' });
    writeFileSync(join(dir, 'decks'), 'a file where the output folder goes');
    const result = run('real', '--format', 'html');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^error: cannot write .*decks\/real\.\w+: a file is in the way .* \(EEXIST\)$/m,
    );
    noStack(result.stderr);
    expect(result.stderr).not.toMatch(/^Error: /m);
  });
});
