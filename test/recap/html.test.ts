import { describe, expect, it } from 'vitest';
import { plan } from '../helpers.js';

describe('raw HTML in recaps', () => {
  it('converts <br>, <b>, entities and <p align> with <img> into Markdown nodes', () => {
    const { recap, markdown } = plan(
      '### A\n\nOne<br>two <b>bold</b>&emsp;end\n\n<p align="center">\n  <img src="/images/p.jpg" alt="Picture 1" />\n  <br/>\n  <strong style="font-size: 18px;">Figure 1</strong>\n</p>\n',
    );
    const [para, figure] = recap.outline.sections[0]!.blocks;
    expect(para).toMatchObject({ type: 'paragraph' });
    expect(markdown).toContain('One\\\ntwo **bold**\u2003end');
    expect(figure).toMatchObject({
      type: 'figure',
      url: '/images/p.jpg',
      alt: 'Picture 1',
      caption: 'Figure 1',
    });
    expect(markdown).not.toMatch(/<b>|<p align|style=/);
  });

  it('drops script, iframes, handlers and javascript: links with warnings', () => {
    const { markdown, warnings } = plan(
      '### A\n\n<script>alert(1)</script>\n\nHi <a href="javascript:alert(1)">link</a> <img src=x onerror="alert(2)">\n\n<iframe src="https://evil.example"></iframe>\n\n[click](javascript:alert(3))\n',
    );
    expect(markdown).not.toMatch(/alert|javascript:|<script|<iframe|onerror/i);
    expect(markdown).toContain('click');
    expect(warnings.map((w) => w.message).join('\n')).toMatch(
      /<script>.*dropped[\s\S]*unsafe URL[\s\S]*event handler "onError"[\s\S]*<iframe>[\s\S]*unsafe link URL/,
    );
  });

  it('never lets recap text become HTML on the slide', () => {
    const { markdown } = plan('### A\n\n- a &lt;script&gt; tag and a < b > c\n');
    expect(markdown).toContain('\\<script>');
  });

  it('cleans HTML with an allowlist: styles and scripts go with their content, unknown tags keep theirs', () => {
    const { markdown, warnings } = plan(
      '### A\n\n<style>body{background:url(https://evil.example/x.png)}</style>\n\n<center><font color="red">Centered words</font></center>\n\n<details><summary>More</summary>Hidden part</details>\n',
    );
    expect(markdown).not.toMatch(/evil|background|<center|<font|color=/);
    expect(markdown).toContain('Centered words');
    expect(markdown).toContain('Hidden part');
    expect(warnings.map((w) => w.message)).toEqual([
      '<style> in the recap is not allowed on a slide; dropped',
    ]);
  });
});
