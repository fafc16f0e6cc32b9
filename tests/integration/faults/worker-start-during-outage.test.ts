import { Queue } from 'bullmq';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startJobWorker } from '../../../src/adapters/queue/bullmq/start-job-worker.ts';
import { openRedisConnection } from '../../../src/adapters/redis/open-redis-connection.ts';
import type { RedisClient } from '../../../src/adapters/redis/redis-client.ts';
import { queueNames } from '../../../src/core/model/jobs.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { startRedisServer, type RedisServerProcess } from '../../fakes/redis-server-process.ts';
import { sleep, waitFor } from './fault-kit.ts';

/**
 * Redis goes away just as a worker starts (a compose stack coming up at once, a Redis restart
 * during a deploy). BullMQ's worker then reports itself running but never takes a job; ours
 * is started again until its connections are ready, and takes the job queued after Redis is
 * back.
 */
let redisServer: RedisServerProcess | undefined;
let connection: RedisClient | undefined;
const closers: (() => Promise<unknown>)[] = [];

afterAll(async () => {
  for (const close of closers.reverse()) await close().catch(() => undefined);
  connection?.disconnect();
  await redisServer?.destroy();
}, 30_000);

describe('a worker started while Redis goes away', () => {
  it('takes jobs once Redis is back', async () => {
    redisServer = await startRedisServer();
    const server = redisServer;
    const opened = await openRedisConnection({
      url: server.url,
      name: 'queues',
      redisOptions: { maxRetriesPerRequest: null },
      connectTimeoutMs: 3_000,
      logger: silentLogger,
    });
    connection = opened;
    const handled: string[] = [];
    const stopped = server.stop('SIGKILL');
    const starting = startJobWorker({
      queue: queueNames.feedSubscribe,
      connection: opened,
      prefix: '{nb-fault-worker-start}',
      schema: z.object({ word: z.string() }),
      handle: async (payload) => {
        handled.push(payload.word);
      },
      logger: silentLogger,
    });
    await stopped;
    await sleep(1_500);
    await server.start();
    const worker = await starting;
    closers.push(() => worker.close(true));

    const queue = new Queue(queueNames.feedSubscribe, {
      connection: opened,
      prefix: '{nb-fault-worker-start}',
    });
    closers.push(() => queue.close());
    await queue.add('after-restart', { word: 'after the restart' });
    await waitFor(() => handled.length > 0, 20_000, 'the worker to take the job');
    expect(handled).toEqual(['after the restart']);
  }, 60_000);
});
