// Validates a PPTX as a strict client reads it: the checks of ../shared/tools/pptx-validate.sh,
// ported so a clean clone runs them (schemas vendored in ooxml-xsd/, xmllint from libxml2-utils).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import JSZip from 'jszip';

const XSD = join(import.meta.dirname, 'ooxml-xsd', 'pml.xsd');
/** The parts pml.xsd describes: slides, notes, layouts, masters and presentation.xml. */
const SCHEMA_PART =
  /^ppt\/(?:(?:slides|notesSlides|slideLayouts|slideMasters|notesMasters)\/[^/]+|presentation)\.xml$/;
const SLIDE = /^ppt\/slides\/[^/]+\.xml$/;
const RELS = /(?:^|\/)_rels\/[^/]+\.rels$/;

/** What a strict client would find wrong in the PPTX at `file`, one line each; [] when valid. */
export async function validatePptx(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const names = Object.keys(zip.files).filter((name) => !zip.files[name]!.dir);
  const text = (name: string) => zip.file(name)!.async('string');
  const parts = new Map<string, string>();
  for (const name of names.filter((n) => SCHEMA_PART.test(n) || SLIDE.test(n) || RELS.test(n)))
    parts.set(name, await text(name));
  return [
    ...schemaProblems(new Map([...parts].filter(([name]) => SCHEMA_PART.test(name)))),
    ...duplicateIds(new Map([...parts].filter(([name]) => SLIDE.test(name)))),
    ...contentTypeProblems(names, await text('[Content_Types].xml')),
    ...relationshipProblems(new Set(names), new Map([...parts].filter(([name]) => RELS.test(name)))),
  ];
}

/** xmllint over every part at once: the schema set is compiled once, not once a part. */
function schemaProblems(parts: Map<string, string>): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'pptx-validate-'));
  try {
    for (const [name, xml] of parts) {
      mkdirSync(join(dir, dirname(name)), { recursive: true });
      writeFileSync(join(dir, name), xml);
    }
    // Relative paths from the folder, so that each message names the part as the zip does.
    execFileSync('xmllint', ['--noout', '--schema', XSD, ...parts.keys()], {
      cwd: dir,
      stdio: 'pipe',
      maxBuffer: 64 * 1024 * 1024,
    });
    return [];
  } catch (error) {
    const { code, status, stderr } = error as { code?: string; status?: number; stderr?: Buffer };
    if (code === 'ENOENT') throw new Error('xmllint is missing (apt-get install libxml2-utils)');
    // Exit 3 is "does not validate"; any other failure (a schema that no longer compiles, a
    // part that is not XML) must fail the test rather than pass as a file with no problems.
    if (status !== 3) throw new Error(`xmllint exited with ${status}: ${stderr?.toString().slice(0, 2000)}`);
    return stderr!
      .toString()
      .split('\n')
      .filter((line) => line.includes('validity error'))
      .map((line) => `schema: ${line.slice(0, 300)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Two shapes of one slide with one id: PowerPoint offers to "repair" the file. */
function duplicateIds(slides: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const [name, xml] of slides) {
    const counts = new Map<string, number>();
    for (const [, id] of xml.matchAll(/<p:cNvPr\b[^>]*?\bid="(\d+)"/g))
      counts.set(id!, (counts.get(id!) ?? 0) + 1);
    for (const [id, n] of counts) if (n > 1) problems.push(`duplicate shape id ${id} (${n}x) in ${name}`);
  }
  return problems;
}

/** Every part has a type, by its extension or its own override, and every override a part. */
function contentTypeProblems(names: string[], types: string): string[] {
  const defaults = new Set(
    [...types.matchAll(/<Default[^>]*Extension="([^"]+)"/gi)].map((m) => m[1]!.toLowerCase()),
  );
  const overrides = new Set([...types.matchAll(/<Override[^>]*PartName="([^"]+)"/g)].map((m) => m[1]!));
  const present = new Set(names.map((name) => `/${name}`));
  // As the package reads it: what follows the last dot of the name, so `_rels/.rels` is "rels".
  const extension = (name: string) => posix.basename(name).split('.').pop()!.toLowerCase();
  return [
    ...names
      .filter((name) => name !== '[Content_Types].xml')
      .filter((name) => !overrides.has(`/${name}`) && !defaults.has(extension(name)))
      .map((name) => `no content type for /${name}`),
    ...[...overrides]
      .filter((part) => !present.has(part))
      .map((part) => `content type names a missing part ${part}`),
  ];
}

/** Every internal relationship's target is a part of the package. */
function relationshipProblems(names: Set<string>, rels: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const [name, xml] of rels) {
    // A .rels file speaks for the part beside its _rels folder: targets are relative to that folder.
    const base = posix.dirname(posix.dirname(name));
    for (const [relationship] of xml.matchAll(/<Relationship\b[^>]*>/g)) {
      if (/\bTargetMode="External"/.test(relationship)) continue;
      const target = /\bTarget="([^"]+)"/.exec(relationship)?.[1];
      if (target === undefined) continue;
      const path = target.startsWith('/') ? posix.normalize(target.slice(1)) : posix.join(base, target);
      if (!names.has(path)) problems.push(`${name}: target ${target} is missing`);
    }
  }
  return problems;
}
