import type { Redis } from 'ioredis';
import { briefSchema } from '../../../core/model/brief.ts';
import type { Logger } from '../../../core/ports/logger.ts';
import type { BriefStore } from '../../../core/ports/stores.ts';

export interface RedisBriefStoreOptions {
  /** Key prefix, hash-tagged for Redis Cluster, e.g. "{newsbrief}". */
  prefix: string;
  /** How long a cached brief lives; news goes stale and prompts change. */
  ttlSeconds?: number;
  logger: Logger;
}

/**
 * The brief cache on Redis, shared by every worker and CLI run: one article requested in many
 * channels is briefed once. Entries that no longer parse (an older format) count as misses.
 */
export function createRedisBriefStore(redis: Redis, options: RedisBriefStoreOptions): BriefStore {
  const ttlSeconds = options.ttlSeconds ?? 7 * 24 * 3600;
  const keyOf = (cacheKey: string) => `${options.prefix}:${cacheKey}`;
  return {
    async get(cacheKey) {
      const stored = await redis.get(keyOf(cacheKey));
      if (stored === null) return undefined;
      const parsed = briefSchema.safeParse(safeJsonParse(stored));
      if (!parsed.success) {
        options.logger.warn({ cacheKey }, 'cached brief did not parse; treating as a miss');
        return undefined;
      }
      return parsed.data;
    },
    async put(cacheKey, brief) {
      await redis.set(keyOf(cacheKey), JSON.stringify(brief), 'EX', ttlSeconds);
    },
  };
}

function safeJsonParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
