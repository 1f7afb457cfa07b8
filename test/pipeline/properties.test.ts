// Property-based tests on generated recaps, real recaps' shapes mixed in: whatever Markdown
// comes in, the planner refuses only a recap with nothing to present (and says so), never
// makes an empty slide, loses no word before or after parsing, and Marp makes of the deck
// exactly the planned slides, each with its notes as its comment and no raw markup shown.
import { Marp } from '@marp-team/marp-core';
import fc from 'fast-check';
import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { RecapError } from '../../src/errors.js';
import { splitFrontMatter } from '../../src/recap/front-matter.js';
import { marpOptions } from '../../src/render/engine.js';
import { noteText } from '../../src/render/notes-comment.js';
import { findDroppedWords, findLostWords, sourceWords } from '../oracle/coverage.js';
import { blockText } from '../../src/model/text.js';
import { VFile } from 'vfile';
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

/** Cells as worklog authors write them: lists kept in one cell with `<br>`, `&emsp;`, `-`, `+`. */
const cell = fc.oneof(
  { weight: 4, arbitrary: phrase(4).map((p) => p.replace(/\|/g, '')) },
  {
    weight: 2,
    arbitrary: fc
      .array(phrase(3), { minLength: 1, maxLength: 4 })
      .map((items) => items.map((t) => `- ${t.replace(/\|/g, '')}`).join(' <br> ')),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(phrase(3), fc.array(phrase(2), { minLength: 1, maxLength: 3 }))
      .map(([head, subs]) =>
        [`- ${head}`, ...subs.map((t) => `<br>&emsp; + ${t}`)].join(' ').replace(/\|(?!\s*<)/g, ''),
      ),
  },
  { weight: 1, arbitrary: phrase(2).map((p) => `<ul><li>${p.replace(/[|<>]/g, '')}</li><li>two</li></ul>`) },
  { weight: 1, arbitrary: phrase(2).map((p) => `**${p.replace(/\|/g, '')}**<br>Role`) },
  { weight: 1, arbitrary: fc.constantFrom('[x] done', '[ ] todo', '') },
);
const realTable = fc
  .integer({ min: 2, max: 4 })
  .chain((cols) =>
    fc
      .tuple(
        fc.array(fc.array(cell, { minLength: cols, maxLength: cols + 1 }), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        fc.boolean(),
      )
      .map(([rows, emptyHeader, openEnd]) =>
        [
          emptyHeader ? `|${' |'.repeat(cols)}` : `| ${rows[0]!.slice(0, cols).join(' | ')} |`,
          `|${' --- |'.repeat(cols)}`,
          ...rows.map((r, i) => `| ${r.join(' | ')}${openEnd && i % 2 ? '' : ' |'}`),
        ].join('\n'),
      ),
  );

/** Lines of site-generator syntax and weak structure signals from real recaps. */
const realLine = fc.oneof(
  fc.constantFrom(
    '{:refdef: style="text-align: center;"}',
    '{% include figure.html %}',
    '# {{ page.title }}',
    '<!--more-->',
    '@def title = "x"',
    '<img src="{{ \'/images/x.png\' | prepend: site.baseurl }}" alt="Entrance">\n_Entrance hall_\n{: refdef}',
    '- [x] done task\n- [ ] open task',
    '[x] checked line',
    '[caption id="attachment_1" width="300"]<img src="/images/a.png" alt="A"> Team photo[/caption]',
    'See the [code](https://example.com/c) and [gallery ids="1,2"] here',
  ),
  phrase(4).map((p) => `📅 ${p.replace(/[*_`#<>[\]!|\\]/g, '')}`),
  phrase(3).map((p) => `**${p.replace(/[*_`]/g, '')}**`),
  phrase(2).map((p) => `${p.replace(/[*_`:#<>[\]!|\\-]/g, '') || 'Label'}:`),
  phrase(8).map((p) => `&emsp;${p}`),
  phrase(3).map((p) => `Date: 15/11/2025\nLocation: ${p.replace(/[<>]/g, '')}`),
  phrase(3).map((p) => `{{% expand "${p.replace(/["\\]/g, '')}" %}}\nInside words\n{{% /expand %}}`),
  phrase(3).map(
    (p) => `## Day ${p.replace(/[{}<>"]/g, '')} {{< figure src="/images/f.png" caption="Caption words" >}}`,
  ),
  phrase(3).map((p) => `First line\n{{< youtube abc >}} ${p.replace(/[{}]/g, '')}`),
  phrase(3).map((p) => `*(Insert your photos here)*\n\n${p}`),
);

const block = fc.oneof(
  { weight: 2, arbitrary: realTable },
  { weight: 3, arbitrary: realLine },
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
  '---\npost_title: "WordPress export"\npost_date: 2022-08-24 15:00:00 -0000\n---\n',
  '---\ntitle: "Event 4"\ndate: "2025-11-16"\npre: " <b> 4.4. </b> "\n---\n',
  '---\nlayout: post\ntitle: "Jekyll"\ndate: 2022-08-24 15:00:00 -0000\n---\n',
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
  // a section the cover states, with an empty sub-section (its title kept in the notes)
  '---\npost_title: "WordPress export"\npost_date: 2022-08-24 15:00:00 -0000\n---\n# AWS\n\nDate: 15/11/2025\nLocation: !\n\n## AWS\n',
  // a section titled like the deck (planned as its overview) after a slide with the title's word
  '---\ntitle: x\n\npre: " <b> 1. </b> "\n---\n## AWS\n\n> `AWS`\n\n## x\n\n{{% notice warning %}}\nv1.2 *\n{{% /notice %}}\n',
  '---\n\nDate: 15/11/2025\nLocation: AWS\n\n**AWS**\n\n---\n',
  // a section whose heading is only a number, after facts the cover shows
  '## AWS\n\nDate: 15/11/2025\nLocation: AWS\n\n## 0 \n',
  // a word the slide shows only in a table cell also vouched for a dropped note of the same word
  '| AWS | - AWS |\n| --- | --- |\n| AWS | - AWS |\n\n### AWS\n',
  '|   | Thị |\n| --- | --- |\n\n### Thị\n',
  // a section whose only sub-section is a missing picture lost its own heading
  '> `!`\n\n### AWS\n\n#### DevOps\n\n{{< figure src="/images/f.png" caption="Figure" >}}\n',
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
  // a worklog table with lists in its cells, a row without its closing pipe, an extra cell
  '| Day | Task |\n| --- | --- |\n| 2 | - Read rules <br> - Meet team <br>&emsp; + Compute <br>&emsp; + Storage\n| 3 | x | extra |\n',
  // a rule first and last around Markdown: no front matter, nothing refused
  '---\n\n| AWS | [x] done |\n| --- | --- |\n| AWS | [x] done |\n\n---\n',
  // a comment that closes inside an HTML block, Markdown after it
  '<!-- AWS *AWS*\nnote --> after it\n\n- {{% notice tip %}}\n  inside\n  {{% /notice %}}\n',
  // a bracket at a line's end, and a tab inside a shortcode (micromark's virtual codes)
  '[\nAWS\n',
  '{{< figure\tsrc="/images/f.png"\tcaption="Tab" >}}\n',
  // a section of only a missing picture (lifted out of its heading) over an empty sub-section
  '---\ntitle: x\n---\n## Day {{< figure src="/images/f.png" caption="Caption words" >}}\n\n### AWS\n',
  // a notice's closing line swallowed by an HTML block opened inside it (a list item's `<P`)
  '- x\n  - {{% notice tip %}}\n    <P <!-- 3en"y> hợp mây\n    {{% /notice %}}\n  - IaC\n',
  // a processing instruction never closed (`<?`) swallowed the notice nested under it
  '- x\n  - y\n    - <? --> *\n      - {{% notice tip %}}\n        AWS\n        {{% /notice %}}\n    - AWS\n',
  // facts the cover states after a table that opens the recap (they stay with the table)
  '| AWS | AWS |\n| --- | --- |\n| AWS | AWS |\n\nDate: 15/11/2025\nLocation: AWS\n\n# *\n\n# AWS\n',
  // several events on one page, each opening with its title line
  'Event A - Series one\n**Objectives**\n- learn\n\n**Takeaways**\n- more\n\n---\n\nEvent B - Series two\n**Objectives**\n- code\n\n**Takeaways**\n- ship\n',
];

/** CI checks the same generated recaps on every run (a seed fixed here), so a red build is
 * never a dice roll; `npm run test:explore` (a random seed, 3000 runs) goes
 * looking for new counterexamples, which then join FOUND_BEFORE. */
const RUNS = (numRuns: number) => {
  const seed = process.env.PROPERTY_SEED;
  const runs = Number(process.env.PROPERTY_RUNS) || numRuns;
  return {
    numRuns: runs,
    ...(seed === 'random' ? {} : { seed: Number(seed) || 20261130 }),
  };
};

/** Every run checks its whole count of recaps, however slow the machine (no run is cut short by a
 * time limit): 100 and 80 recaps, about 12 s and 8 s here alone, so the limit leaves a slow runner
 * ten times the room and the unit project stays under a minute (`test:explore` runs thousands). */
const TIMEOUT = process.env.PROPERTY_RUNS ? 3_600_000 : 150_000;

/** The only refusals a recap can get from planning: it has nothing to present. */
const REFUSALS = /^the recap (is empty|has nothing to present besides its front matter)\b/;

/** Markup that must never show as text on a slide (`{{<` alone is just text an author typed). */
const RAW_MARKUP =
  /<br\s*\/?>|&emsp;|\u200b|\{\{[<%]\s*\/?\s*(?:youtube|figure|expand|notice)|\{:\s*refdef|\{%\s*include|@def\b|\{\{\s*page\./;

/** A picture or code, at any depth (a picture alone in a list item shows, with no text). */
const pictured = (node: RootContent): boolean =>
  node.type === 'figure' ||
  node.type === 'code' ||
  ('children' in node && (node.children as RootContent[]).some(pictured));

describe('any recap', () => {
  it(
    'plans without surprises: refused only when empty, no empty slide, nothing dropped or lost',
    () => {
      fc.assert(
        fc.property(recap, (text) => {
          let planned: Planned;
          try {
            planned = plan(text);
          } catch (error) {
            expect(error).toBeInstanceOf(RecapError);
            expect((error as RecapError).message).toMatch(REFUSALS);
            // A recap with words to show is never refused.
            expect(sourceWords(splitFrontMatter(text, new VFile({ path: 'x.md' })).body)).toEqual([]);
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
          expect(findDroppedWords(parsed)).toEqual([]);
          expect(findLostWords(parsed.tree, deck, parsed.outline.title?.origin.line)).toEqual([]);
        }),
        {
          ...RUNS(100),
          examples: FOUND_BEFORE.map((text) => [text]),
        },
      );
    },
    TIMEOUT,
  );
});

describe('any recap, as Marp renders it', () => {
  it(
    'makes the planned slides, each with its notes as its comment, and shows no raw markup',
    () => {
      const marp = new Marp(marpOptions());
      fc.assert(
        fc.property(recap, (text) => {
          let planned: Planned;
          try {
            planned = plan(text);
          } catch (error) {
            expect((error as Error).message).toMatch(REFUSALS);
            return;
          }
          const { html, comments } = marp.render(planned.markdown, { htmlAsArray: true });
          expect(comments).toHaveLength(planned.deck.slides.length);
          for (const [i, slide] of planned.deck.slides.entries())
            expect(comments[i]).toEqual(slide.notes.length ? [noteText(slide.notes)] : []);
          for (const page of html) expect(visibleText(page)).not.toMatch(RAW_MARKUP);
        }),
        {
          ...RUNS(80),
          examples: FOUND_BEFORE.map((text) => [text]),
        },
      );
    },
    TIMEOUT,
  );
});

/** The text a reader sees on a rendered slide, code aside (there an author's `{{<` is meant):
 * tags and comments out, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<code\b[\s\S]*?<\/code>/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
