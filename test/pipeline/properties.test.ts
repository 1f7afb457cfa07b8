// Property-based tests on generated recaps: whatever Markdown comes in, the planner only
// ever fails with its own error type, never makes an empty slide, and loses no word.
import type { RootContent } from 'mdast';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecapError } from '../../src/errors.js';
import { findLostWords } from '../../src/slides/coverage.js';
import { blockText } from '../../src/slides/plain-text.js';
import { type Planned, plan } from '../helpers.js';

const WORDS = [
  'AWS',
  'Lambda',
  'DevOps',
  'văn',
  'hóa',
  'hợp',
  'tác',
  'Điện',
  'toán',
  'đám',
  'mây',
  'security',
  'pipeline',
  'CI/CD',
  'IaC',
  'Nguyễn',
  'Thị',
  'bảo',
  'mật',
  'data',
  '2025',
  'v1.2',
  'x',
];
const ODD = [
  '*',
  '_',
  '<',
  '>',
  '&',
  '&amp;',
  '{{<',
  '>}}',
  '{{%',
  '-->',
  '<!--',
  'class:',
  '$5',
  '|',
  '`',
  '\\',
  '#',
  ':rocket:',
  '😀',
  '[',
  ']',
  '!',
  '~~',
];

const word = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 8 }) },
);
const phrase = (max: number) => fc.array(word, { minLength: 1, maxLength: max }).map((w) => w.join(' '));
const inline = fc.oneof(
  { weight: 5, arbitrary: phrase(14) },
  { weight: 1, arbitrary: phrase(3).map((p) => `**${p}**`) },
  { weight: 1, arbitrary: phrase(3).map((p) => `*${p}*`) },
  { weight: 1, arbitrary: phrase(2).map((p) => `\`${p.replace(/`/g, '')}\``) },
  { weight: 1, arbitrary: phrase(2).map((p) => `[${p.replace(/[[\]]/g, '')}](https://example.com/x)`) },
);
const line = fc.array(inline, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '));

const listItems = (depth: number): fc.Arbitrary<string> =>
  fc
    .array(fc.tuple(line, depth < 3 ? fc.option(fc.constant(depth + 1), { freq: 5 }) : fc.constant(null)), {
      minLength: 1,
      maxLength: 6,
    })
    .chain((items) =>
      fc.tuple(
        ...items.map(([text, nested]) =>
          nested
            ? listItems(nested).map((sub) => `- ${text}\n${sub.replace(/^/gm, '  ')}`)
            : fc.constantFrom(
                `- ${text}`,
                `- ![${text.replace(/[[\]]/g, '')}](/images/p.png)`,
                `- {{% notice tip %}}\n  ${text}\n  {{% /notice %}}`,
              ),
        ),
      ),
    )
    .map((items) => items.join('\n'));

const table = fc.integer({ min: 2, max: 4 }).chain((cols) =>
  fc
    .array(
      fc.array(
        phrase(4).map((p) => p.replace(/\|/g, '')),
        { minLength: cols, maxLength: cols },
      ),
      { minLength: 1, maxLength: 14 },
    )
    .map((rows) =>
      [
        `| ${rows[0]!.join(' | ')} |`,
        `|${' --- |'.repeat(cols)}`,
        ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`),
      ].join('\n'),
    ),
);

const block = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), phrase(6)).map(([d, t]) => `${'#'.repeat(d)} ${t}`),
  },
  { weight: 5, arbitrary: fc.array(line, { minLength: 1, maxLength: 5 }).map((l) => l.join('\n')) },
  { weight: 4, arbitrary: listItems(0) },
  {
    weight: 1,
    arbitrary: fc
      .array(line, { minLength: 1, maxLength: 8 })
      .map((l) => l.map((t, i) => `${i + 1}. ${t}`).join('\n')),
  },
  { weight: 1, arbitrary: table },
  { weight: 1, arbitrary: phrase(10).map((p) => `\`\`\`\n${p.replace(/`/g, '')}\n\`\`\``) },
  { weight: 1, arbitrary: line.map((l) => `> ${l}`) },
  { weight: 2, arbitrary: fc.constant('---') },
  { weight: 1, arbitrary: phrase(2).map((p) => `![${p.replace(/[[\]]/g, '')}](/images/x.png)`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '<br>',
      '<b>bold</b> text',
      '<script>alert(1)</script>',
      '<p align="center"><img src="/images/a.jpg" alt="A"/></p>',
      '<iframe src="https://x"></iframe>',
      '&emsp;Indented',
    ),
  },
  { weight: 1, arbitrary: line.map((l) => `{{% notice warning %}}\n${l}\n{{% /notice %}}`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('{{< youtube abc >}}', '{{< figure src="/images/f.png" caption="Figure" >}}'),
  },
);

const frontMatter = fc.constantFrom(
  '',
  '---\ntitle: "Event"\ndate: 2025-11-16\n---\n',
  '+++\ntitle = "Sự kiện"\n+++\n',
  '---\ntitle: x\n\npre: " <b> 1. </b> "\n---\n',
  '---\ndate: "`r Sys.Date()`"\n---\n',
);
const recap = fc
  .tuple(frontMatter, fc.array(block, { minLength: 0, maxLength: 16 }))
  .map(([fm, blocks]) => `${fm}${blocks.join('\n\n')}\n`);

/** Recaps that once failed the property (random runs reach them rarely). */
const FOUND_BEFORE = [
  // a hard line break before emphasis merged two words
  'A\\\n*AWS*\n',
  // a trailing bold lead line with nothing after it, in a recap without headings
  '**class:** AWS\n\n**0 <**\n',
  // two empty sub-sections in a row; an empty first sub-section
  '## Sone\n\ntext\n\n### Aword\n\n### Bword\n\n## Stwo\n\nmore\n',
  '## Sone\n\nown\n\n### Aword\n\n### Bword\n\nbtext\n\n### Cword\n\nctext\n\n## Stwo\n\nmore\n',
  // pictures lifted out of a sub-section, with text after them
  '## Sone\n\nptext\n\n### Cee\n\npone\n\n#### Gee\n\n{{< figure src="/images/f.png" caption="Figure" >}}\n\n#### Hache\n\nptwo\n\n## Stwo\n\nmore\n',
  // a rule or an empty code block alone in a callout, quote or list item
  '{{% notice warning %}}\n***\n{{% /notice %}}\n',
  '> ***\n',
  '- * * *\n',
  '> ``` AWS\n',
  // a line break in a heading merged its words
  '# AWS <br> Lambda\n',
  '## Sone\n\nintro\n\n### AWS<br>Lambda\n\ntext\n\n### Bee\n\nmore\n\n## Stwo\n\nend\n',
  // an item that is only a sub-list (its own line dropped), too tall for one page
  '- <!-- -->\n  - x\n\n    ```\n    0\n    1\n    2\n    3\n    4\n    5\n    6\n    7\n    8\n    9\n    10\n    11\n    12\n    13\n    ```\n',
  // an H1 after the sections, sharing a word with them
  '## Sone\n\nAWS AWS\n\n## Stwo\n\ntwo\n\n# AWS\n\nlast\n',
  // a picture alone in a list item or quote
  '- ![](/images/p.png)\n',
];

/** A picture or code, at any depth (a picture alone in a list item shows, with no text). */
const pictured = (node: RootContent): boolean =>
  node.type === 'figure' ||
  node.type === 'code' ||
  ('children' in node && (node.children as RootContent[]).some(pictured));

describe('any recap', () => {
  it('plans without surprises: only RecapError, no empty slide, nothing lost', () => {
    fc.assert(
      fc.property(recap, (text) => {
        let planned: Planned;
        try {
          planned = plan(text);
        } catch (error) {
          expect(error).toBeInstanceOf(RecapError);
          return;
        }
        const { deck, recap: parsed } = planned;
        for (const slide of deck.slides) {
          if (['title', 'closing', 'agenda', 'divider'].includes(slide.layout)) continue;
          const shown = slide.blocks.map(blockText).join('').trim();
          expect(
            shown.length > 0 || slide.blocks.some(pictured),
            `empty ${slide.layout} slide "${slide.title}"`,
          ).toBe(true);
        }
        expect(findLostWords(parsed.tree, deck, parsed.outline.title?.origin.line)).toEqual([]);
      }),
      {
        numRuns: 150,
        interruptAfterTimeLimit: 25_000,
        markInterruptAsFailure: false,
        examples: FOUND_BEFORE.map((text) => [text]),
      },
    );
  }, 90_000);
});
