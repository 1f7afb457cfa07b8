// The commands of .github/workflows/decks.yml, run here: `--all --shard I/N` for each shard
// of its matrix, their output folders joined as its artifacts are, then `--index-only`. Every
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
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const project = join(import.meta.dirname, '..', '..');
const deck = (...args: string[]) =>
  spawnSync(process.execPath, ['scripts/run.mjs', 'deck', ...args], { cwd: project, encoding: 'utf8' });
interface Job {
  needs?: string;
  strategy?: { matrix: { shard: number[] } };
  steps: { run?: string; uses?: string; with?: Record<string, unknown> }[];
}
const workflow = yaml.load(readFileSync(join(project, '.github', 'workflows', 'decks.yml'), 'utf8')) as {
  jobs: Record<string, Job>;
};

/** The arguments a workflow step gives `npm run deck --`, the placeholders filled in. */
function deckArgs(job: Job, flag: string, values: Record<string, string | number> = {}): string[] {
  const run = job.steps.find((step) => step.run?.includes(flag))?.run;
  expect(run, `a step running ${flag}`).toMatch(/^npm run deck -- /);
  const filled = run!.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, key: string) => String(values[key]));
  return filled.replace('npm run deck -- ', '').trim().split(/\s+/);
}

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
    writeFileSync(join(recaps, 'broken.md'), '---\ntitle: "Event 4"\n---\n');
    const names = [...corpus.map((f) => f.slice(0, -3)), 'broken'];

    const { shard: shardJob, index: indexJob } = workflow.jobs;
    const matrix = shardJob!.strategy!.matrix.shard;
    expect(matrix.length).toBeGreaterThan(1);
    const shards = matrix.map((i) => {
      const out = join(work, `shard-${i}`);
      const args = deckArgs(shardJob!, '--shard', { 'matrix.shard': i, 'strategy.job-total': matrix.length });
      const run = deck(...args, '--format', 'html', '--recaps', recaps, '--out', out);
      return { out, run, built: existsSync(out) ? records(out) : [] };
    });
    const built = shards.flatMap((s) => s.built);
    expect(built.sort()).toEqual([...names].sort());
    expect(new Set(built).size).toBe(built.length);
    for (const { out, run, built } of shards) {
      expect(built.length, out).toBeGreaterThanOrEqual(Math.floor(names.length / matrix.length));
      expect(built.length, out).toBeLessThanOrEqual(Math.ceil(names.length / matrix.length));
      expect(run.status, run.stderr).toBe(built.includes('broken') ? 1 : 0);
      expect(run.stdout).toMatch(
        new RegExp(`^shard \\d+/${matrix.length}: ${built.length} of 6 recaps`, 'm'),
      );
      expect(existsSync(join(out, 'index.html'))).toBe(false);
      for (const name of built) expect(existsSync(join(out, `${name}.html`)), name).toBe(name !== 'broken');
    }
    expect(shards.find((s) => s.built.includes('broken'))!.run.stderr).toMatch(
      /broken\.md:\d+:\d+: the recap has nothing to present/,
    );

    // The index job needs the shards, and downloads every artifact they upload into one folder.
    expect(indexJob!.needs).toBe('shard');
    const upload = shardJob!.steps.find((step) => step.uses?.startsWith('actions/upload-artifact'))!.with!;
    const download = indexJob!.steps.find((step) => step.uses?.startsWith('actions/download-artifact'))!
      .with!;
    expect(upload.path).toBe('decks/');
    expect(download).toMatchObject({ path: 'decks', 'merge-multiple': true });
    const pattern = new RegExp(`^${String(download.pattern).replace('*', '.*')}$`);
    expect(String(upload.name).replace(/\$\{\{[^}]*\}\}/, '1')).toMatch(pattern);
    const joined = join(work, 'joined');
    for (const { out } of shards) if (existsSync(out)) cpSync(out, joined, { recursive: true });
    const before = readdirSync(joined).sort();
    const index = deck(...deckArgs(indexJob!, '--index-only'), '--out', joined);
    expect(index.status, index.stderr).toBe(0);
    expect(index.stdout).toContain('index.html: 5 decks listed, 1 failed');
    expect(readdirSync(joined).sort()).toEqual([...before, 'index.html'].sort());
    const page = readFileSync(join(joined, 'index.html'), 'utf8');
    expect(page.match(/<article/g)).toHaveLength(6);
    expect(page).toMatch(
      /<h2>broken<\/h2><p class="error">[^<]*broken\.md:\d+:\d+: the recap has nothing to present/,
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
