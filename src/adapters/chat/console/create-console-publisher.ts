import { randomUUID } from 'node:crypto';
import type { RedisClient } from '../../redis/redis-client.ts';
import type { ChatMessage } from '../../../core/model/chat-message.ts';
import type { ChatPublisher } from '../../../core/ports/chat-publisher.ts';

/** One entry of a console channel's stream: a new message, or a replacement of an earlier one. */
export interface ConsoleEvent {
  kind: 'post' | 'update';
  messageId: string;
  threadId?: string;
  message: ChatMessage;
}

/** The Redis stream a console channel's messages travel on. */
export function consoleStreamKey(prefix: string, channelId: string): string {
  return `${prefix}:console:${channelId}`;
}

/**
 * The console "platform": workers (in any process) append messages to a Redis stream per
 * channel and `newsbrief chat` reads it, so the terminal chat goes through the same queues and
 * workers as Slack and Discord. Streams are capped so an idle channel cannot grow forever.
 */
export function createConsolePublisher(redis: RedisClient, prefix: string): ChatPublisher {
  const append = async (channelId: string, event: ConsoleEvent) => {
    await redis.xadd(
      consoleStreamKey(prefix, channelId),
      'MAXLEN',
      '~',
      '1000',
      '*',
      'event',
      JSON.stringify(event),
    );
  };
  return {
    async post(target, message) {
      const messageId = randomUUID();
      await append(target.channelId, {
        kind: 'post',
        messageId,
        ...(target.threadId === undefined ? {} : { threadId: target.threadId }),
        message,
      });
      return { target, messageId };
    },
    async update(ref, message) {
      await append(ref.target.channelId, {
        kind: 'update',
        messageId: ref.messageId,
        ...(ref.target.threadId === undefined ? {} : { threadId: ref.target.threadId }),
        message,
      });
    },
  };
}
