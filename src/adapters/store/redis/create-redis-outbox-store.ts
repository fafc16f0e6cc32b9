import type { RedisClient } from '../../redis/redis-client.ts';
import { chatMessageSchema } from '../../../core/model/chat-message.ts';
import type { OutboxStore } from '../../../core/ports/stores.ts';
import {
  parseStoredJson,
  resolveStoreOptions,
  secondsPerDay,
  type RedisStoreOptions,
} from './redis-store-support.ts';

/**
 * Rendered messages waiting for the deliver worker, by delivery id. Seven days outlasts every
 * retry schedule; a message still undelivered after that is not worth posting.
 */
export function createRedisOutboxStore(
  redis: RedisClient,
  options: RedisStoreOptions,
): OutboxStore {
  const { prefix, ttlSeconds, logger } = resolveStoreOptions(options, 7 * secondsPerDay);
  const keyOf = (deliveryId: string) => `${prefix}:outbox:${deliveryId}`;
  return {
    async put(deliveryId, message) {
      await redis.set(keyOf(deliveryId), JSON.stringify(message), 'EX', ttlSeconds);
    },
    async get(deliveryId) {
      const stored = await redis.get(keyOf(deliveryId));
      return parseStoredJson(chatMessageSchema, stored, logger, { store: 'outbox', deliveryId });
    },
  };
}
