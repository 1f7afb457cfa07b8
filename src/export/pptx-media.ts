// Keeps one copy of each picture in a PPTX: pptxgenjs writes a media part per use, so a picture
// on 40 slides was 40 parts. Every relationship to a copy is pointed at the first one instead.
import { createHash } from 'node:crypto';
import type JSZip from 'jszip';

export async function shareMedia(zip: JSZip): Promise<void> {
  const first = new Map<string, string>();
  const moved = new Map<string, string>();
  for (const file of zip.file(/^ppt\/media\/./)) {
    const digest = createHash('sha256')
      .update(await file.async('uint8array'))
      .digest('hex');
    const name = file.name.slice('ppt/media/'.length);
    const kept = first.get(digest);
    if (kept === undefined) first.set(digest, name);
    else moved.set(name, kept);
  }
  if (moved.size === 0) return;
  for (const rels of zip.file(/\.rels$/)) {
    const xml = await rels.async('string');
    const pointed = xml.replace(
      /(Target="(?:\.\.\/)*(?:ppt\/)?media\/)([^"]+)"/g,
      (whole, head: string, name: string) => {
        const kept = moved.get(name);
        return kept === undefined ? whole : `${head}${kept}"`;
      },
    );
    if (pointed !== xml) zip.file(rels.name, pointed);
  }
  for (const name of moved.keys()) zip.remove(`ppt/media/${name}`);
}
