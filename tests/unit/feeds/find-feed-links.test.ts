import { describe, expect, it } from 'vitest';
import { findFeedLinks } from '../../../src/adapters/web/feed/find-feed-links.ts';

describe('findFeedLinks: the feeds a page advertises', () => {
  it('reads RSS, Atom and JSON Feed alternates in page order, resolved against the page', () => {
    const html = `<!doctype html><html><head><title> Example
      News </title>
      <link rel="stylesheet" href="/site.css">
      <link rel="alternate" type="application/rss+xml" title="All stories" href="/feed.xml">
      <link rel="alternate" type="application/atom+xml" href="atom.xml?a=1&amp;b=2">
      <link rel="alternate" type="application/feed+json; charset=utf-8" title="JSON" href="//cdn.example.org/feed.json#top">
      <link rel="alternate" type="text/html" hreflang="de" href="/de/">
      <link rel="alternate" type="application/rss+xml" href="/feed.xml">
      <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
      </head><body></body></html>`;
    expect(findFeedLinks(html, 'https://example.com/news/index.html')).toEqual({
      title: 'Example News',
      advertisedFeeds: [
        { url: 'https://example.com/feed.xml', title: 'All stories' },
        { url: 'https://example.com/news/atom.xml?a=1&b=2' },
        { url: 'https://cdn.example.org/feed.json', title: 'JSON' },
      ],
    });
  });

  it('resolves against <base href> and reads rel values in any case among others', () => {
    const html =
      '<html><head><base href="https://static.example.com/blog/">' +
      '<link rel="Alternate nofollow" type="application/RSS+XML" href="rss">' +
      '</head></html>';
    expect(findFeedLinks(html, 'https://example.com/').advertisedFeeds).toEqual([
      { url: 'https://static.example.com/blog/rss' },
    ]);
  });

  it('finds nothing on a page without feed links', () => {
    expect(
      findFeedLinks('<html><body><a href="/feed.xml">RSS</a></body></html>', 'https://e.com/'),
    ).toEqual({ advertisedFeeds: [] });
  });
});
