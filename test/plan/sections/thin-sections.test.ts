// Neighbouring parts that each fill their slide thinly share one slide, as cards.
import { describe, expect, it } from 'vitest';
import { blockText } from '../../../src/model/text.js';
import { findLostWords } from '../../oracle/coverage.js';
import { plan } from '../../helpers.js';

const part = (heading: string, lines: string[]) => [`## ${heading}`, '', ...lines.map((l) => `- ${l}`), ''];
const recap = (...parts: string[][]) => ['# Cloud Day', '', ...parts.flat()].join('\n');
const goals = part('Goals', ['Meet the builders', 'See what is new in serverless']);
const highlights = part('Highlights', ['A keynote on agents', 'A lab on Step Functions']);
const takeaways = part('Takeaways', ['Start with one workflow', 'Measure before tuning']);

describe('thin neighbouring parts', () => {
  it('share one slide of cards titled by the parts it holds, losing no word', () => {
    const { deck, recap: r } = plan(recap(goals, highlights, takeaways));
    const joined = deck.slides.filter((s) => s.layout === 'cards');
    // (Three names joined read as a menu: the slide is titled as a glance at them.)
    expect(joined.map((s) => s.title)).toEqual(['At a glance']);
    expect(deck.slides.some((s) => s.title === 'Highlights')).toBe(false);
    expect(findLostWords(r.tree, deck)).toEqual([]);
  });

  it('are joined in the recap language', () => {
    const vi = ['# Ngày hội', '', ...part('Mục tiêu', ['Gặp gỡ']), ...part('Bài học', ['Làm nhỏ'])].join(
      '\n',
    );
    expect(plan(vi).deck.slides.map((s) => s.title)).toContain('Mục tiêu và Bài học');
  });

  it('leave a part that fills its slide on its own, and keep the others joined', () => {
    const long = part(
      'Sessions',
      Array.from(
        { length: 5 },
        (_, i) => `Session ${i + 1} went deep on one service and its limits in production`,
      ),
    );
    const titles = plan(recap(goals, highlights, long, takeaways)).deck.slides.map((s) => s.title);
    expect(titles).toContain('Goals and Highlights');
    expect(titles).toContain('Sessions');
    expect(titles).toContain('Takeaways');
  });

  it('keep apart where the joined title would run over one line', () => {
    const named = (n: number) =>
      part(`What the community of builders said about topic number ${n}`, [`Point ${n}`]);
    const titles = plan(recap(named(1), named(2))).deck.slides.map((s) => s.title);
    expect(titles.filter((t) => t.startsWith('What the community'))).toHaveLength(2);
  });

  it('leave the part that opens by saying what the event was on its own slide', () => {
    const intro = ['## Introduction', '', 'Cloud Day gathered builders in Hanoi for a day of talks.', ''];
    const { deck } = plan(recap(intro, highlights, takeaways));
    const cards = deck.slides.find((s) => s.layout === 'cards')!;
    expect(cards.title).toBe('Highlights and Takeaways');
    expect(cards.blocks.map(blockText).join(' ')).not.toContain('Hanoi');
  });
});
