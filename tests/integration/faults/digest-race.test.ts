import { readFileSync } from 'node:fs';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.ts';
import { subscriptionIdFor, type Subscription } from '../../../src/core/model/subscription.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { createService, type Service } from '../../../src/roles/create-service.ts';
import { startLocalHttpServer, type LocalHttpServer } from '../../fakes/local-http-server.ts';
import {
  startWorkerProcess,
  stopWorkerProcesses,
  type WorkerProcess,
} from '../../fakes/worker-process.ts';
import { deleteKeysUnder, uniqueTestPrefix } from '../stores/redis-test-support.ts';
import { closeService, consoleChannel, readConsoleEvents, sleep, waitFor } from './fault-kit.ts';

const feedXml = readFileSync(new URL('../../../seeds/feed.xml', import.meta.url), 'utf8');
const prefix = uniqueTestPrefix('fault-race');
const redis = new Redis('redis://127.0.0.1:6379', { lazyConnect: true });
let workers: WorkerProcess[] = [];
let site: LocalHttpServer;
let service: Service | undefined;

beforeAll(async () => {
  await redis.connect();
  site = await startLocalHttpServer(async (_request, response) => {
    // A little slow, so the copies of the job overlap in time.
    await sleep(300);
    response.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
    response.end(feedXml);
  });
  const environment = {
    REDIS_PREFIX: prefix,
    FETCH_ALLOW_PRIVATE_HOSTS: 'localhost',
    FETCH_ALLOWED_PORTS: String(site.port),
  };
  service = await createService(loadConfig({ ...environment, LOG_LEVEL: 'silent' }), silentLogger);
  workers = await Promise.all([
    startWorkerProcess({ environment }),
    startWorkerProcess({ environment }),
  ]);
}, 30_000);

afterAll(async () => {
  await stopWorkerProcesses(workers, 'SIGKILL');
  await closeService(service);
  await site.close();
  await deleteKeysUnder(redis, prefix);
  await redis.quit();
}, 45_000);

describe('two worker processes racing for the same digest', () => {
  it('posts one digest when the same scheduled tick is queued several times', async () => {
    if (service === undefined) throw new Error('service did not start');
    const target = consoleChannel('race');
    const subscription: Subscription = {
      id: subscriptionIdFor(target),
      target,
      feedUrls: [site.url('/feed.xml')],
      schedule: { cron: '0 8 * * *', timeZone: 'UTC', description: 'every day at 08:00' },
      options: { length: 'standard' },
      createdBy: { userId: 'U1' },
      createdAt: new Date(Date.now() - 3_600_000).toISOString(),
      enabled: true,
    };
    await service.stores.subscriptions.put(subscription);
    const windowEnd = new Date().toISOString();
    const copies = ['a', 'b', 'c', 'd', 'e', 'f'];
    await Promise.all(
      copies.map((copy) =>
        service?.queues.jobQueues.digestBuild.enqueue(
          { subscriptionId: subscription.id, trigger: 'schedule', windowEnd },
          { jobId: `tick-copy-${copy}` },
        ),
      ),
    );

    const handedOver = () =>
      workers.map(
        (worker) => worker.logs.filter((line) => line.msg === 'digest handed to deliver').length,
      );
    // A copy that starts after the digest was posted finds its window already covered and
    // posts nothing; either way it is done. (With parsing in worker threads the first post can
    // land before the last copy starts.)
    const settled = () =>
      workers.flatMap((worker) =>
        worker.logs.filter(
          (line) =>
            line.msg === 'digest handed to deliver' ||
            line.msg === 'nothing new for the digest; not posting',
        ),
      ).length;
    await waitFor(() => settled() === copies.length, 30_000, 'every copy of the digest job');
    await waitFor(
      async () =>
        (await readConsoleEvents(redis, prefix, target.channelId)).some(
          (event) => event.kind === 'post',
        ),
      10_000,
      'the digest post',
    );
    // Both processes built the digest: the race really happened across processes.
    expect(handedOver().every((count) => count > 0)).toBe(true);
    await sleep(2_000);
    const events = await readConsoleEvents(redis, prefix, target.channelId);
    expect(events).toHaveLength(1);
    expect(events[0]?.message.fallbackText).toContain('Harbor Bridge');
    expect((await service.stores.subscriptions.get(subscription.id))?.lastDigestAt).toBe(windowEnd);
  }, 45_000);
});
