// Notes to the author (plan/review.ts) on planned decks; `--review` itself is in review.cli.test.ts.
import { describe, expect, it } from 'vitest';
import { reviewNotes } from '../../src/plan/review.js';
import { plan } from '../helpers.js';

describe('notes to the author', () => {
  it('name a slide titled only by a label, and parts that share one name, at their recap line', () => {
    const { deck } = plan(
      '---\ntitle: "Sự kiện 4"\n---\n\n## Giới thiệu\n\n- Một ý.\n\n## Takeaways\n\n### A\n\n- x one two three four five six seven eight nine ten eleven\n\n## More\n\n### Takeaways\n\n- y\n',
    );
    const notes = reviewNotes(deck.slides).map((n) => `${n.origin.line}: ${n.message}`);
    expect(notes).toContainEqual(
      expect.stringMatching(/^\d+: slide 1 is titled only "Sự kiện 4"; name the event/),
    );
    expect(notes).toContainEqual(
      expect.stringMatching(/^5: slide \d+ is titled only "Giới thiệu"; name the part/),
    );
  });

  it('say nothing of a deck whose titles say what their slides are about, and its day', () => {
    const { deck } = plan(
      '# Serverless Day 2026\n\nDate: 15/11/2025\n\n## Lambda cold starts\n\n- Keep packages small.\n',
    );
    expect(reviewNotes(deck.slides, deck.meta)).toEqual([]);
  });

  it("ask for the event's day where the cover shows none (the page date is when it was published)", () => {
    const { deck } = plan(
      '---\ndate: 2025-11-16\n---\n\n# Serverless Day\n\n## Lambda cold starts\n\n- Keep packages small.\n',
    );
    const notes = reviewNotes(deck.slides, deck.meta).map((n) => n.message);
    expect(notes).toEqual([expect.stringContaining('the cover shows no date')]);
  });
});
