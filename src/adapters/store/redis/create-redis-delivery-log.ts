import type { ChainableCommander } from 'ioredis';
import type { RedisClient } from '../../redis/redis-client.ts';
import type { PostedMessageRef } from '../../../core/model/chat-message.ts';
import { postedMessageRefSchema } from '../../../core/model/chat-message.ts';
import type { DeliveryLog } from '../../../core/ports/stores.ts';
import {
  parseStoredJson,
  resolveStoreOptions,
  secondsPerDay,
  type RedisStoreOptions,
} from './redis-store-support.ts';

export const deliveryTtlSeconds = 30 * secondsPerDay;
export const deliveryKeyOf = (prefix: string, deliveryId: string) =>
  `${prefix}:delivery:${deliveryId}`;

/** Adds the first-record-wins SET NX of a post to a MULTI; its reply is null when one was there. */
export function stageDeliveryRecord(
  transaction: ChainableCommander,
  prefix: string,
  deliveryId: string,
  ref: PostedMessageRef,
  ttlSeconds = deliveryTtlSeconds,
): ChainableCommander {
  return transaction.set(
    deliveryKeyOf(prefix, deliveryId),
    JSON.stringify(ref),
    'EX',
    ttlSeconds,
    'NX',
  );
}

/**
 * The exactly-once record of posts. `record` is SET NX: when two workers race on one delivery,
 * the first post recorded stays the answer for every later retry, so thread lookups and edits
 * keep pointing at the same message.
 */
export function createRedisDeliveryLog(
  redis: RedisClient,
  options: RedisStoreOptions,
): DeliveryLog {
  const { prefix, ttlSeconds, logger } = resolveStoreOptions(options, deliveryTtlSeconds);
  const keyOf = (deliveryId: string) => deliveryKeyOf(prefix, deliveryId);
  return {
    async get(deliveryId) {
      const stored = await redis.get(keyOf(deliveryId));
      return parseStoredJson(postedMessageRefSchema, stored, logger, {
        store: 'delivery-log',
        deliveryId,
      });
    },
    async record(deliveryId, ref) {
      const written = await redis.set(
        keyOf(deliveryId),
        JSON.stringify(ref),
        'EX',
        ttlSeconds,
        'NX',
      );
      if (written === null) {
        logger.info(
          { deliveryId, messageId: ref.messageId },
          'delivery already recorded; keeping the first record',
        );
      }
    },
  };
}
