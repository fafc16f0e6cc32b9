import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createBullmqDigestScheduler,
  resyncDigestSchedulers,
} from '../../../src/adapters/queue/bullmq/create-digest-scheduler.ts';
import { createQueues, type QueueSet } from '../../../src/adapters/queue/bullmq/create-queues.ts';
import { createMemoryStores } from '../../../src/adapters/store/memory/create-memory-stores.ts';
import { digestIdFor } from '../../../src/core/model/digest.ts';
import { queueNames } from '../../../src/core/model/jobs.ts';
import { startLocalHttpServer, type LocalHttpServer } from '../../fakes/local-http-server.ts';
import { deleteKeysUnder, keysUnder, uniqueTestPrefix } from '../stores/redis-test-support.ts';
import { chronicleFeed } from './digest-feeds.ts';
import {
  connection,
  sampleSubscription,
  startDigestService,
  waitFor,
  type DigestService,
} from './digest-test-kit.ts';

const redis = new Redis('redis://127.0.0.1:6379', { lazyConnect: true });
const prefix = uniqueTestPrefix('digest-sched');
let server: LocalHttpServer;
const toClose: (DigestService | QueueSet)[] = [];
let queueCount = 0;

beforeAll(async () => {
  await redis.connect();
  server = await startLocalHttpServer((_request, response) => {
    response
      .writeHead(200, { 'content-type': 'application/rss+xml' })
      .end(chronicleFeed(`http://localhost:${server.port}`));
  });
});

afterAll(async () => {
  await Promise.all(toClose.map((item) => item.close()));
  await server.close();
  await deleteKeysUnder(redis, prefix);
  expect(await keysUnder(redis, prefix)).toEqual([]);
  await redis.quit();
});

/** A fresh set of queues (no workers) under this file's prefix. */
function freshQueues(): QueueSet {
  queueCount += 1;
  const queues = createQueues(connection, `${prefix}-q${queueCount}`);
  toClose.push(queues);
  return queues;
}

function londonTime(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    weekday: 'long',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(date);
}

describe('digest job schedulers on BullMQ', () => {
  it('fires a scheduled digest at the next cron tick, once per tick, and stops when removed', async () => {
    queueCount += 1;
    const service = startDigestService({
      redis,
      queuePrefix: `${prefix}-q${queueCount}`,
      storePrefix: `${prefix}-stores`,
      allowedPort: server.port,
    });
    toClose.push(service);
    const scheduler = createBullmqDigestScheduler(service.queues.queues[queueNames.digestBuild]);
    const subscription = sampleSubscription([server.url('/feed.xml')], '* * * * * *');
    await service.stores.subscriptions.put(subscription);

    await scheduler.upsert(subscription);
    await waitFor(() => service.publisher.posts.length === 1, 5_000, 'the scheduled digest');
    await waitFor(() => service.handled.length >= 2, 5_000, 'a second tick');
    await scheduler.remove(subscription.id);

    const first = service.handled[0];
    expect(first).toMatchObject({ subscriptionId: subscription.id, trigger: 'schedule' });
    // The window ends on the tick itself (a whole second), not when the worker got to it.
    expect(first?.windowEnd).toMatch(/T\d\d:\d\d:\d\d\.000Z$/);
    expect(service.outcomes[0]?.digestId).toBe(
      digestIdFor(subscription.id, first?.windowEnd ?? ''),
    );
    const ticks = service.handled.map((job) => job.windowEnd);
    expect(new Set(ticks).size).toBe(ticks.length);
    expect(service.publisher.posts[0]?.target.channelId).toBe(subscription.target.channelId);

    await service.waitForIdle(5_000);
    const handledAfterRemove = service.handled.length;
    await new Promise((resolve) => setTimeout(resolve, 2_200));
    expect(service.handled.length).toBe(handledAfterRemove);
    expect(await scheduler.nextRunAt(subscription.id)).toBeUndefined();
    // Only the first tick had anything new; later ticks posted nothing.
    expect(service.publisher.posts).toHaveLength(1);
  });

  it('keeps one scheduler per subscription when upserted again, and follows a changed schedule', async () => {
    const queues = freshQueues();
    const queue = queues.queues[queueNames.digestBuild];
    const scheduler = createBullmqDigestScheduler(queue);
    const subscription = sampleSubscription([server.url('/feed.xml')], '0 8 * * *');

    await scheduler.upsert(subscription);
    await scheduler.upsert(subscription);
    expect(await queue.getJobSchedulersCount()).toBe(1);
    expect(await scheduler.scheduledIds()).toEqual([subscription.id]);
    const next = await scheduler.nextRunAt(subscription.id);
    expect(next?.getTime()).toBeGreaterThan(Date.now());
    expect(londonTime(next ?? new Date(0))).toMatch(/ 08:00:00$/);

    await scheduler.upsert({
      ...subscription,
      schedule: { ...subscription.schedule, cron: '30 18 * * 1' },
    });
    expect(await queue.getJobSchedulersCount()).toBe(1);
    expect(await queue.getDelayedCount()).toBe(1);
    expect(londonTime((await scheduler.nextRunAt(subscription.id)) ?? new Date(0))).toMatch(
      /^Monday 18:30:00$/,
    );

    await scheduler.upsert({ ...subscription, enabled: false });
    expect(await queue.getJobSchedulersCount()).toBe(0);
    expect(await queue.getDelayedCount()).toBe(0);
    expect(await scheduler.nextRunAt(subscription.id)).toBeUndefined();
  });

  it('re-creates schedulers for stored subscriptions at start and drops those left behind', async () => {
    const queues = freshQueues();
    const queue = queues.queues[queueNames.digestBuild];
    const scheduler = createBullmqDigestScheduler(queue);
    const stores = createMemoryStores();
    const kept = [
      sampleSubscription([server.url('/a.xml')]),
      sampleSubscription([server.url('/b.xml')]),
    ];
    const stopped = { ...sampleSubscription([server.url('/c.xml')]), enabled: false };
    const unsubscribed = sampleSubscription([server.url('/d.xml')]);
    for (const subscription of [...kept, stopped]) await stores.subscriptions.put(subscription);
    await scheduler.upsert(unsubscribed);
    await scheduler.upsert({ ...stopped, enabled: true });
    // Not a digest scheduler: another feature's, which the resync must leave alone.
    await queue.upsertJobScheduler('housekeeping', { every: 3_600_000 });

    const outcome = await resyncDigestSchedulers(scheduler, await stores.subscriptions.list());
    expect(outcome).toEqual({ upserted: 2, removed: 2, failed: 0 });
    expect((await scheduler.scheduledIds()).sort()).toEqual(kept.map((item) => item.id).sort());
    expect(await queue.getJobScheduler('housekeeping')).toBeDefined();

    // Running it again (a second worker process starting) changes nothing.
    const again = await resyncDigestSchedulers(scheduler, await stores.subscriptions.list());
    expect(again).toEqual({ upserted: 2, removed: 0, failed: 0 });
    expect(await queue.getJobSchedulersCount()).toBe(3);
  });

  it('counts stored schedules BullMQ cannot run as failed at start, and schedules nothing for them', async () => {
    const queues = freshQueues();
    const queue = queues.queues[queueNames.digestBuild];
    const scheduler = createBullmqDigestScheduler(queue);
    // Saved before schedules were checked: a repeated weekday, and a day April and June lack.
    const stored = [
      sampleSubscription([server.url('/a.xml')], '0 9 * * 1-5,1'),
      sampleSubscription([server.url('/b.xml')], '0 9 31 4,6 *'),
    ];
    expect(await resyncDigestSchedulers(scheduler, stored)).toEqual({
      upserted: 0,
      removed: 0,
      failed: 2,
    });
    expect(await queue.getJobSchedulersCount()).toBe(0);
  });
});
