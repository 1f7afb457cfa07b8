// Watches the files a deck is built from (the recap, the theme, the static folder) and
// calls back once per burst of saves; editors write files in several steps.
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';

export function watchFiles(files: string[], folders: string[], onChange: (path: string) => void, delayMs = 30): () => void {
  const watchers: FSWatcher[] = [];
  let timer: NodeJS.Timeout | undefined;
  const fire = (path: string) => {
    clearTimeout(timer);
    timer = setTimeout(() => onChange(path), delayMs);
  };
  // A file's folder is watched, not the file: editors replace files by renaming.
  const byFolder = new Map<string, Set<string>>();
  for (const file of files) {
    const folder = dirname(file);
    byFolder.set(folder, (byFolder.get(folder) ?? new Set()).add(basename(file)));
  }
  for (const [folder, names] of byFolder) {
    watchers.push(watch(folder, (_, name) => name && names.has(name.toString()) && fire(`${folder}/${name}`)));
  }
  for (const folder of folders) {
    if (existsSync(folder)) watchers.push(watch(folder, { recursive: true }, (_, name) => fire(`${folder}/${name ?? ''}`)));
  }
  return () => {
    clearTimeout(timer);
    for (const watcher of watchers) watcher.close();
  };
}
