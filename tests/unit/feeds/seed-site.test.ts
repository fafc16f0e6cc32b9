import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findFeedLinks } from '../../../src/adapters/web/feed/find-feed-links.ts';
import { parseFeed } from '../../../src/adapters/web/feed/parse-feed.ts';

const seeds = new URL('../../../seeds/', import.meta.url);
const served = 'http://localhost:8000/';

/** The file `python3 -m http.server 8000 --directory seeds` answers a URL with. */
function servedFile(url: string): string {
  const path = new URL(url).pathname.replace(/^\//, '');
  return fileURLToPath(new URL(path.endsWith('/') ? `${path}index.html` : path, seeds));
}

describe("the README walk-through's local news site in seeds/", () => {
  it('links every item of seeds/feed.xml to a page under seeds/, served on localhost', () => {
    const feed = parseFeed(readFileSync(new URL('feed.xml', seeds), 'utf8'), 'application/rss+xml');
    expect(feed.items).toHaveLength(5);
    for (const item of feed.items) {
      expect(item.url?.startsWith(served)).toBe(true);
      expect(existsSync(servedFile(item.url ?? ''))).toBe(true);
    }
  });

  it('has a Local section page that advertises the feed', () => {
    const page = `${served}news/local/`;
    const { advertisedFeeds } = findFeedLinks(readFileSync(servedFile(page), 'utf8'), page);
    expect(advertisedFeeds[0]).toEqual({
      url: `${served}feed.xml`,
      title: 'Coastal Ledger — Local',
    });
  });
});
