import type { RedisClient } from '../../redis/redis-client.ts';
import type { ArrivedItem, FeedArrivalStore } from '../../../core/ports/stores.ts';
import { instantMilliseconds } from '../arrival-window.ts';
import {
  hashKeyPart,
  parseStoredJson,
  resolveStoreOptions,
  secondsPerDay,
  type RedisStoreOptions,
} from './redis-store-support.ts';
import { arrivedItemSchema } from './redis-stored-schemas.ts';

export interface RedisFeedArrivalStoreOptions extends RedisStoreOptions {
  /** The clock the retention cutoff is measured from; tests pass a fixed one. */
  now?: () => number;
}

/**
 * Adds an item once per item id and trims what fell out of the retention window, atomically.
 * KEYS: the feed's sorted set (member = item id, score = arrival ms) and its item hash.
 * ARGV: item id, arrival ms, item JSON, cutoff ms, retention ms.
 * ZADD NX keeps the first arrival time, so a feed re-read never moves an item into a later digest.
 */
const addArrivalScript = `
local added = redis.call('ZADD', KEYS[1], 'NX', ARGV[2], ARGV[1])
redis.call('HSETNX', KEYS[2], ARGV[1], ARGV[3])
local expired = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[4])
if #expired > 0 then
  redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[4])
  for first = 1, #expired, 500 do
    redis.call('HDEL', KEYS[2], unpack(expired, first, math.min(first + 499, #expired)))
  end
end
redis.call('PEXPIRE', KEYS[1], ARGV[5])
redis.call('PEXPIRE', KEYS[2], ARGV[5])
return added
`;

/**
 * What arrived from each feed, for digest windows: a sorted set of item ids scored by arrival
 * time plus a hash of the items, 30 days of history by default. Both keys expire a retention
 * period after the last arrival, so a feed nobody follows any more leaves nothing behind.
 */
export function createRedisFeedArrivalStore(
  redis: RedisClient,
  options: RedisFeedArrivalStoreOptions,
): FeedArrivalStore {
  const { prefix, ttlSeconds, logger } = resolveStoreOptions(options, 30 * secondsPerDay);
  const now = options.now ?? Date.now;
  const retentionMs = ttlSeconds * 1000;
  const keysOf = (feedUrl: string) => {
    const feedKey = hashKeyPart(feedUrl);
    return [`${prefix}:arrivals:${feedKey}`, `${prefix}:arrival-items:${feedKey}`] as const;
  };
  return {
    async add(item) {
      const arrivedMs = instantMilliseconds(item.arrivedAt, 'arrivedAt');
      const [timelineKey, itemsKey] = keysOf(item.feedUrl);
      await redis.eval(
        addArrivalScript,
        2,
        timelineKey,
        itemsKey,
        item.itemId,
        arrivedMs,
        JSON.stringify(item),
        now() - retentionMs,
        retentionMs,
      );
    },
    async listBetween(feedUrl, since, until) {
      const sinceMs = instantMilliseconds(since, 'since');
      const untilMs = instantMilliseconds(until, 'until');
      if (untilMs <= sinceMs) return [];
      const [timelineKey, itemsKey] = keysOf(feedUrl);
      const itemIds = await redis.zrangebyscore(timelineKey, `(${sinceMs}`, untilMs);
      if (itemIds.length === 0) return [];
      const stored = await redis.hmget(itemsKey, ...itemIds);
      const items: ArrivedItem[] = [];
      itemIds.forEach((itemId, index) => {
        const item = parseStoredJson(arrivedItemSchema, stored[index], logger, {
          store: 'feed-arrival',
          feedUrl,
          itemId,
        });
        if (item !== undefined) items.push(item);
      });
      return items;
    },
  };
}
