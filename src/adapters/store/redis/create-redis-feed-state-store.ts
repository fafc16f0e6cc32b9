import type { RedisClient } from '../../redis/redis-client.ts';
import { feedStateSchema } from '../../../core/model/feed.ts';
import type { FeedStateStore } from '../../../core/ports/stores.ts';
import {
  hashKeyPart,
  parseStoredJson,
  resolveStoreOptions,
  type RedisStoreOptions,
} from './redis-store-support.ts';

/**
 * Per-feed state (validators, seen item keys, health) keyed by a hash of the feed URL. No
 * expiry by default: losing the seen keys of a quiet feed would re-post its old items as new.
 * Pass ttlSeconds to let abandoned feeds age out.
 */
export function createRedisFeedStateStore(
  redis: RedisClient,
  options: RedisStoreOptions,
): FeedStateStore {
  const { prefix, logger } = resolveStoreOptions(options, 0);
  const keyOf = (feedUrl: string) => `${prefix}:feed-state:${hashKeyPart(feedUrl)}`;
  return {
    async get(feedUrl) {
      const stored = await redis.get(keyOf(feedUrl));
      return parseStoredJson(feedStateSchema, stored, logger, { store: 'feed-state', feedUrl });
    },
    async put(state) {
      const value = JSON.stringify(state);
      if (options.ttlSeconds === undefined) await redis.set(keyOf(state.url), value);
      else await redis.set(keyOf(state.url), value, 'EX', options.ttlSeconds);
    },
  };
}
