/**
 * Memory of a real `newsbrief worker` process (its compute threads included: VmRSS of the
 * process counts every thread) on the local Redis with a prefix of its own: idle after a
 * warm-up of a few briefs, then sampled every 50 ms while 10 brief jobs (distinct editions of
 * the seed on a local news site, offline engine) run at once. Prints MB; asserts nothing.
 *
 *   npm run build && npx tsx bench/worker-memory.bench.ts [--runs 3]   (REDIS_URL for another Redis)
 *   BENCH_NODE_ARGS="--max-semi-space-size=1" … to try Node flags on the worker,
 *   BENCH_WORKER_ENV="EXTRACT_THREADS=1 …" to try settings.
 */
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { loadConfig } from '../src/config/load-config.ts';
import { queueNames } from '../src/core/model/jobs.ts';
import { silentLogger } from '../src/core/ports/logger.ts';
import { createService } from '../src/roles/create-service.ts';
import { startLocalHttpServer } from '../tests/fakes/local-http-server.ts';
import { seedAsHtml } from '../tests/fakes/seed-news-site.ts';
import { startWorkerProcess } from '../tests/fakes/worker-process.ts';

const runsIndex = process.argv.indexOf('--runs');
const runs = runsIndex === -1 ? 3 : Number(process.argv[runsIndex + 1] ?? 3);
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const nodeArguments = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter((flag) => flag !== '');
const workerSettings = Object.fromEntries(
  (process.env.BENCH_WORKER_ENV ?? '')
    .split(' ')
    .filter((pair) => pair.includes('='))
    .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
);
const warmUpJobs = 3;
const concurrentJobs = 10;

// Each edition differs by a closing paragraph, so the brief cache never answers.
const site = await startLocalHttpServer((request, response) => {
  const edition = /^\/story\/(\d+)$/.exec(request.url ?? '')?.[1];
  if (edition === undefined) return void response.writeHead(404).end();
  const page = seedAsHtml().replace(
    '</article>',
    `<p>This is edition ${edition} of the story, filed at ${edition} minutes past the hour.</p></article>`,
  );
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
});

function residentMb(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: field('VmRSS') / 1024, peak: field('VmHWM') / 1024 };
}

/** CPU time (user + system, every thread) the process has used so far, in ms (10 ms ticks). */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) * 10;
}

async function deleteKeysUnder(admin: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await admin.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1_000);
    cursor = next;
    if (keys.length > 0) await admin.unlink(...keys);
  } while (cursor !== '0');
}

interface MemoryRun {
  startedMb: number;
  idleMb: number;
  busyMaxMb: number;
  peakMb: number;
  /** Worker CPU for the 10 jobs: what a smaller young generation costs in extra collections. */
  busyCpuMs: number;
}

async function measureOnce(run: number): Promise<MemoryRun> {
  const prefix = `{nbbench-memory-${process.pid}-${run}}`;
  const environment = {
    REDIS_URL: redisUrl,
    REDIS_PREFIX: prefix,
    FETCH_ALLOW_PRIVATE_HOSTS: 'localhost',
    FETCH_ALLOWED_PORTS: String(site.port),
    BRIEF_ENGINE: 'offline',
    BRIEF_REQUESTS_PER_MINUTE: '1000000',
    COMMAND_RATE_PER_MINUTE: '1000000',
    ...workerSettings,
  };
  const worker = await startWorkerProcess({ environment, nodeArguments });
  const startedMb = residentMb(worker.pid).rss;
  const service = await createService(loadConfig(environment), silentLogger);
  const events = new QueueEvents(queueNames.messageDeliver, {
    connection: { url: redisUrl },
    prefix,
  });
  await events.waitUntilReady();
  const delivered = new Set<string>();
  const waiters = new Map<string, () => void>();
  events.on('completed', ({ jobId }) => {
    delivered.add(jobId);
    waiters.get(jobId)?.();
  });
  const brief = async (edition: number) => {
    const id = `deliver-memory-${edition}`;
    const done = new Promise<void>((resolve) => {
      if (delivered.has(id)) resolve();
      else waiters.set(id, resolve);
    });
    await service.queues.jobQueues.articleIngest.enqueue(
      {
        requestId: `memory-${edition}`,
        target: { platform: 'console', workspaceId: 'bench', channelId: `memory-${edition}` },
        input: { kind: 'url', url: site.url(`/story/${edition}`) },
        options: { length: 'standard' },
        reply: 'brief',
        requestedBy: { userId: 'bench' },
      },
      { jobId: `ingest-memory-${edition}` },
    );
    await done;
  };
  const admin = new Redis(redisUrl);
  try {
    for (let edition = 0; edition < warmUpJobs; edition += 1) await brief(edition);
    // Idle: after the warm-up, once the garbage of the last jobs has had time to go.
    await sleep(5_000);
    const idleMb = residentMb(worker.pid).rss;
    const cpuBefore = cpuMsOf(worker.pid);
    let busyMaxMb = 0;
    let running = true;
    const sampling = (async () => {
      while (running) {
        busyMaxMb = Math.max(busyMaxMb, residentMb(worker.pid).rss);
        await sleep(50);
      }
    })();
    await Promise.all(
      Array.from({ length: concurrentJobs }, (_, index) => brief(warmUpJobs + index)),
    );
    running = false;
    await sampling;
    return {
      startedMb,
      idleMb,
      busyMaxMb,
      peakMb: residentMb(worker.pid).peak,
      busyCpuMs: cpuMsOf(worker.pid) - cpuBefore,
    };
  } finally {
    await worker.stop('SIGTERM', 10_000);
    await events.close();
    for (const queue of Object.values(service.queues.queues))
      await queue.obliterate({ force: true }).catch(() => undefined);
    await service.close();
    await deleteKeysUnder(admin, prefix);
    await admin.quit();
  }
}

const median = (values: number[]) =>
  [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)] ?? 0;
const mb = (value: number) => `${value.toFixed(0)} MB`;

console.log(
  `worker memory: ${runs} runs, ${concurrentJobs} concurrent brief jobs, node flags: ${nodeArguments.join(' ') || '(none)'}, settings: ${JSON.stringify(workerSettings)}`,
);
const results: MemoryRun[] = [];
for (let run = 1; run <= runs; run += 1) {
  const result = await measureOnce(run);
  results.push(result);
  console.log(
    `  run ${run}: ready ${mb(result.startedMb)}, idle ${mb(result.idleMb)}, ` +
      `max while ${concurrentJobs} jobs run ${mb(result.busyMaxMb)}, VmHWM ${mb(result.peakMb)}, ` +
      `CPU for the ${concurrentJobs} jobs ${result.busyCpuMs} ms`,
  );
}
console.log(
  `median: ready ${mb(median(results.map((result) => result.startedMb)))}, ` +
    `idle ${mb(median(results.map((result) => result.idleMb)))}, ` +
    `10 jobs ${mb(median(results.map((result) => result.busyMaxMb)))}, ` +
    `VmHWM ${mb(median(results.map((result) => result.peakMb)))}, ` +
    `CPU ${median(results.map((result) => result.busyCpuMs))} ms`,
);
await site.close();
