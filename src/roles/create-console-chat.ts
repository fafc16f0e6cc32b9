import { ConsoleChatSession } from '../adapters/chat/console/console-chat-session.ts';
import type { Service } from './create-service.ts';
import { duplicateRedisClient } from '../adapters/redis/redis-client.ts';

export interface ConsoleChatSetup {
  channelId: string;
  user: { userId: string; displayName: string };
  write(text: string): void;
}

/** A console chat session wired to the service's queues, stores and publisher. */
export function createConsoleChat(
  service: Service,
  setup: ConsoleChatSetup,
): { session: ConsoleChatSession; close(): Promise<void> } {
  const reader = duplicateRedisClient(service.workerConnection);
  // Its reads fail quietly during an outage (the session retries); without a listener ioredis
  // would print "Unhandled error event" and a stack for every reconnect attempt.
  reader.on('error', (error: Error) =>
    service.logger.debug({ err: error }, 'console reader connection error'),
  );
  const session = new ConsoleChatSession({
    commands: service.commands,
    questionAnswer: service.queues.jobQueues.questionAnswer,
    publisher: service.publisher,
    postedMessages: service.stores.postedMessages,
    reader,
    prefix: service.config.REDIS_PREFIX,
    target: { platform: 'console', workspaceId: 'local', channelId: setup.channelId },
    user: setup.user,
    timeZone: service.config.DEFAULT_TIME_ZONE,
    write: setup.write,
  });
  return {
    session,
    async close() {
      reader.disconnect();
    },
  };
}
