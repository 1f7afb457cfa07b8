// Live-reload latency: time from saving the recap to the new HTML deck on disk, with the
// preview server running as a user runs it.
import { spawn } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export async function measurePresent(
  root: string,
  work: string,
  name: string,
  edits: number,
): Promise<{ median: number; samples: number[] }> {
  const recap = join(work, 'recaps', `${name}.md`);
  const html = join(work, 'present', `${name}.html`);
  const child = spawn(
    process.execPath,
    [
      join(root, 'scripts', 'run.mjs'),
      'present',
      name,
      '--recaps',
      join(work, 'recaps'),
      '--out',
      join(work, 'present'),
      '--port',
      '18731',
    ],
    { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the preview server did not start')), 30_000);
      child.stdout!.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('Presenting')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    const original = readFileSync(recap, 'utf8');
    const samples: number[] = [];
    for (let i = 0; i < edits + 1; i += 1) {
      await new Promise((r) => setTimeout(r, 400));
      const before = statSync(html).mtimeMs;
      const started = performance.now();
      writeFileSync(recap, `${original}\n\nEdit ${i}.\n`);
      while (statSync(html).mtimeMs === before) {
        if (performance.now() - started > 10_000) throw new Error('no rebuild after an edit');
        await new Promise((r) => setTimeout(r, 2));
      }
      // The first rebuild warms the process up; a user's later saves are what count.
      if (i > 0) samples.push(performance.now() - started);
    }
    writeFileSync(recap, original);
    const sorted = [...samples].sort((a, b) => a - b);
    return { median: sorted[Math.floor((sorted.length - 1) / 2)]!, samples };
  } finally {
    child.kill('SIGTERM');
  }
}
