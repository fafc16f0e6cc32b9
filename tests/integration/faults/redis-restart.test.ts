import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.ts';
import { subscriptionIdFor } from '../../../src/core/model/subscription.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { createService, type Service } from '../../../src/roles/create-service.ts';
import { startRedisServer, type RedisServerProcess } from '../../fakes/redis-server-process.ts';
import { startSeedNewsSite } from '../../fakes/seed-news-site.ts';
import type { LocalHttpServer } from '../../fakes/local-http-server.ts';
import {
  startWorkerProcess,
  stopWorkerProcesses,
  type WorkerProcess,
} from '../../fakes/worker-process.ts';
import {
  closeService,
  consoleChannel,
  readConsoleEvents,
  runNewsCommand,
  seedText,
  waitFor,
} from './fault-kit.ts';

const prefix = '{nb-fault-restart}';
let redisServer: RedisServerProcess | undefined;
let service: Service | undefined;
let worker: WorkerProcess | undefined;
let site: LocalHttpServer | undefined;

beforeAll(async () => {
  redisServer = await startRedisServer({ appendOnly: true });
  // Subscribing reads the feed first, so the worker may read this local site's.
  site = await startSeedNewsSite();
  const environment = {
    REDIS_URL: redisServer.url,
    REDIS_PREFIX: prefix,
    FETCH_ALLOW_PRIVATE_HOSTS: 'localhost',
    FETCH_ALLOWED_PORTS: String(site.port),
  };
  service = await createService(loadConfig({ ...environment, LOG_LEVEL: 'silent' }), silentLogger);
  worker = await startWorkerProcess({ environment });
}, 30_000);

afterAll(async () => {
  await stopWorkerProcesses([worker], 'SIGKILL');
  await closeService(service);
  await redisServer?.destroy();
  await site?.close();
}, 45_000);

/** Summarizes pasted seed text in `channelId` and resolves when the brief replaced the progress message. */
async function summarizeAndWait(running: Service, target: ReturnType<typeof consoleChannel>) {
  const reply = await runNewsCommand(running, target, `summarize ${seedText.replace(/\n/g, ' ')}`);
  expect(reply.visibility).toBe('none');
  await waitFor(
    async () =>
      (await readConsoleEvents(running.redis, prefix, target.channelId)).some(
        (event) => event.kind === 'update' && event.message.blocks[0]?.type === 'heading',
      ),
    15_000,
    'the brief',
  );
}

describe('Redis restarted while workers run', () => {
  it('keeps the subscription and its schedule, and the workers take jobs again after the restart', async () => {
    if (
      service === undefined ||
      redisServer === undefined ||
      worker === undefined ||
      site === undefined
    )
      throw new Error('setup failed');
    const running = service;
    const target = consoleChannel('restart');
    const feedUrl = site.url('/feed.xml');
    const subscribed = await runNewsCommand(running, target, `subscribe ${feedUrl}`);
    expect(subscribed.visibility).not.toBe('ephemeral');
    const subscriptionId = subscriptionIdFor(target);
    await waitFor(
      async () => (await running.stores.subscriptions.get(subscriptionId)) !== undefined,
      15_000,
      'the subscription',
    );
    const before = await running.stores.subscriptions.get(subscriptionId);
    expect(before?.feedUrls).toEqual([feedUrl]);
    await summarizeAndWait(running, target);

    // A crash, not a polite shutdown: every acknowledged write must already be in the AOF.
    await redisServer.stop('SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await redisServer.start();
    await waitFor(() => running.redis.status === 'ready', 15_000, 'the service to reconnect');

    expect(await running.stores.subscriptions.get(subscriptionId)).toEqual(before);
    expect(await running.scheduler.nextRunAt(subscriptionId)).toBeInstanceOf(Date);
    const afterTarget = consoleChannel('restart-after');
    await summarizeAndWait(running, afterTarget);
    expect(worker.logs.some((line) => line.msg === 'job failed for good')).toBe(false);
    expect(await Promise.race([worker.exited, Promise.resolve('running')])).toBe('running');
  }, 45_000);
});
