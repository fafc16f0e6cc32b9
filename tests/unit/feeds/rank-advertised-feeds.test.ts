import { describe, expect, it } from 'vitest';
import type { FeedDocument } from '../../../src/core/model/feed.ts';
import {
  pickBestAdvertisedFeed,
  type ReadableFeed,
} from '../../../src/core/pipeline/feeds/rank-advertised-feeds.ts';

function feed(url: string, title: string, linkTitle?: string): ReadableFeed {
  const document: FeedDocument = { title, format: 'rss', items: [] };
  return { url, document, ...(linkTitle === undefined ? {} : { linkTitle }) };
}

const siteWide = feed('https://e.com/feed/', 'Example Times', 'Example Times');
const comments = feed('https://e.com/comments/feed/', 'Comments on Example Times');
const local = feed('https://e.com/feeds/local.xml', 'Example Times', 'Example Times — Local');
const sport = feed('https://e.com/sport/rss', 'Example Times Sport');

describe('pickBestAdvertisedFeed', () => {
  it('takes the first listed on a home page, where no section is named', () => {
    expect(pickBestAdvertisedFeed('https://e.com/', [siteWide, local, sport])).toBe(siteWide);
  });

  it("takes the feed named like an article's section, by its link title", () => {
    const article = 'https://e.com/news/local/2026/03/10/harbor-bridge-vote';
    expect(pickBestAdvertisedFeed(article, [siteWide, sport, local])).toBe(local);
  });

  it("takes the feed whose address names a section page's section", () => {
    expect(pickBestAdvertisedFeed('https://e.com/sport/', [siteWide, local, sport])).toBe(sport);
  });

  it('never prefers a comments feed, even listed first', () => {
    expect(pickBestAdvertisedFeed('https://e.com/', [comments, siteWide])).toBe(siteWide);
  });

  it('has nothing to pick from no readable feed', () => {
    expect(pickBestAdvertisedFeed('https://e.com/', [])).toBeUndefined();
  });
});
