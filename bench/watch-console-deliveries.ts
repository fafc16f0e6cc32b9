/**
 * Tells a benchmark when each console channel received its result: reads the channels'
 * Redis streams (one XREAD for all of them) and reports the first entry that `isResult`
 * accepts, with the stream entry's own timestamp. It watches what the user would see, so it
 * works whichever job did the post (the brief's own job, or the deliver queue's retry).
 */
import { createRedisClient } from '../src/adapters/redis/redis-client.ts';
import {
  consoleStreamKey,
  type ConsoleEvent,
} from '../src/adapters/chat/console/create-console-publisher.ts';

export interface ConsoleWatch {
  /** When each channel got its result (ms since the epoch). */
  deliveredAt: Map<string, number>;
  /** Resolves once `channelId` has its result. */
  delivered(channelId: string): Promise<void>;
  stop(): Promise<void>;
}

export function watchConsoleDeliveries(options: {
  redisUrl: string;
  /** The url names a node of a Redis Cluster. */
  cluster?: boolean;
  prefix: string;
  channelIds: readonly string[];
  isResult(event: ConsoleEvent): boolean;
}): ConsoleWatch {
  const redis = createRedisClient({ url: options.redisUrl, cluster: options.cluster === true }, {});
  const deliveredAt = new Map<string, number>();
  const waiters = new Map<string, () => void>();
  const lastIds = new Map(options.channelIds.map((channelId) => [channelId, '0']));
  let stopped = false;
  const loop = (async () => {
    while (!stopped && lastIds.size > 0) {
      const channels = [...lastIds.keys()];
      const replies = (await redis.xread(
        'COUNT',
        100,
        'BLOCK',
        500,
        'STREAMS',
        ...channels.map((channelId) => consoleStreamKey(options.prefix, channelId)),
        ...channels.map((channelId) => lastIds.get(channelId) ?? '0'),
      )) as [string, [string, string[]][]][] | null;
      for (const [key, entries] of replies ?? []) {
        const channelId = key.slice(consoleStreamKey(options.prefix, '').length);
        for (const [id, fields] of entries) {
          if (lastIds.has(channelId)) lastIds.set(channelId, id);
          const event = JSON.parse(fields[1] ?? '{}') as ConsoleEvent;
          if (deliveredAt.has(channelId) || !options.isResult(event)) continue;
          deliveredAt.set(channelId, Number(id.split('-')[0]));
          lastIds.delete(channelId);
          waiters.get(channelId)?.();
        }
      }
    }
  })();
  return {
    deliveredAt,
    delivered: (channelId) =>
      new Promise<void>((resolve) => {
        if (deliveredAt.has(channelId)) return resolve();
        waiters.set(channelId, resolve);
      }),
    async stop() {
      stopped = true;
      await loop.catch(() => undefined);
      redis.disconnect();
    },
  };
}
