// The benchmark itself runs (on a tiny recap, one run each) and reports every goal;
// the real figures live in BENCHMARKS.md, made by `npm run bench`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const project = join(import.meta.dirname, '..', '..');

describe('npm run bench', () => {
  it('measures recap-deck against marp-cli and writes the table', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'recap-deck-bench-')), 'BENCHMARKS.md');
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'bench/run.ts',
        '--runs',
        '1',
        '--quick',
        '--recap',
        'test/fixtures/no-headings/input.md',
        '--write',
        out,
      ],
      { cwd: project, encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    const report = readFileSync(out, 'utf8');
    for (const row of [
      'recap-deck: all formats',
      'marp-cli: pptx',
      'full build / (marp-cli html + pdf + pptx)',
      '`--format html` / marp-cli html',
      'present: save',
      'peak memory',
      'PPTX, pictures at scale 2',
    ])
      expect(report).toContain(row);
    // The headline: the commands a user types, npm and npx included, as a ratio of pairs.
    expect(report).toMatch(
      /\| as a user runs it: `npm run deck` \/ three `npx marp` runs, [^|]*\| \d+\.\d\d× /,
    );
    expect(report).toMatch(
      /\| processes alone: full build \/ \(marp-cli html \+ pdf \+ pptx\)[^|]*\| \d+\.\d\d× /,
    );
  }, 240_000);
});
