// `deck --review`: prints the notes to the author alone, writes nothing and exits 0.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const project = join(import.meta.dirname, '..', '..');

describe('notes to the author', () => {
  it('are printed alone by --review, which writes nothing and exits 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'recap-deck-review-'));
    mkdirSync(join(dir, 'recaps'));
    writeFileSync(
      join(dir, 'recaps', 'x.md'),
      '# Event 2\n\n## Demo\n\n- A point.\n\n## Lessons\n\n- Another.\n',
    );
    const result = spawnSync(
      process.execPath,
      [
        'scripts/run.mjs',
        'deck',
        'x',
        '--review',
        '--recaps',
        join(dir, 'recaps'),
        '--out',
        join(dir, 'decks'),
      ],
      { cwd: project, encoding: 'utf8' },
    );
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/x\.md:\d+:1: slide 1 is titled only "Event 2"; name the event/);
    expect(result.stdout).not.toMatch(/slides, .* with notes/);
    expect(existsSync(join(dir, 'decks'))).toBe(false);
  });
});
