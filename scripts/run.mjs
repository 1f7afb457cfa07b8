// Runs a recap-deck command from dist/, bundling src/ first when it changed since the
// last build, so `npm run deck` is fast and never runs stale code.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const stamp = join(root, 'dist', '.build-stamp');

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function ensureBuilt() {
  const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  if (
    built >= Math.max(newest(join(root, 'src')), statSync(join(root, 'scripts', 'bundle.mjs')).mtimeMs) &&
    existsSync(join(root, 'dist', 'bundle'))
  )
    return;
  process.stderr.write('recap-deck: bundling src/ …\n');
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'bundle.mjs')], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const [command, ...args] = process.argv.slice(2);
const entry = {
  deck: 'bundle/deck.cjs',
  'ensure-browser': 'bundle/ensure-browser.cjs',
  present: 'bundle/present.cjs',
  build: undefined,
}[command ?? ''];
if (entry === undefined && command !== 'build') {
  console.error(`usage: node scripts/run.mjs <deck|present|ensure-browser|build> [args]`);
  process.exit(2);
}
ensureBuilt();
if (entry) {
  // A build is a short run: compiling hot code for peak speed costs more than it saves,
  // and a larger young generation spares most garbage collections. The preview server
  // rebuilds the same deck again and again: there, optimised code pays.
  if (command !== 'present') setFlagsFromString('--no-opt');
  setFlagsFromString('--max-semi-space-size=16');
  process.argv = [process.argv[0], join(root, 'dist', entry), ...args];
  createRequire(import.meta.url)('./launch.cjs').launch(join(root, 'dist', entry));
}
