// The A4 handout of real recaps (event-4 and corpus decks with long notes, rows of light
// slides and a paragraph continued over a page), printed and read back: no page but the last
// more than a third blank, every slide on the page of the first line of its notes, and every
// word of the notes a reader gets printed.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/export/browser.js';
import { labelsFor } from '../../src/i18n/labels.js';
import { forReaders } from '../../src/model/deck.js';
import { writeNotes } from '../../src/notes/write-notes.js';
import { type BuildReport, buildDeck } from '../../src/pipeline/build.js';
import { pdfPagesText } from './artifacts.js';
import { blankShares } from './handout-pages.js';

const project = join(import.meta.dirname, '..', '..');
const RECAPS = [
  'recaps/event-4.md',
  'test/corpus/02-security-pillar-cloud-mastery-3-en.md',
  'test/corpus/58-aws-summit-amsterdam-2023-kramdown-attrs-liquid-img-en.md',
  'test/corpus/09-community-day-data-driven-tables-vi.md',
  'stress.md',
];
let browser: Browser;

/** A recap whose notes hold what real ones rarely do at length: code, a long list, long prose,
 * emoji, an address with no spaces. */
function stressRecap(): string {
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  const code = range(70).map(
    (i) => `    echo 'step ${i}: deploy service ${i} to the cluster' && kubectl apply -f svc-${i}.yaml`,
  );
  const items = range(45).map(
    (i) => `- Item ${i}: a bullet that explains something about topic ${i} in a sentence 🚀`,
  );
  const prose = range(60).map((i) => `Sentence ${i} says a bit more about why the architecture matters.`);
  const rows = range(30).map((i) => `| Row ${i} | value ${i} | note ${i} |`);
  return [
    '---\ntitle: "Handout Stress"\ndate: 2025-01-01\n---\n\n# Handout Stress\n',
    `## Code heavy\n\nThe deployment script:\n\n\`\`\`bash\n${code.join('\n')}\n\`\`\`\n`,
    `## Big table\n\n| Name | Value | Note |\n|---|---|---|\n${rows.join('\n')}\n`,
    `## Long list\n\n${items.join('\n')}\n`,
    `## Long prose\n\n${prose.join(' ')}\n`,
    `## Ending\n\nThanks 🙏. See https://example.com/${'a-long-path/'.repeat(12)}index.html for more.\n`,
  ].join('\n');
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const flat = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();
/** Emoji print as pictures, not text. */
const withoutEmoji = (text: string) =>
  text.replace(/\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\uFE0F|\u200D/gu, '');

async function build(recap: string): Promise<{ report: BuildReport; pdf: string }> {
  const name = recap.replace(/^.*\/|\.md$/g, '');
  const outDir = mkdtempSync(join(tmpdir(), 'recap-deck-handout-'));
  const recapPath = recap === 'stress.md' ? join(outDir, recap) : join(project, recap);
  if (recap === 'stress.md') writeFileSync(recapPath, stressRecap());
  const report = await buildDeck({
    name,
    recapPath,
    display: recap,
    outDir,
    formats: ['handout'],
    themePath: join(project, 'themes', 'aws.css'),
    staticDir: join(project, 'static'),
    projectDir: project,
    browser: async () => browser,
  });
  return { report, pdf: join(outDir, `${name}.handout.pdf`) };
}

describe('the handout', () => {
  for (const recap of RECAPS) {
    it(`of ${recap} packs its pages and keeps each slide with the start of its notes`, async () => {
      const { report, pdf } = await build(recap);
      const slides = report.deck.slides;
      const blanks = blankShares(pdf);
      expect(blanks.length).toBeLessThan(slides.length);
      blanks.slice(0, -1).forEach((blank, page) => {
        expect(blank, `page ${page + 1} blank share`).toBeLessThanOrEqual(1 / 3);
      });

      // Pages as text (labels are set in capitals), the page footer ("Page 3 / 9") left out so
      // only slides show "n / total".
      const footer = new RegExp(`${labelsFor(report.deck.meta.lang).page} \\d+ / ${blanks.length}`, 'g');
      // A word broken after its hyphen at a line's end is one word.
      const pages = (await pdfPagesText(pdf)).map((text) =>
        flat(text.replace(/-\n/g, '-')).replace(footer, '').toLowerCase(),
      );
      expect(pages).toHaveLength(blanks.length);
      // The closing slide is for the room: the handout leaves it out, notes and all.
      expect(pages.join(' ')).not.toContain(labelsFor(report.deck.meta.lang).thanks.toLowerCase());
      const notes = slides.map((slide) =>
        slide.layout === 'closing'
          ? ''
          : flat(withoutEmoji(writeNotes(forReaders(slide.notes), 'text'))).toLowerCase(),
      );
      let checked = 0;
      slides.forEach((_, i) => {
        const first = notes[i]!.replace(/^• /, '').split(' ').slice(0, 6).join(' ');
        const number = new RegExp(`(^|\\D)${i + 1} / ${slides.length}(\\D|$)`);
        const slidePage = pages.findIndex((text) => number.test(text));
        if (!first || slidePage < 0) return;
        checked += 1;
        expect(pages[slidePage], `slide ${i + 1}'s notes start on its page`).toContain(first);
      });
      // Most slides with notes show their number (a cover or closing slide may not).
      expect(checked).toBeGreaterThanOrEqual(Math.max(1, notes.filter(Boolean).length / 2));

      // Cards are moved and cut, never made again: every word of the notes is printed.
      const printed = pages.join(' ');
      const words = new Set(
        notes
          .join(' ')
          .replace(/^• |\s•\s/g, ' ')
          .split(' '),
      );
      const lost = [...words].filter((word) => word && !printed.includes(word));
      expect(lost).toEqual([]);
    });
  }
});
