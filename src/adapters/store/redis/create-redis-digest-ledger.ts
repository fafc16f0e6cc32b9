import type { RedisClient } from '../../redis/redis-client.ts';
import type { DigestLedger } from '../../../core/ports/stores.ts';
import type { RedisStoreOptions } from './redis-store-support.ts';

/**
 * One sorted set, member = subscription id, score = the newest digest's window end in ms
 * (and one like it for the newest reply, empty ones included).
 * `ZADD … GT` only ever raises a score, so two workers noting different ticks at once keep the
 * newer, with no read-modify-write. Entries are tiny and one per subscription; unsubscribing
 * leaves a harmless score behind.
 */
export function createRedisDigestLedger(
  redis: RedisClient,
  options: RedisStoreOptions,
): DigestLedger {
  const key = `${options.prefix}:digest-built`;
  const repliedKey = `${options.prefix}:digest-replied`;
  return {
    async noteBuilt(subscriptionId, windowEnd) {
      await redis.zadd(key, 'GT', Date.parse(windowEnd), subscriptionId);
    },
    async newestBuilt(subscriptionId) {
      const score = await redis.zscore(key, subscriptionId);
      return score === null ? undefined : new Date(Number(score)).toISOString();
    },
    async noteReplied(subscriptionId, windowEnd) {
      await redis.zadd(repliedKey, 'GT', Date.parse(windowEnd), subscriptionId);
    },
    async lastReplied(subscriptionId) {
      const score = await redis.zscore(repliedKey, subscriptionId);
      return score === null ? undefined : new Date(Number(score)).toISOString();
    },
  };
}
