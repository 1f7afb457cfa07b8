// Bundles the CLIs into dist/bundle with esbuild: one file per command loads far faster
// than hundreds of small modules. Marp stays outside (marp-cli reads its own files).
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const outdir = join(root, 'dist', 'bundle');
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { deck: 'src/cli/main.ts', present: 'src/cli/present.ts', 'ensure-browser': 'src/cli/ensure-browser.ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir,
  splitting: true,
  external: ['@marp-team/*'],
  // Bundled CommonJS code still calls require().
  banner: { js: "import { createRequire as __recapDeckRequire } from 'node:module'; const require = __recapDeckRequire(import.meta.url);" },
  logLevel: 'warning',
});
writeFileSync(join(root, 'dist', '.build-stamp'), '');
