import type { RedisClient } from '../../redis/redis-client.ts';
import type { RateLimiter } from '../../../core/ports/usage-limits.ts';
import { execTransaction, type RedisStoreOptions } from './redis-store-support.ts';

/**
 * Fixed-window counters on Redis: INCR, PEXPIRE NX and PTTL in one MULTI, one round trip.
 * PEXPIRE NX (Redis 7) starts the window on the first hit and never extends it, and also
 * repairs a counter that somehow lost its expiry. The window length is part of the key, so
 * two limits on the same subject with different windows never share a counter.
 */
export function createRedisRateLimiter(
  redis: RedisClient,
  options: Pick<RedisStoreOptions, 'prefix'>,
): RateLimiter {
  return {
    async hit(key, limit, windowSeconds) {
      const windowMs = Math.max(1, Math.round(windowSeconds * 1000));
      const counterKey = `${options.prefix}:rate:${windowMs}:${key}`;
      const [count, , remainingMs] = await execTransaction(
        redis.multi().incr(counterKey).pexpire(counterKey, windowMs, 'NX').pttl(counterKey),
      );
      const hits = Number(count);
      const ttl = Number(remainingMs);
      return {
        allowed: hits <= limit,
        remaining: Math.max(0, limit - hits),
        resetAt: new Date(Date.now() + (ttl > 0 ? ttl : windowMs)),
      };
    },
  };
}
