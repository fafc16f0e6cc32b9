import type { Redis } from 'ioredis';
import type { UsageMeter } from '../../../core/ports/usage-limits.ts';
import {
  execTransaction,
  resolveStoreOptions,
  secondsPerDay,
  type RedisStoreOptions,
} from './redis-store-support.ts';

/**
 * Model tokens per workspace per UTC day, one counter per day. Three days of expiry covers
 * "today" in every time zone plus a margin for metrics to read yesterday's total.
 */
export function createRedisUsageMeter(redis: Redis, options: RedisStoreOptions): UsageMeter {
  const { prefix, ttlSeconds } = resolveStoreOptions(options, 3 * secondsPerDay);
  const keyOf = (workspaceKey: string, day: string) => `${prefix}:usage:${workspaceKey}:${day}`;
  return {
    async addTokens(workspaceKey, day, tokens) {
      const key = keyOf(workspaceKey, day);
      const [total] = await execTransaction(
        redis
          .multi()
          .incrby(key, Math.max(0, Math.round(tokens)))
          .expire(key, ttlSeconds),
      );
      return Number(total);
    },
    async tokensUsed(workspaceKey, day) {
      const stored = await redis.get(keyOf(workspaceKey, day));
      const total = stored === null ? 0 : Number.parseInt(stored, 10);
      return Number.isFinite(total) ? total : 0;
    },
  };
}
