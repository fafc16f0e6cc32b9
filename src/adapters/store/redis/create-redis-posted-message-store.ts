import type { RedisClient } from '../../redis/redis-client.ts';
import type { ChatTarget } from '../../../core/model/chat-message.ts';
import type { PostedMessageStore } from '../../../core/ports/stores.ts';
import {
  hashKeyPart,
  parseStoredJson,
  resolveStoreOptions,
  secondsPerDay,
  type RedisStoreOptions,
} from './redis-store-support.ts';
import { postedMessageRecordSchema } from './redis-stored-schemas.ts';

type ChannelRef = Pick<ChatTarget, 'platform' | 'workspaceId' | 'channelId'>;

/**
 * What each posted message was about, keyed by platform + workspace + channel + message id, so
 * a thread reply finds its article. Thirty days: older threads rarely get follow-ups, and the
 * articles they point at expire on the same schedule.
 */
export function createRedisPostedMessageStore(
  redis: RedisClient,
  options: RedisStoreOptions,
): PostedMessageStore {
  const { prefix, ttlSeconds, logger } = resolveStoreOptions(options, 30 * secondsPerDay);
  const keyOf = (channel: ChannelRef, messageId: string) =>
    `${prefix}:posted:${channel.platform}:${hashKeyPart(channel.workspaceId, channel.channelId, messageId)}`;
  return {
    async put(record) {
      const key = keyOf(record.ref.target, record.ref.messageId);
      await redis.set(key, JSON.stringify(record), 'EX', ttlSeconds);
    },
    async get(channel, messageId) {
      const stored = await redis.get(keyOf(channel, messageId));
      return parseStoredJson(postedMessageRecordSchema, stored, logger, {
        store: 'posted-message',
        platform: channel.platform,
        messageId,
      });
    },
  };
}
