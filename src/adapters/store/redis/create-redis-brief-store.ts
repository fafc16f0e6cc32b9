import type { Brief } from '../../../core/model/brief.ts';
import type { ChainableCommander } from 'ioredis';
import type { RedisClient } from '../../redis/redis-client.ts';
import { briefSchema } from '../../../core/model/brief.ts';
import type { BriefStore } from '../../../core/ports/stores.ts';
import {
  parseStoredJson,
  resolveStoreOptions,
  secondsPerDay,
  type RedisStoreOptions,
} from './redis-store-support.ts';

/** Key prefix (hash-tagged for Redis Cluster, e.g. "{newsbrief}"), lifetime (7 days) and logger. */
export type RedisBriefStoreOptions = RedisStoreOptions;

export const briefTtlSeconds = 7 * secondsPerDay;
const briefKeyOf = (prefix: string, cacheKey: string) => `${prefix}:${cacheKey}`;

/** Adds a brief cache entry to a MULTI (the store's put, or the brief step's batch). */
export function stageBriefPut(
  transaction: ChainableCommander,
  prefix: string,
  cacheKey: string,
  brief: Brief,
  ttlSeconds = briefTtlSeconds,
): ChainableCommander {
  return transaction.set(briefKeyOf(prefix, cacheKey), JSON.stringify(brief), 'EX', ttlSeconds);
}

/**
 * The brief cache on Redis, shared by every worker and CLI run: one article requested in many
 * channels is briefed once. News goes stale and prompts change, so entries expire (7 days by
 * default). Entries that no longer parse (an older format) count as misses.
 */
export function createRedisBriefStore(
  redis: RedisClient,
  options: RedisBriefStoreOptions,
): BriefStore {
  const { prefix, ttlSeconds, logger } = resolveStoreOptions(options, briefTtlSeconds);
  const keyOf = (cacheKey: string) => briefKeyOf(prefix, cacheKey);
  return {
    async get(cacheKey) {
      const stored = await redis.get(keyOf(cacheKey));
      return parseStoredJson(briefSchema, stored, logger, { store: 'brief', cacheKey });
    },
    async put(cacheKey, brief) {
      await redis.set(keyOf(cacheKey), JSON.stringify(brief), 'EX', ttlSeconds);
    },
  };
}
