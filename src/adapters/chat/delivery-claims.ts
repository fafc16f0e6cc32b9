import type { RedisClient } from '../redis/redis-client.ts';
import type { Logger } from '../../core/ports/logger.ts';

/**
 * How long a platform delivery is remembered. Longer than anything that resends one: Slack
 * retries within minutes and signatures are accepted for 5 minutes; Discord interaction tokens
 * live 15 minutes, and a gateway resume replays only what was missed.
 */
export const deliveryMemorySeconds = 3_600;

/**
 * "Handle this once" for what chat platforms may deliver twice (a retried or replayed Slack
 * request, a Discord interaction seen twice). One atomic SET NX EX in Redis, so two processes
 * receiving the same delivery agree on which handles it.
 */
export interface DeliveryClaims {
  /** True for the first claim of `key` within `ttlSeconds`; false for every repeat. */
  claim(key: string, ttlSeconds?: number): Promise<boolean>;
}

export function createDeliveryClaims(
  redis: RedisClient,
  prefix: string,
  logger: Logger,
): DeliveryClaims {
  return {
    async claim(key, ttlSeconds = deliveryMemorySeconds) {
      try {
        const set = await redis.set(`${prefix}:claim:${key}`, '1', 'EX', ttlSeconds, 'NX');
        if (set === null) logger.info({ key }, 'delivery already handled; ignoring the repeat');
        return set !== null;
      } catch (error) {
        // Unsure means handle it: a missed answer is worse than a rare double, and the
        // enqueue right after fails with its own sentence when Redis is really down.
        logger.warn({ err: error, key }, 'delivery claim failed; handling the delivery');
        return true;
      }
    },
  };
}
