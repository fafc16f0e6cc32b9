import type { RedisClient } from '../../redis/redis-client.ts';
import { threadTurnSchema, type ThreadTurn } from '../../../core/model/answer.ts';
import type { ThreadStore } from '../../../core/ports/stores.ts';
import {
  execTransaction,
  parseStoredJson,
  resolveStoreOptions,
  secondsPerDay,
  type RedisStoreOptions,
} from './redis-store-support.ts';

export interface RedisThreadStoreOptions extends RedisStoreOptions {
  /** Turns kept per thread; older ones are dropped (answers only need recent context). */
  maxTurns?: number;
}

/** How many turns a thread keeps unless told otherwise. */
export const defaultMaxThreadTurns = 20;

/**
 * Thread conversations as capped Redis lists (RPUSH + LTRIM), oldest turn at the head. The
 * 14-day expiry is refreshed on every append, so an active thread never loses its context.
 */
export function createRedisThreadStore(
  redis: RedisClient,
  options: RedisThreadStoreOptions,
): ThreadStore {
  const { prefix, ttlSeconds, logger } = resolveStoreOptions(options, 14 * secondsPerDay);
  const maxTurns = Math.max(1, options.maxTurns ?? defaultMaxThreadTurns);
  const keyOf = (threadKey: string) => `${prefix}:thread:${threadKey}`;
  return {
    async append(threadKey, turn) {
      const key = keyOf(threadKey);
      await execTransaction(
        redis
          .multi()
          .rpush(key, JSON.stringify(turn))
          .ltrim(key, -maxTurns, -1)
          .expire(key, ttlSeconds),
      );
    },
    async history(threadKey, limit) {
      const count = Math.min(Math.floor(limit), maxTurns);
      if (!(count > 0)) return [];
      const stored = await redis.lrange(keyOf(threadKey), -count, -1);
      const turns: ThreadTurn[] = [];
      for (const entry of stored) {
        const turn = parseStoredJson(threadTurnSchema, entry, logger, {
          store: 'thread',
          threadKey,
        });
        if (turn !== undefined) turns.push(turn);
      }
      return turns;
    },
  };
}
