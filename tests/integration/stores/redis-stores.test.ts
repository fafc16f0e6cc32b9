import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisStores } from '../../../src/adapters/store/redis/create-redis-stores.ts';
import { hashKeyPart } from '../../../src/adapters/store/redis/redis-store-support.ts';
import type { Stores } from '../../../src/adapters/store/stores.ts';
import { describeStoreContract } from './store-contract.ts';
import {
  minutesAgo,
  sampleArticle,
  sampleBrief,
  sampleFeedState,
  sampleMessage,
  sampleRef,
  sampleSubscription,
} from './store-fixtures.ts';
import {
  createRecordingLogger,
  deleteKeysUnder,
  keysUnder,
  uniqueTestPrefix,
  type RecordingLogger,
} from './redis-test-support.ts';

const redis = new Redis('redis://127.0.0.1:6379', { lazyConnect: true });
const filePrefix = uniqueTestPrefix('stores');
let storeCount = 0;

/** Fresh stores under their own sub-prefix of this file's hash-tagged prefix. */
function freshStores(logger = createRecordingLogger()): {
  stores: Stores;
  prefix: string;
  logger: RecordingLogger;
} {
  storeCount += 1;
  const prefix = `${filePrefix}:s${storeCount}`;
  return { stores: createRedisStores(redis, { prefix, logger }), prefix, logger };
}

beforeAll(async () => {
  await redis.connect();
});

afterAll(async () => {
  await deleteKeysUnder(redis, filePrefix);
  expect(await keysUnder(redis, filePrefix)).toEqual([]);
  await redis.quit();
});

describeStoreContract('redis', () => freshStores().stores);

const day = 24 * 3600 * 1000;

/** Asserts a key expires within (expected - 1 min, expected]. */
async function expectTtlNear(key: string, expectedMs: number): Promise<void> {
  const ttl = await redis.pttl(key);
  expect(ttl, key).toBeGreaterThan(expectedMs - 60_000);
  expect(ttl, key).toBeLessThanOrEqual(expectedMs);
}

describe('redis stores (keys, expiry, bad values)', () => {
  it('puts every key under the hash-tagged prefix, with the documented lifetimes', async () => {
    const { stores, prefix } = freshStores();
    const article = sampleArticle();
    const subscription = sampleSubscription('C1', '2024-11-28T10:00:00.000Z');
    const feedUrl = 'https://news.example.com/rss.xml';
    await stores.articles.put(article);
    await stores.briefs.put('brief:hash1:identity1', sampleBrief());
    await stores.outbox.put('delivery-1', sampleMessage());
    await stores.postedMessages.put({
      ref: sampleRef('m1'),
      content: { kind: 'digest', articleIds: [], digestId: 'digest-1' },
      postedAt: '2024-11-28T15:00:00.000Z',
    });
    await stores.deliveryLog.record('delivery-1', sampleRef('m1'));
    await stores.threads.append('thread-1', { role: 'user', text: 'Who said it?' });
    await stores.subscriptions.put(subscription);
    await stores.feedStates.put(sampleFeedState(feedUrl));
    await stores.feedArrivals.add({
      feedUrl,
      itemId: 'i1',
      articleId: article.id,
      arrivedAt: minutesAgo(1),
    });
    await stores.usageMeter.addTokens('slack:T1', '2024-11-28', 10);
    await stores.rateLimiter.hit('summaries:U1', 3, 60);

    const keys = await keysUnder(redis, prefix);
    expect(keys).toHaveLength(15);
    for (const key of keys) expect(key.match(/\{[^}]*\}/)?.[0]).toBe(filePrefix);

    await expectTtlNear(`${prefix}:article:${article.id}`, 30 * day);
    await expectTtlNear(
      `${prefix}:article-url:${hashKeyPart('https://news.example.com/world/putin-trump')}`,
      30 * day,
    );
    await expectTtlNear(`${prefix}:outbox:delivery-1`, 7 * day);
    await expectTtlNear(`${prefix}:delivery:delivery-1`, 30 * day);
    await expectTtlNear(`${prefix}:thread:thread-1`, 14 * day);
    await expectTtlNear(`${prefix}:arrivals:${hashKeyPart(feedUrl)}`, 30 * day);
    await expectTtlNear(`${prefix}:arrival-items:${hashKeyPart(feedUrl)}`, 30 * day);
    await expectTtlNear(`${prefix}:usage:slack:T1:2024-11-28`, 3 * day);
    await expectTtlNear(`${prefix}:brief:hash1:identity1`, 7 * day);
    await expectTtlNear(`${prefix}:rate:60000:summaries:U1`, 60_000);
    const postedKey = keys.find((key) => key.startsWith(`${prefix}:posted:slack:`));
    expect(postedKey).toBeDefined();
    await expectTtlNear(postedKey ?? '', 30 * day);

    expect(await redis.pttl(`${prefix}:subscription:${subscription.id}`)).toBe(-1);
    expect(await redis.pttl(`${prefix}:subscription-ids`)).toBe(-1);
    expect(await redis.pttl(`${prefix}:feed-state:${hashKeyPart(feedUrl)}`)).toBe(-1);
  });

  it('refreshes a thread expiry on every append', async () => {
    const { stores, prefix } = freshStores();
    await stores.threads.append('thread-2', { role: 'user', text: 'first' });
    await redis.pexpire(`${prefix}:thread:thread-2`, 5_000);
    await stores.threads.append('thread-2', { role: 'assistant', text: 'second' });
    await expectTtlNear(`${prefix}:thread:thread-2`, 14 * day);
  });

  it('gives a rate counter that lost its expiry a new window instead of blocking forever', async () => {
    const { stores, prefix } = freshStores();
    await redis.set(`${prefix}:rate:1000:stuck`, '50');
    const result = await stores.rateLimiter.hit('stuck', 5, 1);
    expect(result.allowed).toBe(false);
    const ttl = await redis.pttl(`${prefix}:rate:1000:stuck`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(1_000);
  });

  it('reads values that are not JSON or no longer match their schema as missing, and warns', async () => {
    const { stores, prefix, logger } = freshStores();
    const article = sampleArticle();
    await stores.articles.put(article);
    await redis.set(`${prefix}:article:${article.id}`, '{"id": "truncated');
    expect(await stores.articles.get(article.id)).toBeUndefined();
    expect(
      await stores.articles.findByUrl('https://news.example.com/world/putin-trump'),
    ).toBeUndefined();

    await redis.set(
      `${prefix}:outbox:d1`,
      JSON.stringify({ fallbackText: 'x', blocks: [{ type: 'video' }] }),
    );
    expect(await stores.outbox.get('d1')).toBeUndefined();
    await redis.set(`${prefix}:delivery:d1`, 'null');
    expect(await stores.deliveryLog.get('d1')).toBeUndefined();
    await redis.set(`${prefix}:brief:k1`, '[]');
    expect(await stores.briefs.get('brief:k1')).toBeUndefined();
    await redis.set(`${prefix}:feed-state:${hashKeyPart('https://f.example/rss')}`, '{"url":1}');
    expect(await stores.feedStates.get('https://f.example/rss')).toBeUndefined();

    expect(logger.warnings.map((warning) => warning.fields.store)).toEqual([
      'article',
      'article',
      'outbox',
      'delivery-log',
      'brief',
      'feed-state',
    ]);
    expect(logger.warnings[0]?.message).toBe('stored value is not JSON; treating it as missing');
  });

  it('skips a corrupt subscription, thread turn or arrival and returns the rest', async () => {
    const { stores, prefix } = freshStores();
    const good = sampleSubscription('C-good', '2024-11-28T10:00:00.000Z');
    const bad = sampleSubscription('C-bad', '2024-11-27T10:00:00.000Z');
    await stores.subscriptions.put(good);
    await stores.subscriptions.put(bad);
    await redis.set(`${prefix}:subscription:${bad.id}`, JSON.stringify({ ...bad, feedUrls: [] }));
    expect(await stores.subscriptions.list()).toEqual([good]);
    expect(await stores.subscriptions.get(bad.id)).toBeUndefined();

    await stores.threads.append('t', { role: 'user', text: 'one' });
    await redis.rpush(`${prefix}:thread:t`, '{"role":"system","text":"injected"}');
    await stores.threads.append('t', { role: 'assistant', text: 'two' });
    expect(await stores.threads.history('t', 10)).toEqual([
      { role: 'user', text: 'one' },
      { role: 'assistant', text: 'two' },
    ]);

    const feedUrl = 'https://news.example.com/rss.xml';
    await stores.feedArrivals.add({
      feedUrl,
      itemId: 'ok',
      articleId: 'a',
      arrivedAt: minutesAgo(3),
    });
    await stores.feedArrivals.add({
      feedUrl,
      itemId: 'broken',
      articleId: 'b',
      arrivedAt: minutesAgo(2),
    });
    await redis.hset(`${prefix}:arrival-items:${hashKeyPart(feedUrl)}`, 'broken', 'not json');
    const listed = await stores.feedArrivals.listBetween(feedUrl, minutesAgo(10), minutesAgo(0));
    expect(listed.map((item) => item.itemId)).toEqual(['ok']);
  });

  it('removes the item record along with a trimmed arrival', async () => {
    const { stores, prefix } = freshStores();
    const feedUrl = 'https://news.example.com/rss.xml';
    await stores.feedArrivals.add({
      feedUrl,
      itemId: 'ancient',
      articleId: 'a',
      arrivedAt: minutesAgo(31 * 24 * 60),
    });
    await stores.feedArrivals.add({
      feedUrl,
      itemId: 'fresh',
      articleId: 'b',
      arrivedAt: minutesAgo(1),
    });
    expect(await redis.hkeys(`${prefix}:arrival-items:${hashKeyPart(feedUrl)}`)).toEqual(['fresh']);
    expect(await redis.zrange(`${prefix}:arrivals:${hashKeyPart(feedUrl)}`, '0', '-1')).toEqual([
      'fresh',
    ]);
  });
});
