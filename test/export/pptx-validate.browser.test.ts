// The editable PPTX is one a strict client opens without "repairing" it (issue 20): event-4 and
// corpus recaps of different shapes, built by the CLI, pass pptx-validate.ts (the ECMA-376 schemas,
// shape ids, relationships, content types), and a corrupted copy shows the validator can fail.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validatePptx } from './pptx-validate.js';

const project = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'recap-deck-pptx-validate-'));
const CORPUS = [
  '04-bedrock-agentcore-diaflow-cloudthinker-en', // tables, cards, speakers, two columns, steps
  '16-daily-worklog-no-headings-emoji-vi', // emoji, prose
  '28-workshop-lambda-step-code-block-vi', // pictures (given below), code
  '75-sukien1-cloud-mastery1-time-h3-agenda-long-vi', // dividers, 37 slides, emoji
  '81-kickoff-bom-notice-warning-emoji-agenda-en', // agenda table, notices, quote, speakers
  '93-worklog-week11-13-row-task-table-align-colons-en', // task table over slides, two columns
  '109-giant-agenda-table-long-cells-community-day-vi', // long table cells
];
// The corpus keeps no pictures: recap 28's six are given one (an SVG, whatever the name says;
// the build reads the bytes), so that the PPTX has <p:pic> parts to validate too.
const PICTURE =
  '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360"><rect width="640" height="360" ' +
  'fill="#232f3e"/><circle cx="320" cy="180" r="120" fill="#ff9900"/></svg>';
const pptx = (name: string) => join(work, 'out', `${name}.pptx`);

beforeAll(() => {
  const recaps = join(work, 'recaps');
  mkdirSync(recaps);
  copyFileSync(join(project, 'recaps', 'event-4.md'), join(recaps, 'event-4.md'));
  for (const name of CORPUS)
    copyFileSync(join(project, 'test', 'corpus', `${name}.md`), join(recaps, `${name}.md`));
  for (const n of ['', '-1', '-2', '-3', '-4', '-5']) writeFileSync(join(recaps, `image${n}.png`), PICTURE);
  // One build of all eight starts the browser once (about half the time of eight builds). It
  // runs in the work folder: a picture is embedded only from inside the folder the CLI runs in.
  const args = ['deck', '--all', '--recaps', 'recaps', '--out', 'out', '--format', 'pptx', '--quiet'];
  const cli = spawnSync(process.execPath, [join(project, 'scripts', 'run.mjs'), ...args], {
    cwd: work,
    encoding: 'utf8',
  });
  expect(cli.status, cli.stderr).toBe(0);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the editable PPTX, validated as a strict client reads it', () => {
  it.each(['event-4', ...CORPUS])('%s is valid', async (name) => {
    expect(await validatePptx(pptx(name))).toEqual([]);
  });

  it('validates pictures too: recap 28 has them', async () => {
    const zip = await JSZip.loadAsync(readFileSync(pptx(CORPUS[2]!)));
    const slides = zip.file(/^ppt\/slides\/[^/]+\.xml$/);
    const pictures = await Promise.all(
      slides.map(async (s) => (await s.async('string')).split('<p:pic>').length - 1),
    );
    expect(pictures.reduce((a, b) => a + b)).toBeGreaterThanOrEqual(6);
  });

  it('reports each problem of a corrupted copy of event-4', async () => {
    const zip = await JSZip.loadAsync(readFileSync(pptx('event-4')));
    const read = (name: string) => zip.file(name)!.async('string');
    // Slide 2's last shape takes the id of the one before it.
    const slide = await read('ppt/slides/slide2.xml');
    const shapes = [...slide.matchAll(/<p:cNvPr\b[^>]*?\bid="(\d+)"[^>]*>/g)];
    const [before, last] = shapes.slice(-2) as [RegExpExecArray, RegExpExecArray];
    zip.file(
      'ppt/slides/slide2.xml',
      slide.replace(last[0], last[0].replace(/\bid="\d+"/, `id="${before[1]}"`)),
    );
    // The slide size moves before the masters' list, where the schema does not allow it.
    const presentation = await read('ppt/presentation.xml');
    const size = /<p:sldSz\b[^>]*\/>/.exec(presentation)![0];
    zip.file(
      'ppt/presentation.xml',
      presentation.replace(size, '').replace('<p:sldMasterIdLst>', `${size}$&`),
    );
    // A part that presentation.xml, notes slide 3 and [Content_Types].xml all name goes away,
    // and a part that nothing gives a type arrives.
    zip.remove('ppt/slides/slide3.xml');
    zip.file('ppt/stray.bin', 'untyped');
    const corrupted = join(work, 'corrupted.pptx');
    writeFileSync(corrupted, await zip.generateAsync({ type: 'nodebuffer' }));

    const problems = await validatePptx(corrupted);
    expect(problems, problems.join('\n')).toEqual([
      expect.stringMatching(/^schema: ppt\/presentation\.xml:\d+: element sldMasterIdLst: .*validity error/),
      `duplicate shape id ${before[1]} (2x) in ppt/slides/slide2.xml`,
      'no content type for /ppt/stray.bin',
      'content type names a missing part /ppt/slides/slide3.xml',
      'ppt/_rels/presentation.xml.rels: target slides/slide3.xml is missing',
      'ppt/notesSlides/_rels/notesSlide3.xml.rels: target ../slides/slide3.xml is missing',
    ]);
  });
});
