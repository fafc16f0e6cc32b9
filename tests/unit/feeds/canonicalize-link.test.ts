import { describe, expect, it } from 'vitest';
import { canonicalizeLink } from '../../../src/core/pipeline/feeds/canonicalize-link.ts';

describe('canonicalizeLink', () => {
  it('removes utm_*, fbclid, gclid and the fragment, lower-cases the host', () => {
    expect(
      canonicalizeLink(
        'https://News.Example.COM:443/a/b?id=7&utm_source=rss&UTM_Medium=feed&fbclid=x&gclid=y#comments',
      ),
    ).toBe('https://news.example.com/a/b?id=7');
  });

  it('keeps meaningful parameters in their order', () => {
    expect(canonicalizeLink('https://example.com/story?p=2&id=9&utm_campaign=z')).toBe(
      'https://example.com/story?p=2&id=9',
    );
  });

  it('resolves relative links against a base', () => {
    expect(canonicalizeLink('../x?utm_source=a', 'https://example.com/news/local/')).toBe(
      'https://example.com/news/x',
    );
  });

  it('refuses anything that is not http(s)', () => {
    expect(canonicalizeLink('javascript:alert(1)')).toBeUndefined();
    expect(canonicalizeLink('mailto:desk@example.com')).toBeUndefined();
    expect(canonicalizeLink('/relative/without/base')).toBeUndefined();
  });
});
