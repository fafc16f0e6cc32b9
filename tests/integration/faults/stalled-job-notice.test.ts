import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobWorker } from '../../../src/adapters/queue/bullmq/create-job-worker.ts';
import { loadConfig } from '../../../src/config/load-config.ts';
import { articleIngestJobSchema, queueNames } from '../../../src/core/model/jobs.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { createService, type Service } from '../../../src/roles/create-service.ts';
import { startWorkerRole, type WorkerRole } from '../../../src/roles/start-worker-role.ts';
import { deleteKeysUnder, uniqueTestPrefix } from '../stores/redis-test-support.ts';
import {
  closeService,
  consoleChannel,
  readConsoleEvents,
  runNewsCommand,
  waitFor,
} from './fault-kit.ts';

/**
 * A job whose worker dies twice (BullMQ's limit is one stall) is failed by BullMQ when it is
 * next picked up, without running the processor. The user still sees their "Reading the
 * article…" replaced by a sentence. Dying is a worker force-closed mid-job: its lock is no
 * longer renewed, exactly as when the process is killed.
 */

const prefix = uniqueTestPrefix('fault-stalled');
const redis = new Redis('redis://127.0.0.1:6379', { lazyConnect: true });
let service: Service | undefined;
let role: WorkerRole | undefined;
const connections: Redis[] = [];

beforeAll(async () => {
  await redis.connect();
  service = await createService(
    loadConfig({ REDIS_PREFIX: prefix, LOG_LEVEL: 'silent' }),
    silentLogger,
  );
});

afterAll(async () => {
  await role?.close();
  await closeService(service);
  for (const connection of connections) connection.disconnect();
  await deleteKeysUnder(redis, prefix);
  await redis.quit();
}, 30_000);

/** An ingest worker that takes the job and never finishes it, until it is force-closed. */
async function dieWithTheJob(): Promise<void> {
  const connection = new Redis('redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
  connections.push(connection);
  let taken = false;
  const worker = createJobWorker({
    queue: queueNames.articleIngest,
    connection,
    prefix,
    schema: articleIngestJobSchema,
    handle: () => {
      taken = true;
      return new Promise<never>(() => undefined);
    },
    logger: silentLogger,
    lockDurationMs: 1_000,
    stalledIntervalMs: 500,
  });
  await waitFor(() => taken, 15_000, 'a worker to take the job');
  await worker.close(true);
}

describe('a job that stalls more often than BullMQ allows', () => {
  it('replaces "Reading the article…" with a sentence instead of leaving it forever', async () => {
    if (service === undefined) throw new Error('service did not start');
    const target = consoleChannel('stalled');
    await runNewsCommand(service, target, 'summarize https://example.com/story');
    await dieWithTheJob();
    await dieWithTheJob();
    role = await startWorkerRole(service, { lockDurationMs: 1_000, stalledIntervalMs: 500 });

    await waitFor(
      async () => (await readConsoleEvents(redis, prefix, target.channelId)).length >= 2,
      20_000,
      'the failure notice',
    );
    const events = await readConsoleEvents(redis, prefix, target.channelId);
    expect(events.map((event) => [event.kind, event.message.fallbackText])).toEqual([
      ['post', 'Reading the article…'],
      ['update', 'Sorry, I could not read that article: It took too long; please try again later.'],
    ]);
    expect(events[1]?.messageId).toBe(events[0]?.messageId);
    const failed = await service.queues.queues['article-ingest'].getFailed();
    expect(failed.map((job) => job.failedReason)).toEqual([
      'job stalled more than allowable limit',
    ]);
  }, 45_000);
});
