import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBullmqDigestScheduler } from '../../../src/adapters/queue/bullmq/create-digest-scheduler.ts';
import { createRedisSubscriptionStore } from '../../../src/adapters/store/redis/create-redis-subscription-store.ts';
import { loadConfig } from '../../../src/config/load-config.ts';
import type { HandleNewsCommandDependencies } from '../../../src/core/commands/handle-news-command.ts';
import type { ChatTarget } from '../../../src/core/model/chat-message.ts';
import { queueNames } from '../../../src/core/model/jobs.ts';
import { subscriptionIdFor } from '../../../src/core/model/subscription.ts';
import type { SubscriptionStore } from '../../../src/core/ports/stores.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { commandDependencies } from '../../../src/roles/command-dependencies.ts';
import { createService, type Service } from '../../../src/roles/create-service.ts';
import { startRedisServer, type RedisServerProcess } from '../../fakes/redis-server-process.ts';
import { deleteKeysUnder, uniqueTestPrefix } from '../stores/redis-test-support.ts';
import { feedUrl, freshChannel, runCommandAt } from './subscribe-kit.ts';

/**
 * Real failures between the two writes of a subscription: the subscription store lives on a
 * private redis-server where a read-only ACL user can read but not write, and the scheduler's
 * queue can lose its connection. The queue itself is the real BullMQ queue on the shared Redis.
 */
const prefix = uniqueTestPrefix('subscribe-rollback');
const now = new Date();
const redis = new Redis('redis://127.0.0.1:6379', { lazyConnect: true });
let storeServer: RedisServerProcess;
let writer: Redis;
let reader: Redis;
let service: Service;
let writable: HandleNewsCommandDependencies;
let readOnlyStore: HandleNewsCommandDependencies;

beforeAll(async () => {
  await redis.connect();
  storeServer = await startRedisServer();
  writer = new Redis(storeServer.url);
  await writer.call(
    'ACL',
    'SETUSER',
    'reader',
    'on',
    'nopass',
    '~*',
    '-@all',
    '+@read',
    '+@connection',
  );
  // No ready check: INFO is not a read command, and the reader may only read.
  reader = new Redis(storeServer.url, {
    username: 'reader',
    password: 'unused',
    enableReadyCheck: false,
  });
  service = await createService(
    loadConfig({ REDIS_PREFIX: prefix, LOG_LEVEL: 'silent' }),
    silentLogger,
  );
  const store = (connection: Redis): SubscriptionStore =>
    createRedisSubscriptionStore(connection, { prefix });
  writable = { ...commandDependencies(service), subscriptions: store(writer) };
  readOnlyStore = { ...commandDependencies(service), subscriptions: store(reader) };
}, 30_000);

afterAll(async () => {
  await service.queues.queues[queueNames.digestBuild].obliterate({ force: true });
  await service.close();
  await Promise.allSettled([writer.quit(), reader.quit()]);
  await storeServer.destroy();
  await deleteKeysUnder(redis, prefix);
  await redis.quit();
});

async function schedulerOf(channel: ChatTarget) {
  return service.queues.queues[queueNames.digestBuild].getJobScheduler(subscriptionIdFor(channel));
}

async function storedOf(channel: ChatTarget) {
  return writable.subscriptions.get(subscriptionIdFor(channel));
}

/** Dependencies whose scheduler's Redis connection is gone, as in an outage mid-command. */
async function withLostScheduler(): Promise<{
  dependencies: HandleNewsCommandDependencies;
  close(): Promise<void>;
}> {
  const connection = new Redis('redis://127.0.0.1:6379', {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
  });
  const queue = new Queue(queueNames.digestBuild, { connection, prefix });
  queue.on('error', () => undefined);
  await queue.waitUntilReady();
  connection.disconnect();
  return {
    dependencies: { ...writable, scheduler: createBullmqDigestScheduler(queue) },
    close: () => queue.close(),
  };
}

describe('/news subscribe never leaves a subscription without its scheduler, or the reverse', () => {
  it('when the scheduler cannot be written, nothing is stored', async () => {
    const channel = freshChannel('no-scheduler');
    const lost = await withLostScheduler();
    await expect(
      runCommandAt(lost.dependencies, channel, `subscribe ${feedUrl}`, now),
    ).rejects.toThrow();
    await lost.close();
    expect(await storedOf(channel)).toBeUndefined();
    expect(await schedulerOf(channel)).toBeUndefined();
  });

  it('when storing fails, the scheduler just created is removed again', async () => {
    const channel = freshChannel('no-store');
    await expect(runCommandAt(readOnlyStore, channel, `subscribe ${feedUrl}`, now)).rejects.toThrow(
      /NOPERM/,
    );
    expect(await storedOf(channel)).toBeUndefined();
    expect(await schedulerOf(channel)).toBeUndefined();
  });

  it('when storing a new schedule fails, the old schedule keeps its scheduler', async () => {
    const channel = freshChannel('change');
    await runCommandAt(writable, channel, `subscribe ${feedUrl} daily 08:00 Europe/Berlin`, now);
    const before = await schedulerOf(channel);
    expect(before?.pattern).toBe('0 8 * * *');
    await expect(
      runCommandAt(readOnlyStore, channel, `subscribe ${feedUrl} weekdays 18:00`, now),
    ).rejects.toThrow(/NOPERM/);
    expect((await storedOf(channel))?.schedule.cron).toBe('0 8 * * *');
    const after = await schedulerOf(channel);
    expect(after?.pattern).toBe('0 8 * * *');
    expect(after?.next).toBe(before?.next);
  });
});

describe('/news unsubscribe never leaves a subscription without its scheduler, or the reverse', () => {
  it('when deleting the subscription fails, its scheduler stays', async () => {
    const channel = freshChannel('no-delete');
    await runCommandAt(writable, channel, `subscribe ${feedUrl}`, now);
    await expect(runCommandAt(readOnlyStore, channel, 'unsubscribe all', now)).rejects.toThrow(
      /NOPERM/,
    );
    expect(await storedOf(channel)).toBeDefined();
    expect(await schedulerOf(channel)).toBeDefined();
  });

  it('when the scheduler cannot be removed, the subscription is stored again', async () => {
    const channel = freshChannel('no-remove');
    await runCommandAt(writable, channel, `subscribe ${feedUrl}`, now);
    const lost = await withLostScheduler();
    await expect(
      runCommandAt(lost.dependencies, channel, 'unsubscribe all', now),
    ).rejects.toThrow();
    await lost.close();
    expect((await storedOf(channel))?.feedUrls).toEqual([feedUrl]);
    expect(await schedulerOf(channel)).toBeDefined();
  });
});
