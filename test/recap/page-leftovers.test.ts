import { describe, expect, it } from 'vitest';
import { blockText } from '../../src/model/text.js';
import { plan } from '../helpers.js';

const shownAndSaid = (recap: string) => {
  const { deck, warnings } = plan(recap);
  return {
    shown: deck.slides.flatMap((s) => s.blocks.map(blockText)).join(' '),
    said: deck.slides.flatMap((s) => s.notes.map(blockText)).join(' '),
    warnings: warnings.map((w) => w.message),
  };
};

describe('lines about the web page', () => {
  it('send a sentence that directs the reader around the page to the notes, keeping the rest', () => {
    const { shown, said, warnings } = shownAndSaid(
      '# Summit\n\n## Labs\n\nWe only have 3 hours for five labs. You can pick any lab from the menu on the left.\n',
    );
    expect(shown).toContain('We only have 3 hours for five labs.');
    expect(shown).not.toContain('menu on the left');
    expect(said).toContain('You can pick any lab from the menu on the left.');
    expect(warnings.some((w) => w.includes('web page'))).toBe(true);
  });

  it('send a short question that leads into a direction with it', () => {
    const { shown, said } = shownAndSaid(
      '# Summit\n\n## Labs\n\nWe only have 3 hours. Ready? Then please bookmark this page now. ' +
        'Is it hard? Not at all.\n',
    );
    expect(shown).toContain('We only have 3 hours.');
    expect(shown).not.toContain('Ready?');
    expect(said).toContain('Ready? Then please bookmark this page now.');
    // A question that leads into the recap's own words stays.
    expect(shown).toContain('Is it hard?');
  });

  it('send a line that is only a link to a video to the notes', () => {
    const { shown, said } = shownAndSaid(
      '# re:Invent\n\n## Keynote\n\n- Aurora Limitless scales writes.\n\n[YouTube](https://youtu.be/abc)\n',
    );
    expect(shown).not.toContain('YouTube');
    expect(said).toContain('YouTube');
    // A link with words of its own stays on the slide.
    const kept = shownAndSaid(
      '# A\n\n## B\n\n[Amazon Aurora Limitless Database](https://aws.amazon.com/rds/)\n',
    );
    expect(kept.shown).toContain('Amazon Aurora Limitless Database');
  });
});

describe('text that looks like markup', () => {
  it('keeps angle brackets around a word no HTML element is named', () => {
    const { deck } = plan('# Talks\n\n## DX<inAction> Talk#7\n\n- Reinventing DevSecOps.\n');
    expect(deck.slides.map((s) => s.title)).toContain('DX<inAction> Talk#7');
  });

  it('keeps the words of a link whose address was only a Liquid tag', () => {
    const { shown } = shownAndSaid(
      '# 2023\n\nJust like [last year]({% link _posts/2022.md %}), I binge on sessions at 1.5X speed.\n\n## A\n\n- b\n',
    );
    expect(shown).toContain('Just like last year, I binge');
    expect(shown).not.toContain('](');
  });
});
