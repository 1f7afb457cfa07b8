// Input end: reads themes/aws.css and embeds the fonts it names, from @fontsource
// packages, as data URIs, so HTML and PDF never depend on the machine's fonts or network.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { RecapError } from '../errors.js';

/** Every face the theme uses; each keeps its Vietnamese subset. */
const FACES: { pkg: string; css: string[]; skipSubsets?: RegExp }[] = [
  {
    pkg: '@fontsource/be-vietnam-pro',
    css: ['400.css', '400-italic.css', '600.css', '700.css', '700-italic.css', '800.css'],
  },
  { pkg: '@fontsource/jetbrains-mono', css: ['400.css'], skipSubsets: /cyrillic/ },
  { pkg: '@fontsource/noto-sans-symbols', css: ['400.css'], skipSubsets: /latin/ },
];

export async function loadTheme(themePath: string): Promise<string> {
  let css: string;
  try {
    css = await readFile(themePath, 'utf8');
  } catch (error) {
    throw new RecapError(
      `cannot read the theme ${themePath}: ${(error as NodeJS.ErrnoException).code ?? error}`,
      { cause: error },
    );
  }
  const fonts = await Promise.all(FACES.map((face) => embedFace(face.pkg, face.css, face.skipSubsets)));
  // Marp needs the `@theme` comment first; the font faces follow it.
  if (!/^\s*\/\*[\s\S]*?@theme\s+\S+[\s\S]*?\*\//.test(css))
    throw new RecapError(
      `the theme ${themePath} must start with a /* @theme name */ comment, as every Marp theme does`,
    );
  const end = css.indexOf('*/') + 2;
  return `${css.slice(0, end)}\n${fonts.join('\n')}\n${css.slice(end)}`;
}

async function embedFace(pkg: string, files: string[], skipSubsets?: RegExp): Promise<string> {
  const root = dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`));
  const sheets = await Promise.all(files.map((file) => readFile(join(root, file), 'utf8')));
  const blocks = sheets.join('\n').split('@font-face').slice(1);
  const faces = await Promise.all(
    blocks.map(async (block) => {
      const woff2 = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
      if (!woff2 || skipSubsets?.test(woff2)) return '';
      const data = (await readFile(join(root, 'files', woff2))).toString('base64');
      const body = block
        .slice(0, block.indexOf('}') + 1)
        .replace(/src:[^;]+;/, `src: url(data:font/woff2;base64,${data}) format('woff2');`)
        .replace(/font-display:\s*swap;/, 'font-display: block;');
      return `@font-face${body}`;
    }),
  );
  return faces.filter(Boolean).join('\n');
}
