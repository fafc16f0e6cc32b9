/**
 * The pipeline on the local Redis: N articles served by a local HTTP server go through
 * article-ingest → article-brief → message-deliver in `newsbrief worker` processes (console
 * publisher: a Redis stream per channel), with the offline engine and with a zero-latency fake
 * OpenAI-compatible server. Prints, per engine: articles/s with one and two worker processes
 * (scale-out), the same steps in this process with no queue (the floor), queued/in-process,
 * p50/p99 enqueue→delivered latency, worker memory, Redis commands per article, and bare
 * BullMQ no-op jobs/s for reference. Every run uses its own prefix and deletes it after.
 * Run: npx tsx bench/pipeline.bench.ts [N=200]   (REDIS_URL to use another Redis)
 * BENCH_REDIS=cluster starts a private 3-master Redis Cluster on loopback ports and runs the
 * same pipeline on it (REDIS_CLUSTER=true); commands are then summed over the nodes.
 * BENCH_REDIS=single starts a private redis-server, so a shared Redis's other clients are not
 * counted in the commands per article: the fair figure to set beside the cluster's.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Redis } from 'ioredis';
import { loadConfig } from '../src/config/load-config.ts';
import { createReadabilityExtractor } from '../src/adapters/web/readability/create-readability-extractor.ts';
import { createOfflineBriefWriter } from '../src/core/engines/offline/create-offline-brief-writer.ts';
import { buildBriefMessage } from '../src/core/messages/build-brief-message.ts';
import { systemClock } from '../src/core/ports/clock.ts';
import { silentLogger } from '../src/core/ports/logger.ts';
import { briefArticle } from '../src/core/pipeline/brief-article.ts';
import { buildArticleFromHtml } from '../src/core/pipeline/build-article-from-html.ts';
import { mapWithConcurrency } from '../src/core/pipeline/digests/map-with-concurrency.ts';
import { fetchArticle } from '../src/core/pipeline/fetch-article.ts';
import { createBriefWriters, createPageFetcher } from '../src/dependencies.ts';
import { createService } from '../src/roles/create-service.ts';
import { fakeReplies, startFakeOpenAiServer } from '../tests/fakes/fake-openai-server.ts';
import { startLocalHttpServer } from '../tests/fakes/local-http-server.ts';
import { startRedisCluster } from '../tests/fakes/redis-cluster-process.ts';
import { startRedisServer } from '../tests/fakes/redis-server-process.ts';
import { startWorkerProcess, type WorkerProcess } from '../tests/fakes/worker-process.ts';
import { measureNoopJobs } from './bullmq-noop.bench.ts';
import { editionPage } from './pipeline-pages.ts';
import { watchConsoleDeliveries } from './watch-console-deliveries.ts';

const count = Number(process.argv[2] ?? 200);
const warmUp = Math.min(20, count);
const cluster = process.env.BENCH_REDIS === 'cluster' ? await startRedisCluster() : undefined;
const privateRedis = process.env.BENCH_REDIS === 'single' ? await startRedisServer() : undefined;
const redisUrl =
  cluster?.url ?? privateRedis?.url ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
// One admin connection per server: INFO and SCAN answer for that node only.
const admins = (cluster?.nodes.map((node) => node.url) ?? [redisUrl]).map((url) => new Redis(url));

const total = warmUp + count;
const pages = Array.from({ length: total }, (_, index) => editionPage(index));
const site = await startLocalHttpServer((request, response) => {
  const index = Number(/^\/article\/(\d+)$/.exec(request.url ?? '')?.[1] ?? -1);
  const body = pages[index];
  if (body === undefined) return void response.writeHead(404).end();
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
});
const articleUrl = (index: number) => site.url(`/article/${index}`);

// The fake model answers with the offline engine's brief of the same article (realistic size).
const extractor = createReadabilityExtractor();
const offline = createOfflineBriefWriter();
const replies = new Map<number, string>();
for (let index = 0; index < total; index += 1) {
  const article = await buildArticleFromHtml({ extractor }, pages[index] ?? '', {
    origin: 'page',
    completeness: 'full',
    location: articleUrl(index),
  });
  const draft = await offline.write(article, { length: 'standard' });
  replies.set(
    index,
    JSON.stringify({
      headline: draft.headline,
      bullets: draft.bullets,
      quotes: draft.quoteCandidates.map((quote) => ({ text: quote.text, speaker: quote.speaker })),
    }),
  );
}
const model = await startFakeOpenAiServer({
  handler: (request) => {
    const prompt = (request.body.messages ?? []).map((message) => message.content).join('\n');
    const index = Number(/\(edition (\d+)\)/.exec(prompt)?.[1] ?? 0);
    return fakeReplies.text(replies.get(index) ?? replies.get(0) ?? '{}', {
      usage: { prompt_tokens: Math.round(prompt.length / 4), completion_tokens: 200 },
    });
  },
});

const baseEnvironment = {
  REDIS_URL: redisUrl,
  REDIS_CLUSTER: cluster === undefined ? 'false' : 'true',
  FETCH_ALLOW_PRIVATE_HOSTS: 'localhost',
  FETCH_ALLOWED_PORTS: String(site.port),
  // The default (60/min) would cap the brief queue at 1 article/s: lifted to measure the work.
  BRIEF_REQUESTS_PER_MINUTE: '1000000',
  WORKSPACE_DAILY_TOKEN_BUDGET: '0',
  // Production's default level: the workers log what they would log in a deployment.
  LOG_LEVEL: 'info',
  // BENCH_EXTRACT_THREADS=1 shows what running two compute threads side by side costs.
  ...(process.env.BENCH_EXTRACT_THREADS === undefined
    ? {}
    : { EXTRACT_THREADS: process.env.BENCH_EXTRACT_THREADS }),
};
const onlyEngine = process.env.BENCH_ENGINE;
// BENCH_PROCESSES=1 skips the two-process run (the scale-out figure then reads 1.00×).
const onlyOneProcess = process.env.BENCH_PROCESSES === '1';
// e.g. BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the worker processes.
const nodeArguments = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter((flag) => flag !== '');
const engines = {
  offline: { BRIEF_ENGINE: 'offline' },
  openai: { BRIEF_ENGINE: 'openai', OPENAI_BASE_URL: model.baseUrl, OPENAI_API_KEY: 'bench' },
} as const;
type EngineName = keyof typeof engines;

const percentile = (values: number[], share: number) => {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
};

/** fetchArticle + briefArticle + buildBriefMessage in this process, `concurrency` at a time. */
async function runInProcess(
  engine: EngineName,
  concurrency: number,
): Promise<{ perSecond: number; cpuMsPerArticle: number }> {
  const config = loadConfig({ ...baseEnvironment, ...engines[engine] });
  const fetcher = await createPageFetcher(config, silentLogger);
  const writers = await createBriefWriters(config, silentLogger);
  const one = async (index: number) => {
    const article = await fetchArticle({ fetcher, extractor }, articleUrl(index));
    const brief = await briefArticle(
      { ...writers, clock: systemClock, logger: silentLogger },
      article,
      { length: 'standard' },
    );
    buildBriefMessage(article, brief);
  };
  const warm = Array.from({ length: warmUp }, (_, index) => index);
  await mapWithConcurrency(warm, concurrency, one);
  const measured = Array.from({ length: count }, (_, index) => warmUp + index);
  const started = performance.now();
  const cpu = process.cpuUsage();
  await mapWithConcurrency(measured, concurrency, one);
  const used = process.cpuUsage(cpu);
  return {
    perSecond: count / ((performance.now() - started) / 1000),
    // This process also serves the pages (and the fake model), which the workers do not.
    cpuMsPerArticle: (used.user + used.system) / 1000 / count,
  };
}

interface QueuedResult {
  perSecond: number;
  p50: number;
  p99: number;
  idleP50: number;
  rssMb: number[];
  peakRssMb: number[];
  commandsPerArticle: number;
  /** Commands per article on each node (one entry on a single Redis). */
  commandsPerArticleByNode: number[];
  /** Worker CPU (user + system, all processes) per measured article. */
  workerCpuMsPerArticle: number;
  /** The Redis commands (and scripts) that made up most of the traffic, per article. */
  topCommands: string;
}

/** CPU time a process has used so far, in ms (from /proc; clock ticks are 10 ms here). */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) * 10;
}

async function commandCounts(): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const admin of admins) {
    const info = await admin.info('commandstats');
    for (const match of info.matchAll(/cmdstat_([^:]+):calls=(\d+)/g)) {
      const name = match[1] ?? '';
      counts.set(name, (counts.get(name) ?? 0) + Number(match[2] ?? 0));
    }
  }
  return counts;
}

function topCommandsPerArticle(before: Map<string, number>, after: Map<string, number>): string {
  return [...after]
    .map(([name, calls]) => [name, (calls - (before.get(name) ?? 0)) / count] as const)
    .filter(([, calls]) => calls >= 1)
    .sort((left, right) => right[1] - left[1])
    .slice(0, 24)
    .map(([name, calls]) => `${name} ${calls.toFixed(1)}`)
    .join(', ');
}

function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: field('VmRSS') / 1024, peak: field('VmHWM') / 1024 };
}

/** Commands each server has processed so far (INFO on a cluster node counts that node only). */
async function commandsByNode(): Promise<number[]> {
  return Promise.all(
    admins.map(async (admin) => {
      const info = await admin.info('stats');
      return Number(/total_commands_processed:(\d+)/.exec(info)?.[1] ?? 0);
    }),
  );
}

/** N articles through the queues with `processes` worker processes. */
async function runQueued(engine: EngineName, processes: number): Promise<QueuedResult> {
  const prefix = `{nbbench-${process.pid}-${engine}-${processes}}`;
  const environment: Record<string, string> = {
    ...baseEnvironment,
    ...engines[engine],
    REDIS_PREFIX: prefix,
  };
  const workers: WorkerProcess[] = await Promise.all(
    Array.from({ length: processes }, () =>
      startWorkerProcess({ environment, nodeArguments, readyTimeoutMs: 180_000 }),
    ),
  );
  const service = await createService(loadConfig(environment), silentLogger);
  // Delivered = the post on the channel's console stream, whichever job made it.
  const watch = watchConsoleDeliveries({
    redisUrl,
    cluster: cluster !== undefined,
    prefix,
    channelIds: Array.from({ length: total }, (_, index) => `bench-${index}`),
    isResult: (event) => event.kind === 'post',
  });
  const deliveredAt = new Map<string, number>();
  const note = (index: number) => {
    deliveredAt.set(`deliver-bench-${index}`, watch.deliveredAt.get(`bench-${index}`) ?? 0);
  };
  const enqueue = (index: number) =>
    service.queues.jobQueues.articleIngest.enqueue(
      {
        requestId: `bench-${index}`,
        target: { platform: 'console', workspaceId: 'bench', channelId: `bench-${index}` },
        input: { kind: 'url', url: articleUrl(index) },
        options: { length: 'standard' },
        reply: 'brief',
        requestedBy: { userId: 'bench' },
      },
      { jobId: `ingest-bench-${index}` },
    );
  const delivered = async (index: number) => {
    await watch.delivered(`bench-${index}`);
    note(index);
  };
  try {
    // Warm-up, one at a time: the JIT warms and we see the latency of an idle pipeline.
    const idle: number[] = [];
    for (let index = 0; index < warmUp; index += 1) {
      const started = Date.now();
      await enqueue(index);
      await delivered(index);
      idle.push((deliveredAt.get(`deliver-bench-${index}`) ?? started) - started);
    }
    const commandsBefore = await commandsByNode();
    const statsBefore = await commandCounts();
    const cpuBefore = workers.map((worker) => cpuMsOf(worker.pid));
    const measured = Array.from({ length: count }, (_, index) => warmUp + index);
    const enqueuedAt = new Map<number, number>();
    const allDelivered = Promise.all(measured.map(delivered));
    const started = Date.now();
    await Promise.all(
      measured.map(async (index) => {
        enqueuedAt.set(index, Date.now());
        await enqueue(index);
      }),
    );
    await allDelivered;
    const commandsByNodeAfter = await commandsByNode();
    const perNode = commandsByNodeAfter.map(
      (after, index) => (after - (commandsBefore[index] ?? 0)) / count,
    );
    const statsAfter = await commandCounts();
    const cpu = workers.reduce(
      (sum, worker, index) => sum + cpuMsOf(worker.pid) - (cpuBefore[index] ?? 0),
      0,
    );
    const latencies = measured.map(
      (index) => (deliveredAt.get(`deliver-bench-${index}`) ?? 0) - (enqueuedAt.get(index) ?? 0),
    );
    const last = Math.max(
      ...measured.map((index) => deliveredAt.get(`deliver-bench-${index}`) ?? 0),
    );
    const memory = workers.map((worker) => memoryOf(worker.pid));
    return {
      perSecond: count / ((last - started) / 1000),
      p50: percentile(latencies, 0.5),
      p99: percentile(latencies, 0.99),
      idleP50: percentile(idle, 0.5),
      rssMb: memory.map((item) => item.rss),
      peakRssMb: memory.map((item) => item.peak),
      commandsPerArticle: perNode.reduce((sum, value) => sum + value, 0),
      commandsPerArticleByNode: perNode,
      workerCpuMsPerArticle: cpu / count,
      topCommands: topCommandsPerArticle(statsBefore, statsAfter),
    };
  } finally {
    await Promise.allSettled(workers.map((worker) => worker.stop('SIGTERM', 10_000)));
    await watch.stop();
    for (const queue of Object.values(service.queues.queues))
      await queue.obliterate({ force: true }).catch(() => undefined);
    await service.close();
    await deleteKeysUnder(prefix);
  }
}

async function deleteKeysUnder(prefix: string): Promise<void> {
  for (const admin of admins) {
    let cursor = '0';
    do {
      const [next, keys] = await admin.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1_000);
      cursor = next;
      if (keys.length > 0) await admin.unlink(...keys);
    } while (cursor !== '0');
  }
}

const format = (value: number, digits = 1) => value.toFixed(digits);
console.log(
  `pipeline benchmark: ${count} articles (+${warmUp} warm-up), ` +
    (cluster === undefined
      ? `Redis ${redisUrl}${privateRedis === undefined ? '' : ' (private)'}`
      : `a 3-master Redis Cluster (${cluster.nodes.map((node) => node.port).join(', ')})`),
);
const engineNames = (Object.keys(engines) as EngineName[]).filter(
  (name) => onlyEngine === undefined || name === onlyEngine,
);
for (const engine of engineNames) {
  const sequential = await runInProcess(engine, 1);
  const concurrent = await runInProcess(engine, 8);
  const floor = Math.max(sequential.perSecond, concurrent.perSecond);
  const one = await runQueued(engine, 1);
  const two = onlyOneProcess ? one : await runQueued(engine, 2);
  console.log(`\nengine: ${engine}`);
  console.log(
    `  in-process, no queue (floor): ${format(sequential.perSecond)} articles/s sequential, ` +
      `${format(concurrent.perSecond)} articles/s 8 at a time; CPU ${format(sequential.cpuMsPerArticle)} ms/article ` +
      `(incl. serving the pages)`,
  );
  for (const [label, result] of [
    ['1 worker process ', one],
    ['2 worker processes', two],
  ] as const) {
    console.log(
      `  queued, ${label}: ${format(result.perSecond)} articles/s (${format((100 * result.perSecond) / floor, 0)} % of in-process); ` +
        `latency p50 ${result.p50} ms, p99 ${result.p99} ms (burst of ${count}); idle p50 ${result.idleP50} ms; ` +
        `worker RSS ${result.rssMb.map((value) => format(value, 0)).join('+')} MB (peak ${result.peakRssMb.map((value) => format(value, 0)).join('+')}); ` +
        `worker CPU ${format(result.workerCpuMsPerArticle)} ms/article; ` +
        `${format(result.commandsPerArticle, 0)} Redis commands/article`,
    );
  }
  // Wall-clock ratios swing with whatever else the machine runs; CPU per article does not.
  console.log(
    `  CPU-based queued/in-process (load-independent): ${format((100 * sequential.cpuMsPerArticle) / one.workerCpuMsPerArticle, 0)} %`,
  );
  console.log(`  Redis commands per article (1 process): ${one.topCommands}`);
  if (cluster !== undefined)
    console.log(
      `  commands per article on each master (1 process): ${one.commandsPerArticleByNode.map((value) => format(value, 0)).join(' + ')}`,
    );
  console.log(`  scale-out factor (2 processes / 1): ${format(two.perSecond / one.perSecond, 2)}×`);
}
const noop = await measureNoopJobs({
  url: redisUrl,
  cluster: cluster !== undefined,
  prefix: `{nbbench-noop-${process.pid}}`,
  jobs: 5_000,
  concurrency: 8,
});
console.log(
  `\nbare BullMQ no-op jobs on the same Redis (1 worker, concurrency 8): ${format(noop.completePerSecond, 0)} jobs/s completed, ${format(noop.addPerSecond, 0)} jobs/s added in bulk`,
);
await model.close();
await site.close();
await Promise.all(admins.map((admin) => admin.quit()));
await cluster?.destroy();
await privateRedis?.destroy();
