import type { RedisClient } from '../../redis/redis-client.ts';
import { subscriptionSchema, type Subscription } from '../../../core/model/subscription.ts';
import type { SubscriptionStore } from '../../../core/ports/stores.ts';
import { compareSubscriptions } from '../subscription-order.ts';
import {
  execTransaction,
  parseStoredJson,
  resolveStoreOptions,
  type RedisStoreOptions,
} from './redis-store-support.ts';

/** MGET batch size for list(): bounded replies even for installs with many channels. */
const listBatchSize = 500;

/**
 * Subscriptions on Redis: one key per subscription plus a set of ids for list(). Nothing here
 * expires (ttlSeconds is ignored): a subscription is user intent and must survive restarts as
 * long as Redis persists its data.
 */
export function createRedisSubscriptionStore(
  redis: RedisClient,
  options: RedisStoreOptions,
): SubscriptionStore {
  const { prefix, logger } = resolveStoreOptions(options, 0);
  const keyOf = (subscriptionId: string) => `${prefix}:subscription:${subscriptionId}`;
  const idsKey = `${prefix}:subscription-ids`;
  const parse = (stored: string | null | undefined, subscriptionId: string) =>
    parseStoredJson(subscriptionSchema, stored, logger, { store: 'subscription', subscriptionId });

  return {
    async get(subscriptionId) {
      return parse(await redis.get(keyOf(subscriptionId)), subscriptionId);
    },
    async put(subscription) {
      await execTransaction(
        redis
          .multi()
          .set(keyOf(subscription.id), JSON.stringify(subscription))
          .sadd(idsKey, subscription.id),
      );
    },
    async delete(subscriptionId) {
      await execTransaction(redis.multi().del(keyOf(subscriptionId)).srem(idsKey, subscriptionId));
    },
    async list() {
      const ids = (await redis.smembers(idsKey)).sort();
      const subscriptions: Subscription[] = [];
      for (let start = 0; start < ids.length; start += listBatchSize) {
        const batch = ids.slice(start, start + listBatchSize);
        const values = await redis.mget(batch.map(keyOf));
        batch.forEach((subscriptionId, index) => {
          const subscription = parse(values[index], subscriptionId);
          if (subscription !== undefined) subscriptions.push(subscription);
        });
      }
      return subscriptions.sort(compareSubscriptions);
    },
  };
}
