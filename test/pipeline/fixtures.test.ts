// Fixture folders: test/fixtures/<case>/input.md (or, for the user's own recap, recaps/<case>.md)
// must plan and render to expected.md. Run with UPDATE_FIXTURES=1 to rewrite the expectations
// after an intended change.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plan } from '../helpers.js';

const root = join(import.meta.dirname, '..', 'fixtures');
const recaps = join(import.meta.dirname, '..', '..', 'recaps');

describe('fixtures: recap in, Marp Markdown out', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, () => {
      const own = join(root, name, 'input.md');
      const input = readFileSync(existsSync(own) ? own : join(recaps, `${name}.md`), 'utf8');
      const { markdown, warnings } = plan(input, `recaps/${name}.md`);
      const actual = `${markdown}${warnings.map((w) => `<!-- warning: ${w.location?.line}:${w.location?.column} ${w.message} -->\n`).join('')}`;
      const expectedPath = join(root, name, 'expected.md');
      if (process.env.UPDATE_FIXTURES) writeFileSync(expectedPath, actual);
      expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }
});
