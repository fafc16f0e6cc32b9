import type { ChainableCommander } from 'ioredis';
import type { RedisClient } from '../../redis/redis-client.ts';
import type { ChatMessage } from '../../../core/model/chat-message.ts';
import { chatMessageSchema } from '../../../core/model/chat-message.ts';
import type { OutboxStore } from '../../../core/ports/stores.ts';
import {
  parseStoredJson,
  resolveStoreOptions,
  secondsPerDay,
  type RedisStoreOptions,
} from './redis-store-support.ts';

export const outboxTtlSeconds = 7 * secondsPerDay;
export const outboxKeyOf = (prefix: string, deliveryId: string) => `${prefix}:outbox:${deliveryId}`;

/** Adds a rendered message to a MULTI (the store's put, or the brief step's batch). */
export function stageOutboxPut(
  transaction: ChainableCommander,
  prefix: string,
  deliveryId: string,
  message: ChatMessage,
  ttlSeconds = outboxTtlSeconds,
): ChainableCommander {
  return transaction.set(
    outboxKeyOf(prefix, deliveryId),
    JSON.stringify(message),
    'EX',
    ttlSeconds,
  );
}

/**
 * Rendered messages waiting for the deliver worker, by delivery id. Seven days outlasts every
 * retry schedule; a message still undelivered after that is not worth posting.
 */
export function createRedisOutboxStore(
  redis: RedisClient,
  options: RedisStoreOptions,
): OutboxStore {
  const { prefix, ttlSeconds, logger } = resolveStoreOptions(options, outboxTtlSeconds);
  const keyOf = (deliveryId: string) => outboxKeyOf(prefix, deliveryId);
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
