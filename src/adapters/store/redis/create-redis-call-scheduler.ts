import type { RedisClient } from '../../redis/redis-client.ts';
import type { CallScheduler } from '../../../core/ports/usage-limits.ts';
import type { RedisStoreOptions } from './redis-store-support.ts';

/**
 * Hands out start times one interval (window ÷ limit) apart: the key holds the next free
 * time, and each reservation takes the later of now and that time. One script, so two
 * workers never get the same turn; the key expires once its last turn has passed.
 */
const reserveScript = `
local now = tonumber(ARGV[1])
local interval = tonumber(ARGV[2])
local nextFree = tonumber(redis.call('GET', KEYS[1]) or '0')
local startAt = math.max(now, nextFree)
redis.call('SET', KEYS[1], startAt + interval, 'PX', startAt + interval - now + 1000)
return startAt
`;

export function createRedisCallScheduler(
  redis: RedisClient,
  options: Pick<RedisStoreOptions, 'prefix'>,
): CallScheduler {
  return {
    async reserve(key, limit, windowSeconds) {
      const intervalMs = Math.max(1, Math.round((windowSeconds * 1000) / Math.max(1, limit)));
      const startAt = await redis.eval(
        reserveScript,
        1,
        `${options.prefix}:turns:${key}`,
        Date.now(),
        intervalMs,
      );
      return new Date(Number(startAt));
    },
  };
}
