// Where the build keeps what it works out once and reuses: font metrics, the presenter's shell,
// merged PPTX font faces. One folder under node_modules, from src/ and from the bundle alike
// (both sit two levels under the project).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CACHE_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'node_modules',
  '.cache',
  'recap-deck',
);
