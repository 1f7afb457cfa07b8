import type { List, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { plan } from '../../helpers.js';

describe('thin siblings too long-titled for cards', () => {
  it('share one slide as a list, each heading over its first point, a list sibling its first item', () => {
    const sibling = (name: string) =>
      `### On ${name}, the part of the workshop that the whole team talked about for the rest of the day\n\n- ${name} point one\n- ${name} point two\n`;
    const { deck } = plan(
      `# Workshop\n\n## Intro\n\n- A point.\n\n## Takeaways\n\n${sibling('security')}\n${sibling('tools')}\n${sibling('response')}\n`,
    );
    const slide = deck.slides.find((s) => s.title === 'Takeaways')!;
    const items = (slide.blocks[0] as List).children;
    expect(items).toHaveLength(3);
    for (const item of items) {
      const line = item.children[0] as Paragraph;
      expect(line.children[0]!.type).toBe('strong');
      expect(toString(line.children.slice(2) as never)).toMatch(/point one$/);
    }
  });
});
