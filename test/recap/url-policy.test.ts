import { describe, expect, it } from 'vitest';
import { resolveLiquidUrl } from '../../src/recap/liquid.js';
import {
  imageType,
  isEmbeddedImage,
  isOpenableLink,
  isRemoteUrl,
  isSafeUrl,
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
});
