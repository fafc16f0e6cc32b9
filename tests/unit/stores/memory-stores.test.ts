import { describe, expect, it } from 'vitest';
import { createMemoryStores } from '../../../src/adapters/store/memory/create-memory-stores.ts';
import { createMemoryArticleStore } from '../../../src/adapters/store/memory/create-memory-article-store.ts';
import { createMemoryFeedArrivalStore } from '../../../src/adapters/store/memory/create-memory-feed-arrival-store.ts';
import { createMemoryRateLimiter } from '../../../src/adapters/store/memory/create-memory-rate-limiter.ts';
import { describeStoreContract } from '../../integration/stores/store-contract.ts';
import { sampleArticle } from '../../integration/stores/store-fixtures.ts';

describeStoreContract('memory', () => createMemoryStores());

describe('memory stores (own behaviour)', () => {
  it('forgets the oldest article and its URL index past the bound', async () => {
    const articles = createMemoryArticleStore(2);
    const urlOf = (index: number) => `https://news.example.com/story-${index}`;
    for (const index of [1, 2, 3]) {
      await articles.put(
        sampleArticle({
          id: `article-${index}`,
          source: { origin: 'page', completeness: 'full', location: urlOf(index) },
        }),
      );
    }
    expect(await articles.get('article-1')).toBeUndefined();
    expect(await articles.findByUrl(urlOf(1))).toBeUndefined();
    expect((await articles.findByUrl(urlOf(3)))?.id).toBe('article-3');
  });

  it('resets a rate-limit window on the injected clock', async () => {
    let now = 1_000_000;
    const limiter = createMemoryRateLimiter(() => now);
    expect(await limiter.hit('user', 1, 60)).toEqual({
      allowed: true,
      remaining: 0,
      resetAt: new Date(1_060_000),
    });
    now += 59_999;
    expect((await limiter.hit('user', 1, 60)).allowed).toBe(false);
    now += 1;
    expect(await limiter.hit('user', 1, 60)).toEqual({
      allowed: true,
      remaining: 0,
      resetAt: new Date(1_120_000),
    });
  });

  it('trims arrivals against the injected clock', async () => {
    let now = Date.parse('2024-12-01T00:00:00.000Z');
    const arrivals = createMemoryFeedArrivalStore({ retentionMs: 3_600_000, now: () => now });
    const feedUrl = 'https://news.example.com/rss.xml';
    await arrivals.add({
      feedUrl,
      itemId: 'a',
      articleId: 'x',
      arrivedAt: '2024-11-30T23:30:00.000Z',
    });
    now += 45 * 60_000;
    await arrivals.add({
      feedUrl,
      itemId: 'b',
      articleId: 'y',
      arrivedAt: '2024-12-01T00:40:00.000Z',
    });
    const all = await arrivals.listBetween(
      feedUrl,
      '2024-11-30T00:00:00.000Z',
      '2024-12-02T00:00:00.000Z',
    );
    expect(all.map((item) => item.itemId)).toEqual(['b']);
  });

  it('rejects a window bound that is not an instant, naming it', async () => {
    const { feedArrivals } = createMemoryStores();
    await expect(
      feedArrivals.listBetween('https://x.example/feed', 'yesterday', '2024-12-01T00:00:00Z'),
    ).rejects.toThrow('since is not an ISO 8601 instant: "yesterday"');
  });
});
