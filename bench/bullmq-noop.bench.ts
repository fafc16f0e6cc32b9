/**
 * Bare BullMQ on this Redis, for reference: how many do-nothing jobs per second one worker
 * (in this process) completes, with the same prefix style and job options newsbrief uses
 * (removeOnComplete by count). Everything newsbrief's queues cost beyond this is our own work.
 * Run: npx tsx bench/bullmq-noop.bench.ts [jobs] [concurrency]
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { Queue, Worker } from 'bullmq';
import { createRedisClient } from '../src/adapters/redis/redis-client.ts';

export interface NoopResult {
  jobs: number;
  concurrency: number;
  addPerSecond: number;
  completePerSecond: number;
}

/** Adds `jobs` no-op jobs in bulk, then drains them with one worker; obliterates the queue after. */
export async function measureNoopJobs(options: {
  url: string;
  /** The url names a node of a Redis Cluster. */
  cluster?: boolean;
  prefix: string;
  jobs: number;
  concurrency: number;
}): Promise<NoopResult> {
  const connection = createRedisClient(
    { url: options.url, cluster: options.cluster ?? false },
    { maxRetriesPerRequest: null },
  );
  const queue = new Queue('bench-noop', { connection, prefix: options.prefix });
  const addStarted = performance.now();
  for (let start = 0; start < options.jobs; start += 500) {
    const size = Math.min(500, options.jobs - start);
    await queue.addBulk(
      Array.from({ length: size }, (_, index) => ({
        name: 'noop',
        data: { index: start + index },
        opts: { removeOnComplete: { count: 1_000 }, removeOnFail: { count: 1_000 } },
      })),
    );
  }
  const addSeconds = (performance.now() - addStarted) / 1000;

  let completed = 0;
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const started = performance.now();
  const worker = new Worker('bench-noop', async () => undefined, {
    connection,
    prefix: options.prefix,
    concurrency: options.concurrency,
  });
  worker.on('completed', () => {
    completed += 1;
    if (completed === options.jobs) finish();
  });
  await done;
  const seconds = (performance.now() - started) / 1000;
  await worker.close();
  await queue.obliterate({ force: true });
  await queue.close();
  await connection.quit();
  return {
    jobs: options.jobs,
    concurrency: options.concurrency,
    addPerSecond: options.jobs / addSeconds,
    completePerSecond: options.jobs / seconds,
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const jobs = Number(process.argv[2] ?? 5_000);
  const concurrency = Number(process.argv[3] ?? 8);
  const result = await measureNoopJobs({
    url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    prefix: `{nbbench-noop-${process.pid}}`,
    jobs,
    concurrency,
  });
  console.log(
    `bare BullMQ no-op: ${result.jobs} jobs, concurrency ${result.concurrency}: ` +
      `added ${result.addPerSecond.toFixed(0)}/s (bulk), completed ${result.completePerSecond.toFixed(0)}/s`,
  );
}
