// Bundles the CLIs into dist/bundle with esbuild: one file per command loads far faster
// than hundreds of small modules, and scripts/launch.cjs caches its compiled code. marp-cli stays outside (it reads its own files and is
// only run to capture its template); marp-core's math engines, which decks never use
// (math is off), are left out.
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** MathJax and KaTeX load with marp-core but never run with `math: false`: stand-ins. */
const withoutMath = {
  name: 'without-math',
  setup(build) {
    build.onResolve({ filter: /^(mathjax-full|katex)(\/|$)/ }, (args) => ({
      path: args.path,
      namespace: 'without-math',
    }));
    build.onLoad({ filter: /.*/, namespace: 'without-math' }, () => ({
      contents:
        'const inert = new Proxy(function () {}, { get: () => inert, apply: () => inert, construct: () => inert }); module.exports = inert;',
      loader: 'js',
    }));
  },
};

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const outdir = join(root, 'dist', 'bundle');
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: {
    deck: 'src/cli/main.ts',
    present: 'src/cli/present.ts',
    'ensure-browser': 'src/cli/ensure-browser.ts',
  },
  bundle: true,
  platform: 'node',
  // CommonJS, so scripts/launch.cjs can start it with V8's code cache.
  format: 'cjs',
  target: 'node20',
  outdir,
  outExtension: { '.js': '.cjs' },
  // import() becomes require(): code run through vm.Script has no module loader of its own.
  supported: { 'dynamic-import': false },
  define: { 'import.meta.url': '__recapDeckModuleUrl' },
  external: ['@marp-team/marp-cli', '@marp-team/marp-cli/*'],
  plugins: [withoutMath],
  banner: { js: "const __recapDeckModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
  // Without comments and indentation the code is a third smaller: less to read and hold in
  // memory at every start. Names stay, so stack traces still say where an error came from;
  // the libraries' licence comments go to <name>.cjs.LEGAL.txt.
  minifyWhitespace: true,
  legalComments: 'external',
});
writeFileSync(join(root, 'dist', '.build-stamp'), '');
