import { describe, expect, it } from 'vitest';
import { resolveLiquidUrl } from '../../src/recap/liquid.js';
import {
  imageType,
  isDeckPicture,
  isEmbeddedImage,
  isOpenableLink,
  isRemoteUrl,
  isSafeUrl,
  isScriptedSvg,
  localPath,
} from '../../src/model/url-policy.js';

describe('the URL and image policy', () => {
  it('keeps web, mail, in-page and relative links; embedded rasters only for pictures', () => {
    for (const url of ['https://a.example', 'http://a', 'mailto:x@y.z', '#part', '../x.md', '/images/a.png'])
      expect(isSafeUrl(url), url).toBe(true);
    for (const url of ['javascript:alert(1)', ' JaVa\tScript:x', 'data:text/html,x', 'vbscript:x'])
      expect(isSafeUrl(url), url).toBe(false);
    expect(isSafeUrl('data:image/png;base64,AAAA', true)).toBe(true);
    expect(isSafeUrl('data:image/png;base64,AAAA')).toBe(false);
    expect(isSafeUrl('data:image/svg+xml;base64,AAAA', true)).toBe(false);
  });

  it('tells embedded, remote and local pictures apart, and the formats a slide shows', () => {
    expect(isEmbeddedImage('data:image/jpeg;base64,AA')).toBe(true);
    expect(isRemoteUrl('https://a/b.png')).toBe(true);
    expect(isRemoteUrl('//cdn/b.png')).toBe(true);
    expect(isRemoteUrl('/images/b.png')).toBe(false);
    expect(isOpenableLink('/site/page/')).toBe(false);
    expect(imageType('/a/B.JPG')).toBe('image/jpeg');
    expect(imageType('/a/b.bmp')).toBeUndefined();
    expect(localPath('/images/a%20b.png?v=2#x')).toBe('/images/a b.png');
  });

  it('resolves Liquid in a picture path when that is clear', () => {
    const page = { title: 'T', image: '/img/banner.png' };
    expect(resolveLiquidUrl("{{ '/img/x.png' | prepend: site.baseurl }}", page)).toBe('/img/x.png');
    expect(resolveLiquidUrl('{{ site.baseurl }}/img/x.png', page)).toBe('/img/x.png');
    expect(resolveLiquidUrl('{{ "/img/x.png" | relative_url }}', page)).toBe('/img/x.png');
    expect(resolveLiquidUrl('{{ page.image }}', page)).toBe('/img/banner.png');
    expect(resolveLiquidUrl('{{ post.thumb | resize: 300 }}', page)).toBe('{{ post.thumb | resize: 300 }}');
  });

  it('finds script in an SVG however it is spelled, and passes a plain drawing', () => {
    const svg = (inner: string, attrs = '') =>
      `<svg xmlns="http://www.w3.org/2000/svg"${attrs}>${inner}</svg>`;
    const scripted = [
      svg('<s:script xmlns:s="http://www.w3.org/2000/svg">alert(1)</s:script>'),
      svg('<a href="&#106;avascript:alert(1)"><text>x</text></a>'),
      svg('<foreignObject><div>html</div></foreignObject>'),
      svg('<x:handler xmlns:x="http://www.w3.org/2000/svg">x</x:handler>'),
      svg('<rect/>', ' ONLOAD="x"'),
    ];
    for (const text of scripted) expect(isScriptedSvg(text), text).toBe(true);
    expect(isScriptedSvg(svg('<rect width="10" height="10" fill="#f90"/><text>Scripting 101</text>'))).toBe(
      false,
    );
  });
});

describe('isDeckPicture', () => {
  it('takes the deck’s own embedded pictures, SVG included, and never a URL or a stray data type', () => {
    expect(isDeckPicture('data:image/png;base64,iVBORw0KGgo=')).toBe(true);
    expect(isDeckPicture('data:image/svg+xml;base64,PHN2Zz4=')).toBe(true);
    expect(isDeckPicture('https://example.com/a.png')).toBe(false);
    expect(isDeckPicture('data:text/html;base64,PHNjcmlwdD4=')).toBe(false);
    expect(isDeckPicture('data:image/png;base64,iVBO"onerror="x')).toBe(false);
  });
});
