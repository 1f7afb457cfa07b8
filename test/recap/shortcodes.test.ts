import { describe, expect, it } from 'vitest';
import { plan } from '../helpers.js';

describe('Hugo shortcodes', () => {
  it('turns a notice into a callout of its kind, content kept with its formatting', () => {
    const { recap, markdown } = plan(
      '### Part\n\n{{% notice warning %}}\n⚠️ **Note:** read *this*.\n{{% /notice %}}\n\nAfter.\n',
    );
    const part = recap.outline.sections[0]!;
    expect(part.blocks.map((b) => b.type)).toEqual(['callout', 'paragraph']);
    expect(part.blocks[0]).toMatchObject({ type: 'callout', kind: 'warning' });
    expect(markdown).toContain('<div class="callout callout-warning">\n\n⚠️ **Note:** read *this*.\n\n</div>');
    expect(markdown).not.toContain('{{');
  });

  it('pairs notices written across paragraphs, and keeps the text around them', () => {
    const { recap } = plan('An intro sentence. {{% notice tip %}}\n\nFirst.\n\nSecond.\n\n{{% /notice %}}\n');
    const blocks = recap.outline.sections[0]!.blocks;
    expect(blocks[0]).toMatchObject({ type: 'paragraph' });
    expect(blocks[1]).toMatchObject({ type: 'callout', kind: 'tip' });
    expect((blocks[1] as { children: unknown[] }).children).toHaveLength(2);
  });

  it('closes a notice whose closing line an HTML block swallowed (no blank line after a tag)', () => {
    const { recap, markdown } = plan(
      '- x\n  - {{% notice tip %}}\n    <p class="a"> Tip text\n    {{% /notice %}}\n  - y\n',
    );
    const items = JSON.stringify(recap.outline.sections[0]!.blocks);
    expect(items).toContain('"type":"callout"');
    expect(markdown).not.toContain('{{%');
  });

  it('reads what follows an unclosed `<?` as Markdown, not as the HTML block it seemed to open', () => {
    const { markdown } = plan(
      '- x\n  - <? not closed\n    - {{% notice tip %}}\n      Tip text\n      {{% /notice %}}\n',
    );
    expect(markdown).toContain('<div class="callout callout-tip">');
    expect(markdown).not.toContain('{{%');
  });

  it('reads a {{< figure >}} indented inside an HTML block as a figure, never as text', () => {
    const { recap, markdown } = plan(
      '### Photos\n\nWe met the team.\n\n<div style="text-align: center;">\n  {{< figure src="/images/a.jpg">}}\n</div>\n',
    );
    const blocks = recap.outline.sections[0]!.blocks;
    expect(blocks.some((b) => b.type === 'figure')).toBe(true);
    expect(markdown).not.toContain('{{<');
  });

  it('makes a figure from {{< figure >}} with its caption', () => {
    const { recap } = plan('### Photos\n\n{{< figure src="/images/a.png" caption="Đội ngũ AWS" >}}\n');
    expect(recap.outline.sections[0]!.blocks[0]).toMatchObject({
      type: 'figure',
      url: '/images/a.png',
      caption: 'Đội ngũ AWS',
    });
  });

  it('drops unknown shortcodes with a warning at their line, keeping what they wrap', () => {
    const { recap, warnings, markdown } = plan(
      '### A\n\nText\n\n{{< youtube abc123 >}}\n\n{{< tabs >}}\nInside tabs\n{{< /tabs >}}\n',
    );
    expect(warnings.map((w) => [w.location?.line, w.message])).toEqual([
      [5, 'Hugo shortcode "youtube" is not supported; dropped'],
      [7, 'Hugo shortcode "tabs" is not supported; dropped, its content kept'],
    ]);
    expect(markdown).toContain('Inside tabs');
    expect(markdown).not.toMatch(/youtube|abc123|\{\{/);
    expect(recap.outline.sections[0]!.blocks).toHaveLength(2);
  });

  it('leaves shortcodes inside code alone', () => {
    const { markdown, warnings } = plan(
      '### Code\n\n```\n{{< figure src="x" >}}\n```\n\nUse `{{% notice %}}` to warn.\n',
    );
    expect(markdown).toContain('{{< figure src="x" >}}');
    expect(markdown).toContain('`{{% notice %}}`');
    expect(warnings).toEqual([]);
  });

  it('keeps exact columns and leaves no invisible character where a shortcode went', () => {
    const { recap, markdown, warnings } = plan(
      '### A\n\nFirst line\n{{< youtube abc >}} watch this\nand a [link](https://example.com) after\n',
    );
    expect(warnings.map((w) => [w.location?.line, w.location?.column])).toEqual([[4, 1]]);
    expect(markdown).not.toMatch(/\u200b|\u2060(?!\s)/);
    // The line the shortcode opened starts in lower case: it continues the one above.
    expect(markdown).toContain('First line watch this and a');
    const link = recap.outline.sections[0]!.blocks[0]!;
    expect(JSON.stringify(link)).toContain('"start":{"line":5,"column":7');
  });

  it('lifts a picture written inside a heading, keeping its caption', () => {
    const { recap } = plan(
      '# Trip\n\n## Day one {{< figure src="/images/a.png" caption="The whole team" >}}\n\nText.\n\n## Day two\n\nMore.\n',
    );
    const [one] = recap.outline.sections;
    expect(one!.title).toBe('Day one');
    expect(one!.blocks[0]).toMatchObject({ type: 'figure', caption: 'The whole team' });
  });

  it("keeps an unsupported shortcode's title and a notice's title", () => {
    const { markdown, warnings } = plan(
      '### A\n\n{{% expand "Click to see the details" %}}\nHidden text.\n{{% /expand %}}\n\n{{% notice info "Heads up" %}}\nBody.\n{{% /notice %}}\n',
    );
    expect(markdown).toContain('**Click to see the details**\n\nHidden text.');
    expect(markdown).toContain('<div class="callout callout-info">\n\n**Heads up**\n\nBody.');
    expect(warnings.map((w) => w.message)).toEqual([
      'Hugo shortcode "expand" is not supported; dropped, its content kept',
    ]);
  });
});
