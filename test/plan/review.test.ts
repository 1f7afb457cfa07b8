import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewNotes } from '../../src/plan/review.js';
import { plan } from '../helpers.js';

const project = join(import.meta.dirname, '..', '..');

describe('notes to the author', () => {
  it('name a slide titled only by a label, and parts that share one name, at their recap line', () => {
    const { deck } = plan(
      '---\ntitle: "Sự kiện 4"\n---\n\n## Giới thiệu\n\n- Một ý.\n\n## Takeaways\n\n### A\n\n- x one two three four five six seven eight nine ten eleven\n\n## More\n\n### Takeaways\n\n- y\n',
    );
    const notes = reviewNotes(deck.slides).map((n) => `${n.origin.line}: ${n.message}`);
    expect(notes).toContainEqual(
      expect.stringMatching(/^\d+: slide 1 is titled only "Sự kiện 4"; name the event/),
    );
    expect(notes).toContainEqual(
      expect.stringMatching(/^5: slide \d+ is titled only "Giới thiệu"; name the part/),
    );
  });

  it('say nothing of a deck whose titles say what their slides are about', () => {
    const { deck } = plan('# Serverless Day 2026\n\n## Lambda cold starts\n\n- Keep packages small.\n');
    expect(reviewNotes(deck.slides)).toEqual([]);
  });

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
