// Input end: reads the theme (themes/aws.css) and embeds the fonts it imports from @fontsource
// packages as data URIs, so HTML and PDF never depend on the machine's fonts, files or network.
// The theme imports the packages' own CSS, so Marp for VS Code, which reads the theme as it
// is, loads the same faces from node_modules and breaks lines as the build does.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { RecapError } from '../errors.js';

/** Subsets the build leaves out, to keep every deck small. */
const LEFT_OUT: Record<string, RegExp> = {
  // Code in Cyrillic is rare in recaps.
  '@fontsource/jetbrains-mono': /cyrillic/,
  // Be Vietnam Pro comes before it in every font stack of the theme.
  '@fontsource/noto-sans-symbols': /latin/,
};

const IMPORT = /@import\s+url\(\s*(['"]?)([^'")\s]+)\1\s*\)\s*;/g;
/** `../node_modules/@fontsource/<family>/<file>.css`, from wherever the theme sits. */
const FONTSOURCE_CSS = /(?:^|\/)node_modules\/(@fontsource\/[a-z0-9-]+)\/([\w-]+\.css)$/;

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
  if (!/^\s*\/\*[\s\S]*?@theme\s+\S+[\s\S]*?\*\//.test(css))
    throw new RecapError(
      `the theme ${themePath} must start with a /* @theme name */ comment, as every Marp theme does`,
    );
  const imports = [...css.matchAll(IMPORT)];
  const faces = await Promise.all(
    imports.map((match) => {
      const font = FONTSOURCE_CSS.exec(match[2]!);
      if (!font)
        throw new RecapError(
          `the theme ${themePath} imports ${match[2]}; a theme imports only the CSS of @fontsource ` +
            "fonts (url('../node_modules/@fontsource/<font>/<weight>.css')), which the build embeds",
        );
      return embedFontCss(font[1]!, font[2]!);
    }),
  );
  // Each import gives way to its faces, where it stood.
  let at = 0;
  const parts: string[] = [];
  for (const [i, match] of imports.entries()) {
    parts.push(css.slice(at, match.index), faces[i]!);
    at = match.index + match[0].length;
  }
  return parts.join('') + css.slice(at);
}

/** An @fontsource CSS file's faces, each with its WOFF2 file as a data URI. */
async function embedFontCss(pkg: string, file: string): Promise<string> {
  const root = dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`));
  let sheet: string;
  try {
    sheet = await readFile(join(root, file), 'utf8');
  } catch (error) {
    throw new RecapError(`the theme imports ${pkg}/${file}, which is not installed`, { cause: error });
  }
  const faces = await Promise.all(
    sheet
      .split('@font-face')
      .slice(1)
      .map(async (block) => {
        const woff2 = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
        if (!woff2 || LEFT_OUT[pkg]?.test(woff2)) return '';
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

/** The regular-weight faces of the body font, from the theme CSS with fonts embedded: for pages
 * that are not slides (the handout's header and footer, the index of decks). */
export function regularFontFaces(themeCss: string): string {
  return (themeCss.match(/@font-face\s*{[^}]*}/g) ?? [])
    .filter(
      (face) =>
        /Be Vietnam Pro/.test(face) && /font-weight:\s*400/.test(face) && /font-style:\s*normal/.test(face),
    )
    .join('\n');
}
