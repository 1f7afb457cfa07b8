// Where a run finds what it builds with: the theme shipped with recap-deck, and a Hugo
// site's static/ folder (beside the folder of recaps) for images written as /images/x.png.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Two levels up from here: src/cli when run from source, dist/bundle when bundled.
const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const THEME_PATH = join(PROJECT, 'themes', 'aws.css');

export function staticDirFor(recapsDir: string): string {
  return join(dirname(resolve(recapsDir)), 'static');
}
