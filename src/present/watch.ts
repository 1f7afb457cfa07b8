// Watches the files a deck is built from (the recap, the theme, the static folder) and
// calls back once per burst of saves; editors write files in several steps.
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';

export function watchFiles(
  files: string[],
  folders: string[],
  onChange: () => void,
  delayMs = 30,
): () => void {
  const watchers: FSWatcher[] = [];
  let timer: NodeJS.Timeout | undefined;
  const fire = () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, delayMs);
  };
  // A watched folder that disappears stops being watched; the server goes on.
  const watched = (watcher: FSWatcher) => watchers.push(watcher.on('error', () => watcher.close()));
  // A file's folder is watched, not the file: editors replace files by renaming.
  const byFolder = new Map<string, Set<string>>();
  for (const file of files) {
    const folder = dirname(file);
    byFolder.set(folder, (byFolder.get(folder) ?? new Set()).add(basename(file)));
  }
  for (const [folder, names] of byFolder) {
    watched(watch(folder, (_, name) => name && names.has(name.toString()) && fire()));
  }
  for (const folder of folders) {
    if (existsSync(folder)) watched(watch(folder, { recursive: true }, fire));
  }
  return () => {
    clearTimeout(timer);
    for (const watcher of watchers) watcher.close();
  };
}
