// Speaker notes on the real recaps: more than the slide, never its words again, links to
// where its terms come back, terms explained once, a cue on every slide; and `plain`
// notes exactly as the planner wrote them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { forReaders, type NotePart, noteMarks, notePart, type Slide } from '../../src/model/deck.js';
import { blockText } from '../../src/model/text.js';
import { readRecap } from '../../src/recap/read.js';
import { words } from '../../src/model/text.js';
import { est } from '../helpers.js';
import { toDeck } from '../../src/plan/to-deck.js';
import { cardTitles, slideText } from '../../src/model/text.js';
import { plainNotes } from '../../src/notes/write-notes.js';

const project = join(import.meta.dirname, '..', '..');
const EVENT_4 = join(project, 'recaps', 'event-4.md');
const corpus = readdirSync(join(project, 'test', 'corpus'))
  .filter((name) => name.endsWith('.md') && name !== 'README.md')
  .map((name) => join(project, 'test', 'corpus', name));

function deckOf(path: string, notes: 'speaker' | 'plain' = 'speaker') {
  const recap = readRecap(readFileSync(path, 'utf8'), new VFile({ path: path }));
  return toDeck({ recap, assets: new Map(), est, source: path, name: 'test', notes });
}

const partText = (slide: Slide, part: NotePart) =>
  plainNotes(slide.notes.filter((note) => notePart(note) === part && !noteMarks(note).label));

/** How many words the notes say that the slide does not show. */
function added(slide: Slide, notes: RootContent[]): number {
  const shown = new Set(words(slideText(slide)));
  return words(plainNotes(notes)).filter((word) => !shown.has(word)).length;
}

const share = (slides: Slide[], notesOf: (slide: Slide) => RootContent[]) => {
  const noted = slides.filter((slide) => slide.notes.length > 0);
  return noted.filter((slide) => added(slide, notesOf(slide)) >= 5).length / noted.length;
};

/** The slide titled by a part, or holding it as one of its cards. */
function showing(slides: Slide[], title: RegExp): Slide {
  return slides.find(
    (s) => title.test(s.title) || (s.layout === 'cards' && cardTitles(s).some((t) => title.test(t))),
  )!;
}

describe('speaker notes of event-4', () => {
  const deck = deckOf(EVENT_4);
  const slide = (title: RegExp) => showing(deck.slides, title);

  it('cite the action plan on the CI/CD slide', () => {
    const links = partText(slide(/CI\/CD Pipeline/), 'links');
    const plan = '“Tự xây dựng pipeline CI/CD với CodeCommit & CodePipeline”';
    expect(links).toContain(`→ Kế Hoạch Hành Động Cá Nhân 1: ${plan}`);
    expect(links).toMatch(/\(slide \d+\)/);
  });

  it('explain IaC and its tool on the IaC card, CloudWatch on the monitoring card', () => {
    const iac = partText(slide(/Infrastructure as Code/), 'terms');
    // The term itself is explained once, on the first slide that names it.
    const upTo = deck.slides.slice(0, deck.slides.indexOf(slide(/Infrastructure as Code/)) + 1);
    const explained = upTo
      .map((s) => partText(s, 'terms'))
      .filter((t) => t.includes('IaC — Infrastructure as Code'));
    expect(explained).toHaveLength(1);
    expect(iac).toContain('AWS CloudFormation:');
    const monitoring = partText(slide(/Monitoring/), 'terms');
    expect(monitoring).toContain('Amazon CloudWatch: dịch vụ giám sát');
  });

  it('never repeat a point the slide shows word for word', () => {
    for (const s of deck.slides) {
      const shown = slideText(s).replace(/\s+/g, ' ');
      for (const note of s.notes.filter((n) => notePart(n) === 'say'))
        expect(shown, `slide "${s.title}"`).not.toContain(blockText(note).replace(/\s+/g, ' '));
    }
  });

  it('keep the parts in order, labelled, each slide ending with its time and the next slide', () => {
    const order: NotePart[] = ['say', 'links', 'terms', 'cue'];
    deck.slides.forEach((s, i) => {
      const parts = s.notes.map(notePart);
      expect(parts, s.title).toEqual([...parts].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
      expect(parts[parts.length - 1]).toBe('cue');
      expect(partText(s, 'cue')).toContain(`≈ ${deck.timing.perSlide[i]} giây`);
      const next = deck.slides[i + 1];
      const lead = next && next.layout !== 'closing' ? `Tiếp theo: ${next.title}` : '';
      expect(partText(s, 'cue')).toContain(lead);
      for (const part of ['links', 'terms'] as const)
        if (s.notes.some((n) => notePart(n) === part))
          expect(noteMarks(s.notes.find((n) => notePart(n) === part)!).label, `${s.title} ${part}`).toBe(
            true,
          );
    });
  });

  it('explain each term once, at most four a slide (two a card), and link at most three slides', () => {
    const explained = deck.slides
      .filter((s) => s.layout !== 'closing')
      .flatMap((s) => {
        const lines = partText(s, 'terms').split('\n').filter(Boolean);
        expect(lines.length, s.title).toBeLessThanOrEqual(Math.max(4, 2 * cardTitles(s).length));
        expect(partText(s, 'links').split('\n').filter(Boolean).length, s.title).toBeLessThanOrEqual(3);
        return lines.map((line) => line.split(/ — |: /)[0]);
      });
    expect(explained.length).toBeGreaterThan(15);
    expect(new Set(explained).size).toBe(explained.length);
  });

  it('leave the cues out of what the handout reads', () => {
    for (const s of deck.slides) expect(forReaders(s.notes).some((n) => notePart(n) === 'cue')).toBe(false);
  });

  it('are the recap’s own words and the lead-in only, with --notes plain', () => {
    const plainDeck = deckOf(EVENT_4, 'plain');
    const cicd = showing(plainDeck.slides, /CI\/CD Pipeline/);
    expect(plainNotes(cicd.notes)).toContain(
      [
        '2. CI/CD Pipeline Trên AWS',
        '',
        '• Bộ công cụ AWS DevTools (CodeCommit, CodeBuild, CodeDeploy, CodePipeline) ' +
          'hỗ trợ tự động hóa hoàn toàn quá trình release.',
        '• Các chiến lược triển khai: Blue/Green, Canary, Rolling Update.',
        '• Demo pipeline: từ commit → build → test → deploy lên EC2/ECS.',
        '',
        'Tiếp theo: Nội Dung Nổi Bật & Bài Học Chính (tiếp): Infrastructure as Code (IaC).',
      ].join('\n'),
    );
    expect(plainDeck.slides.flatMap((s) => s.notes.map(notePart))).not.toContain('terms');
  });
});

describe('speaker notes of every real recap', () => {
  const decks = [EVENT_4, ...corpus].map((path) => ({ path, deck: deckOf(path) }));

  it('add at least five words the slide does not show, on 90% of all slides, 70% of any deck', () => {
    // A short deck may have a slide or two that show all their recap says (cards of a few
    // lines): the notes have nothing to add there but the cue.
    let slides = 0;
    let added = 0;
    for (const { path, deck } of decks) {
      const noted = deck.slides.filter((slide) => slide.notes.length > 0).length;
      const each = share(deck.slides, (s) => s.notes);
      expect(each, path).toBeGreaterThanOrEqual(0.7);
      slides += noted;
      added += each * noted;
    }
    expect(added / slides).toBeGreaterThanOrEqual(0.9);
  });

  it('add them without the cues on most slides of most recaps', () => {
    // What to say, connections and terms alone: the recaps that are all personal story
    // (no terms, nothing in bold, nothing coming back) are the ones below.
    const shares = decks.map(({ deck }) => share(deck.slides, (s) => forReaders(s.notes)));
    expect(shares.reduce((a, b) => a + b, 0) / shares.length).toBeGreaterThanOrEqual(0.7);
    expect(shares.filter((s) => s >= 0.6).length / shares.length).toBeGreaterThanOrEqual(0.85);
  });

  it('lead into a continuation with what it opens with, when that is a short line', () => {
    const part = (label: string) =>
      `- ${label}:\n${Array.from({ length: 4 }, (_, i) => `  - ${label} point ${i} explains one thing the team built that week for the platform and its users`).join('\n')}`;
    const text = `# Build week\n\n## Overview\n\n${part('Problem')}\n${part('Solution')}\n`;
    const deck = toDeck({
      recap: readRecap(text, new VFile()),
      assets: new Map(),
      est,
      source: 'x',
      name: 'x',
    });
    const first = deck.slides.find((s) => s.title === 'Overview' && s.part?.index === 1)!;
    expect(partText(first, 'cue')).toMatch(/Next: Overview \(continued\): Solution\.$/);
    // Into a page that goes on inside a part, its repeated (muted) line: words, no markup.
    const long = `- Problem:\n${Array.from({ length: 9 }, (_, i) => `  - Problem point ${i} explains one thing the team built that week for the platform and its users`).join('\n')}`;
    const inside = toDeck({
      recap: readRecap(`# Build week\n\n## Overview\n\n${long}\n`, new VFile()),
      assets: new Map(),
      est,
      source: 'x',
      name: 'x',
    });
    const cues = inside.slides.filter((s) => s.title === 'Overview').map((s) => partText(s, 'cue'));
    expect(cues.some((cue) => /\(continued\): Problem\.$/.test(cue))).toBe(true);
    expect(cues.join('\n')).not.toContain('<span');
  });

  it('keep the speaker’s own lines (missing pictures, the site’s menu label) out of the handout', () => {
    // No picture is found here (no assets), so every figure becomes a line for the speaker.
    const text = (notes: RootContent[]) => plainNotes(notes);
    const said = decks.flatMap(({ deck }) => deck.slides.map((s) => text(s.notes))).join('\n');
    const read = decks.flatMap(({ deck }) => deck.slides.map((s) => text(forReaders(s.notes)))).join('\n');
    expect(said).toMatch(/📷/);
    expect(read).not.toMatch(/📷/);
    const cover = decks[0]!.deck.slides[0]!;
    expect(text(cover.notes)).toContain('4.4.');
    expect(text(forReaders(cover.notes))).not.toContain('4.4.');
  });
});
