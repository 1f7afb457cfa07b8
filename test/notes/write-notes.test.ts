// Notes written out three ways from one place: the parts stay apart in each, a line break
// in the recap stays a line break, and HTML in a note is shown, never run.
import type { List, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { markNote, type Slide, say } from '../../src/model/deck.js';
import { writeNotes } from '../../src/notes/write-notes.js';
import { speakerOnly } from '../../src/plan/notes-only.js';
import { whatToSay } from '../../src/notes/what-to-say.js';
import { labelsFor } from '../../src/i18n/labels.js';
import { VFile } from 'vfile';
import { readRecap } from '../../src/recap/read.js';
import { est } from '../helpers.js';
import { toDeck } from '../../src/plan/to-deck.js';

const label = (text: string, part: 'links' | 'terms') =>
  markNote(
    markNote(
      { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: text }] }] },
      part,
    ),
    'label',
  );

const notes: RootContent[] = [
  {
    type: 'paragraph',
    children: [
      { type: 'text', value: 'First line' },
      { type: 'break' },
      { type: 'text', value: 'second <b>line</b>' },
    ],
  },
  label('Connections', 'links'),
  markNote(say('→ Plan 1: “Build a pipeline” (slide 9)'), 'links'),
  markNote(say('← Goals (slide 3)'), 'links'),
  label('Terms', 'terms'),
  markNote(say('MTTR — Mean Time To Recovery: the average time to restore a service.'), 'terms'),
  markNote(say('≈ 40 seconds · Next: IaC.'), 'cue'),
];

describe('writeNotes', () => {
  it('sets a line for the speaker alone aside in HTML, and keeps it in every format', () => {
    const aside = speakerOnly(say('4.4. Event 4'));
    const html = writeNotes([say('Hello everyone.'), aside], 'html');
    expect(html).toContain('<p class="note-say note-aside">4.4. Event 4</p>');
    expect(html).toContain('<p class="note-say">Hello everyone.</p>');
    expect(writeNotes([aside], 'markdown')).toBe('4.4. Event 4');
  });

  it('writes HTML with each block classed by its part, labels marked, breaks kept', () => {
    const html = writeNotes(notes, 'html');
    expect(html).toContain('<p class="note-say">First line<br>\nsecond &#x3C;b>line&#x3C;/b></p>');
    expect(html).toContain('<p class="note-links note-label"><strong>Connections</strong></p>');
    expect(html).toContain('<p class="note-links">→ Plan 1: “Build a pipeline” (slide 9)</p>');
    expect(html).toContain('<p class="note-cue">≈ 40 seconds · Next: IaC.</p>');
    expect(html).not.toContain('<b>');
  });

  it('writes plain text with the lines of one part together and the parts apart', () => {
    expect(writeNotes(notes, 'text')).toBe(
      [
        'First line\nsecond <b>line</b>',
        'Connections\n→ Plan 1: “Build a pipeline” (slide 9)\n← Goals (slide 3)',
        'Terms\nMTTR — Mean Time To Recovery: the average time to restore a service.',
        '≈ 40 seconds · Next: IaC.',
      ].join('\n\n'),
    );
  });

  it('writes Markdown Marp keeps as text: a line break is a new line, emphasis stays', () => {
    const markdown = writeNotes(notes, 'markdown');
    expect(markdown.startsWith('First line\nsecond \\<b>line\\</b>\n\n**Connections**\n\n→ Plan 1')).toBe(
      true,
    );
    expect(markdown).not.toContain('\\\n');
  });
});

describe('whatToSay', () => {
  const labels = labelsFor('en').notes;

  it('drops what the slide shows, but each shown word stands for one copy only', () => {
    // The section "AWS" is empty: its title is said on the slide before, which shows "AWS" once.
    const text = '{{% notice warning %}}\n**AWS**\n{{% /notice %}}\n\n### AWS\n';
    const recap = readRecap(text, new VFile({ path: 'recaps/t.md' }));
    const deck = toDeck({ recap, assets: new Map(), est, source: 'recaps/t.md', name: 't', notes: 'plain' });
    const intro = deck.slides.find((s) => s.layout !== 'title' && s.layout !== 'closing')!;
    expect(writeNotes(whatToSay(intro, { labels }), 'text')).toBe('AWS');
  });

  it('keeps the full text of a shortened point, numbered as in the recap', () => {
    const item = (text: string) => ({
      type: 'listItem' as const,
      spread: false,
      children: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value: text }] }],
    });
    const list = (items: string[]): List => ({
      type: 'list',
      ordered: true,
      start: 1,
      spread: false,
      children: items.map(item),
    });
    const full = [
      'Short one.',
      'A long point that the slide had to shorten, with all its words.',
      'Short three.',
    ];
    const slide: Slide = {
      layout: 'steps',
      title: 'Plan',
      blocks: [list(['Short one.', 'A long point that the slide had to shorten…', 'Short three.'])],
      notes: [list(full)],
      origin: { line: 1, column: 1 },
    };
    const said = whatToSay(slide, { labels });
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ type: 'list', start: 2 });
    expect(writeNotes(said, 'text')).toBe(`• ${full[1]}`);
  });
});
