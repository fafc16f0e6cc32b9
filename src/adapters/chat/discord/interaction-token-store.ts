import type { RedisClient } from '../../redis/redis-client.ts';
import { z } from 'zod';

/** Discord accepts an interaction token for 15 minutes; stop using it a little before. */
export const interactionTokenLifetimeMs = 15 * 60_000;
const safetyMarginMs = 30_000;

const storedTokenSchema = z.object({ applicationId: z.string(), token: z.string() });
export type StoredInteraction = z.infer<typeof storedTokenSchema>;

/**
 * Interaction tokens, kept in Redis under the id of the message they can edit. A token is a
 * short-lived credential, so it never goes into a job payload: the job carries the message id
 * and the publisher looks the token up here. The key expires with the token, after which the
 * publisher edits the message through the channel endpoint instead.
 */
export interface InteractionTokenStore {
  put(messageId: string, interaction: StoredInteraction, createdAtMs: number): Promise<void>;
  get(messageId: string): Promise<StoredInteraction | undefined>;
}

export function createInteractionTokenStore(
  redis: RedisClient,
  prefix: string,
  now: () => number = Date.now,
): InteractionTokenStore {
  const keyOf = (messageId: string) => `${prefix}:discord:interaction:${messageId}`;
  return {
    async put(messageId, interaction, createdAtMs) {
      const ttlMs = createdAtMs + interactionTokenLifetimeMs - safetyMarginMs - now();
      if (ttlMs <= 0) return;
      await redis.set(keyOf(messageId), JSON.stringify(interaction), 'PX', ttlMs);
    },
    async get(messageId) {
      const stored = await redis.get(keyOf(messageId));
      if (stored === null) return undefined;
      try {
        const parsed = storedTokenSchema.safeParse(JSON.parse(stored));
        return parsed.success ? parsed.data : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
