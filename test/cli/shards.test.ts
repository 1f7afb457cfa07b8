// `--all --shard I/N` on N machines, their output folders joined, then `--index-only`: every
// recap is built by exactly one shard, a shard writes no index, and the joined index is the
// one a single `--all` writes, the failed deck listed with its error.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const project = join(import.meta.dirname, '..', '..');
const deck = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/run.mjs', 'deck', ...args], { cwd: project, encoding: 'utf8' });
const records = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.deck.json'))
    .map((f) => f.slice(0, -'.deck.json'.length));

describe('deck --all --shard I/N, then --index-only', () => {
  it('builds each recap once across the shards and joins them into the index --all writes', () => {
    const work = mkdtempSync(join(tmpdir(), 'recap-deck-shards-'));
    const recaps = join(work, 'recaps');
    mkdirSync(recaps);
    const corpus = [
      '21-study-group-sharing-short-table-vi.md',
      '23-events-index-notice-links-en.md',
      '24-events-index-link-headings-vi.md',
      '29-workshop-start-notice-very-short-mixed.md',
      '33-devops-modern-operations-en.md',
    ];
    for (const file of corpus) copyFileSync(join(project, 'test', 'corpus', file), join(recaps, file));
    writeFileSync(join(recaps, 'broken.md'), '---\ntitle: "Event 4\nweight: [\n---\n# A\n');
    const names = [...corpus.map((f) => f.slice(0, -3)), 'broken'];

    const shards = [1, 2, 3].map((i) => {
      const out = join(work, `shard-${i}`);
      const run = deck('--all', '--shard', `${i}/3`, '--format', 'html', '--recaps', recaps, '--out', out);
      return { out, run, built: records(out) };
    });
    const built = shards.flatMap((s) => s.built);
    expect(built.sort()).toEqual([...names].sort());
    expect(new Set(built).size).toBe(built.length);
    for (const { out, run, built } of shards) {
      expect(built.length, out).toBe(2);
      expect(run.status, run.stderr).toBe(built.includes('broken') ? 1 : 0);
      expect(run.stdout).toMatch(/^shard \d\/3: 2 of 6 recaps/m);
      expect(existsSync(join(out, 'index.html'))).toBe(false);
      for (const name of built) expect(existsSync(join(out, `${name}.html`)), name).toBe(name !== 'broken');
    }
    expect(shards.find((s) => s.built.includes('broken'))!.run.stderr).toMatch(
      /broken\.md:\d+:\d+: front matter is not valid YAML/,
    );

    const joined = join(work, 'joined');
    for (const { out } of shards) cpSync(out, joined, { recursive: true });
    const before = readdirSync(joined).sort();
    const index = deck('--index-only', '--out', joined);
    expect(index.status, index.stderr).toBe(0);
    expect(index.stdout).toContain('index.html: 5 decks listed, 1 failed');
    expect(readdirSync(joined).sort()).toEqual([...before, 'index.html'].sort());
    const page = readFileSync(join(joined, 'index.html'), 'utf8');
    expect(page.match(/<article/g)).toHaveLength(6);
    expect(page).toMatch(
      /<h2>broken<\/h2><p class="error">[^<]*broken\.md:\d+:\d+: front matter is not valid YAML/,
    );
    for (const [, href] of page.matchAll(/href="([^"]+)"/g))
      expect(existsSync(join(joined, decodeURI(href!))), href).toBe(true);

    // One machine building everything writes the same index.
    const alone = join(work, 'alone');
    const all = deck('--all', '--format', 'html', '--recaps', recaps, '--out', alone);
    expect(all.status).toBe(1);
    expect(all.stdout).toContain('index.html: 5 decks listed, 1 failed');
    expect(readFileSync(join(alone, 'index.html'), 'utf8')).toBe(page);
  }, 120_000);
});
