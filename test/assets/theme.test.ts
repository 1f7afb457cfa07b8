// The theme names its fonts by importing @fontsource CSS; loading it for a build puts each
// face in place as a data URI, so the deck asks for no file, and refuses any other import.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACES } from '../../src/assets/font-metrics.js';
import { loadTheme, regularFontFaces } from '../../src/assets/theme.js';
import { RecapError } from '../../src/errors.js';

const project = join(import.meta.dirname, '..', '..');
const themePath = join(project, 'themes', 'aws.css');

function theme(css: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'recap-deck-theme-')), 'theme.css');
  writeFileSync(path, css);
  return path;
}

describe('loadTheme', () => {
  it('embeds every face the theme imports, where the imports stood, and leaves no import', async () => {
    const raw = readFileSync(themePath, 'utf8');
    const imports = raw.match(/@import url\(/g) ?? [];
    expect(imports.length).toBeGreaterThan(0);
    const css = await loadTheme(themePath);
    expect(css).not.toMatch(/@import/);
    expect(css.match(/url\([^)]*\)/g)?.every((url) => url.startsWith('url(data:font/woff2;base64,'))).toBe(
      true,
    );
    const faces = css.match(/@font-face\s*{[^}]*}/g) ?? [];
    const family = (name: string) => faces.filter((face) => face.includes(`'${name}'`));
    // Be Vietnam Pro: six weights and styles, each with its Vietnamese, Latin-ext and Latin subsets.
    expect(family('Be Vietnam Pro')).toHaveLength(18);
    expect(family('Be Vietnam Pro').filter((face) => /U\+1EA0-1EF9/.test(face))).toHaveLength(6);
    expect(family('JetBrains Mono').length).toBeGreaterThan(0);
    expect(family('Noto Sans Symbols').length).toBeGreaterThan(0);
    expect(faces.every((face) => face.includes('font-display: block'))).toBe(true);
    // The faces come before the theme's own rules, as the imports did.
    expect(css.indexOf('@font-face')).toBeLessThan(css.indexOf(':root'));
    expect(css.slice(css.lastIndexOf('@font-face'))).toContain(':root');
  });

  it('imports every face the planner measures text with', () => {
    const raw = readFileSync(themePath, 'utf8');
    for (const { pkg, weight, style } of Object.values(FACES))
      expect(raw).toContain(
        `@import url('../node_modules/${pkg}/${weight}${style === 'italic' ? '-italic' : ''}.css');`,
      );
  });

  it('embeds the faces of another @fontsource import, from wherever the theme sits', async () => {
    const css = await loadTheme(
      theme(
        '/* @theme t */\n@import url("../../node_modules/@fontsource/jetbrains-mono/400.css");\nsection{}',
      ),
    );
    expect(css).toMatch(/^\/\* @theme t \*\/\n@font-face/);
    expect(css).toContain("font-family: 'JetBrains Mono'");
    expect(css).not.toContain('cyrillic');
    expect(css.endsWith('\nsection{}')).toBe(true);
  });

  it('refuses imports that would make the deck ask for a file or the network', async () => {
    for (const url of [
      'https://fonts.example.com/css?family=Inter',
      './other.css',
      '../node_modules/left-pad/index.css',
      '../node_modules/@fontsource/inter/../../../etc/passwd.css',
    ]) {
      const path = theme(`/* @theme t */\n@import url('${url}');\nsection{}`);
      await expect(loadTheme(path), url).rejects.toThrow(RecapError);
      await expect(loadTheme(path), url).rejects.toThrow(/imports only the CSS of @fontsource fonts/);
    }
    const missing = theme(
      "/* @theme t */\n@import url('../node_modules/@fontsource/be-vietnam-pro/950.css');",
    );
    await expect(loadTheme(missing)).rejects.toThrow(/not installed/);
  });

  it('refuses a theme without its @theme comment', async () => {
    await expect(loadTheme(theme('section{}'))).rejects.toThrow(/must start with a \/\* @theme name \*\//);
  });
});

describe('regularFontFaces', () => {
  it('keeps the body font at its regular weight, in every subset', async () => {
    const faces = regularFontFaces(await loadTheme(themePath)).match(/@font-face/g) ?? [];
    expect(faces).toHaveLength(3);
    expect(regularFontFaces(await loadTheme(themePath))).not.toMatch(/font-weight: [^4]/);
  });
});
