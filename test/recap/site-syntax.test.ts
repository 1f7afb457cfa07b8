import { describe, expect, it } from 'vitest';
import type { Warning } from '../../src/errors.js';
import { plan } from '../helpers.js';

const at = (warnings: Warning[]) =>
  warnings.map((w) => `${w.location?.line}:${w.location?.column} ${w.message}`);

describe('site-generator syntax', () => {
  it('drops kramdown attribute lists, Liquid tags, Franklin @def lines and <!--more--> with a warning at their place', () => {
    const { markdown, warnings } = plan(
      [
        '## Keynote',
        '',
        '{:refdef: style="text-align: center;"}',
        'The [keynote](https://example.com/k){:target="_blank"} opened the day.',
        '',
        '{% include figure.html %}',
        '',
        '@def hascode = true',
        '',
        '<!--more-->',
        '',
        'Last words.',
        '',
      ].join('\n'),
    );
    expect(markdown).not.toMatch(/\{:|\{%|@def|more-->|refdef|target=/);
    expect(markdown).toContain('opened the day');
    expect(markdown).toContain('Last words.');
    expect(at(warnings)).toEqual([
      '3:1 attribute list "{:refdef: style="text-align: center;"}" is site-generator syntax, not content; dropped',
      '4:37 attribute list "{:target="_blank"}" is site-generator syntax, not content; dropped',
      '6:1 Liquid tag "{% include figure.html %}" is site-generator syntax, not content; dropped',
      '8:1 Franklin "@def hascode = true" is site-generator syntax, not content; dropped',
      '10:1 <!--more--> is site-generator syntax, not content; dropped',
    ]);
  });

  it('reads {{ page.title }} from the front matter and resolves Liquid in picture paths', () => {
    const { recap, markdown, warnings } = plan(
      [
        '---',
        'title: "Attended AWS Summit!"',
        'date: 2022-08-24 15:00:00 -0000',
        '---',
        '# {{ page.title }}',
        '',
        '**Published:** {{ page.date | date: "%B %d, %Y" }}',
        '',
        '## Entrance',
        '',
        '<img src="{{ \'/images/entrance.png\' | prepend: site.baseurl }}" alt="Entrance">',
        '_The entrance hall_',
        '{: refdef}',
        '',
        '![Hall]({{site.baseurl}}/images/hall.png)',
        '',
      ].join('\n'),
    );
    expect(recap.title).toMatchObject({ text: 'Attended AWS Summit!', origin: { line: 5 } });
    expect(recap.meta.date).toBe('2022-08-24');
    const figure = recap.outline.sections[0]!.blocks[0];
    expect(figure).toMatchObject({
      type: 'figure',
      url: '/images/entrance.png',
      caption: 'The entrance hall',
    });
    expect(markdown).not.toMatch(/\{\{|\{:|page\./);
    // The page's date in the format the template asks for, not a label left dangling.
    expect(markdown).toContain('**Published:** August 24, 2022');
    expect(at(warnings)).toEqual([
      '13:1 attribute list "{: refdef}" is site-generator syntax, not content; dropped',
    ]);
  });

  it('leaves the same syntax alone in code, and braces that are no syntax', () => {
    const { markdown, warnings } = plan(
      '## Code\n\nWrite `{% raw %}` and `{:toc}`; a set {a, b} or {{ name }} stays.\n\n```\n{{ page.title }}\n@def x = 1\n```\n',
    );
    expect(markdown).toContain('`{% raw %}`');
    expect(markdown).toContain('{{ name }}');
    expect(markdown).toContain('{{ page.title }}\n@def x = 1');
    expect(warnings).toEqual([]);
  });

  it("drops a WordPress export's shortcodes and keeps what they wrap; links stay links", () => {
    const { recap, markdown, warnings } = plan(
      [
        '---',
        'post_title: "AWS Summit recap"',
        'post_date: 2023-05-04 10:00:00',
        '---',
        '## The day',
        '',
        '[caption id="attachment_7" align="aligncenter" width="300"]<img src="/images/team.png" alt="Team"> Our team[/caption]',
        '',
        'See the [code](https://example.com/code) and [gallery ids="1,2,3"] the photos.',
        '',
      ].join('\n'),
    );
    expect(recap.title).toMatchObject({ text: 'AWS Summit recap', key: 'post_title' });
    expect(recap.meta.date).toBe('2023-05-04');
    expect(recap.outline.sections[0]!.blocks[0]).toMatchObject({ type: 'figure', caption: 'Our team' });
    expect(markdown).toContain('[code](https://example.com/code)');
    expect(markdown).not.toMatch(/\[\/?(caption|gallery)/);
    expect(warnings.map((w) => `${w.location?.line}:${w.location?.column}`)).toEqual([
      '7:1',
      '7:108',
      '9:46',
    ]);
  });

  it("reads a Franklin page's @def lines as its front matter and fills {{fill title}}", () => {
    const { recap, markdown, warnings } = plan(
      '@def title = "re:Invent keynotes"\n@def date = Date(2016, 12, 1)\n\n# {{fill title}}\n\n{{toc}}\n\n## CEO Keynote\n\n- New EC2 types\n',
    );
    expect(recap.title?.text).toBe('re:Invent keynotes');
    expect(recap.meta.date).toBe('2016-12-01');
    expect(markdown).not.toMatch(/@def|\{\{/);
    expect(warnings.map((w) => w.location?.line)).toEqual([1, 2, 6]);
  });
});
