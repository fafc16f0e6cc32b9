import type { ChainableCommander } from 'ioredis';
import type { RedisClient } from '../../redis/redis-client.ts';
import type { ChatTarget } from '../../../core/model/chat-message.ts';
import type { PostedMessageRecord, PostedMessageStore } from '../../../core/ports/stores.ts';
import {
  hashKeyPart,
  parseStoredJson,
  resolveStoreOptions,
  secondsPerDay,
  type RedisStoreOptions,
} from './redis-store-support.ts';
import { postedMessageRecordSchema } from './redis-stored-schemas.ts';

type ChannelRef = Pick<ChatTarget, 'platform' | 'workspaceId' | 'channelId'>;

export const postedTtlSeconds = 30 * secondsPerDay;
const postedKeyOf = (prefix: string, channel: ChannelRef, messageId: string) =>
  `${prefix}:posted:${channel.platform}:${hashKeyPart(channel.workspaceId, channel.channelId, messageId)}`;

/**
 * Adds a posted-message record to a MULTI. `onlyIfAbsent` (SET NX) keeps a record already
 * there: a thread root that is one of our own messages keeps what it was about.
 */
export function stagePostedMessagePut(
  transaction: ChainableCommander,
  prefix: string,
  record: PostedMessageRecord,
  options: { onlyIfAbsent?: boolean; ttlSeconds?: number } = {},
): ChainableCommander {
  const key = postedKeyOf(prefix, record.ref.target, record.ref.messageId);
  const ttlSeconds = options.ttlSeconds ?? postedTtlSeconds;
  return options.onlyIfAbsent === true
    ? transaction.set(key, JSON.stringify(record), 'EX', ttlSeconds, 'NX')
    : transaction.set(key, JSON.stringify(record), 'EX', ttlSeconds);
}

/**
 * What each posted message was about, keyed by platform + workspace + channel + message id, so
 * a thread reply finds its article. Thirty days: older threads rarely get follow-ups, and the
 * articles they point at expire on the same schedule.
 */
export function createRedisPostedMessageStore(
  redis: RedisClient,
  options: RedisStoreOptions,
): PostedMessageStore {
  const { prefix, ttlSeconds, logger } = resolveStoreOptions(options, postedTtlSeconds);
  const keyOf = (channel: ChannelRef, messageId: string) => postedKeyOf(prefix, channel, messageId);
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
