/**
 * Event-loop delay of a worker while it briefs normal and hostile pages (issue 10). The worker
 * role runs in this process next to the command side, as `newsbrief serve --with-worker` does,
 * so the delay measured is what BullMQ's lock renewal and a chat platform's ack would wait.
 * 20 distinct article pages and 5 pages of nested <div>s are sent at once through the /news
 * command path (console channels on the local Redis); the bench waits until every request has
 * its final message (a brief or a failure sentence), then prints the event-loop delay
 * (perf_hooks.monitorEventLoopDelay) p50/p99/max, the normal briefs' request → posted latency,
 * what the hostile links got, and how many jobs BullMQ saw stall.
 *
 * Run: npx tsx bench/event-loop-delay.bench.ts
 * The old path (extraction on the event loop, no caps):
 *   EXTRACT_THREADS=0 EXTRACT_MAX_DEPTH=1000000 EXTRACT_MAX_ELEMENTS=1000000 npx tsx bench/…
 * Options: BENCH_NORMAL=20 BENCH_HOSTILE=5 BENCH_HOSTILE_DEPTH=600 BENCH_DEADLINE_MINUTES=15.
 * Depth 600 blocks the old path for seconds per page; 1,500 blocks it for minutes per attempt.
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { Redis } from 'ioredis';
import { loadConfig } from '../src/config/load-config.ts';
import { silentLogger } from '../src/core/ports/logger.ts';
import { createService } from '../src/roles/create-service.ts';
import { startWorkerRole } from '../src/roles/start-worker-role.ts';
import { nestedDivPage } from '../tests/fakes/hostile-pages.ts';
import { startLocalHttpServer } from '../tests/fakes/local-http-server.ts';
import { loadSummaryFixtures } from '../tests/fixtures/summaries/load-summary-fixtures.ts';
import {
  consoleChannel,
  readConsoleEvents,
  runNewsCommand,
} from '../tests/integration/faults/fault-kit.ts';

const normalCount = Number(process.env.BENCH_NORMAL ?? 20);
const hostileCount = Number(process.env.BENCH_HOSTILE ?? 5);
const hostileDepth = Number(process.env.BENCH_HOSTILE_DEPTH ?? 600);
const deadlineMinutes = Number(process.env.BENCH_DEADLINE_MINUTES ?? 15);
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `{nb-bench-eld-${process.pid}}`;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const sources = loadSummaryFixtures();
/** A distinct article page per index (own title and closing line: the brief cache never answers). */
function articlePage(index: number): string {
  const source = sources[index % sources.length];
  if (source === undefined) throw new Error('no summary fixtures');
  const title = `${source.title} (edition ${index})`;
  const paragraphs = source.text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${escape(line)}</p>`)
    .join('');
  return `<!doctype html><html lang="en"><head><title>${escape(title)}</title></head><body><article><h1>${escape(title)}</h1>${paragraphs}<p>This is edition ${index} of the story.</p></article></body></html>`;
}

const site = await startLocalHttpServer((request, response) => {
  const path = request.url ?? '';
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  const index = Number(path.split('/').pop());
  response.end(path.startsWith('/hostile/') ? nestedDivPage(hostileDepth) : articlePage(index));
});
const config = loadConfig({
  ...process.env,
  REDIS_URL: redisUrl,
  REDIS_PREFIX: prefix,
  LOG_LEVEL: 'silent',
  BRIEF_ENGINE: 'offline',
  FETCH_ALLOW_PRIVATE_HOSTS: 'localhost',
  FETCH_ALLOWED_PORTS: String(site.port),
  COMMAND_RATE_PER_MINUTE: '1000',
  BRIEF_REQUESTS_PER_MINUTE: '100000',
});
const redis = new Redis(redisUrl);
const service = await createService(config, silentLogger);
const worker = await startWorkerRole(service);
let stalled = 0;
for (const bullWorker of worker.workers) bullWorker.on('stalled', () => (stalled += 1));

interface Request {
  kind: 'normal' | 'hostile';
  channel: ReturnType<typeof consoleChannel>;
  sentAt: number;
  doneAt?: number;
  outcome?: string;
}
const requests: Request[] = [];
// Hostile links spread among the normal ones, as five unlucky minutes would bring them.
const every = Math.max(1, Math.floor(normalCount / Math.max(1, hostileCount)));
let hostileSent = 0;
for (let index = 0; index < normalCount; index += 1) {
  requests.push({ kind: 'normal', channel: consoleChannel(`normal-${index}`), sentAt: 0 });
  if (index % every === 0 && hostileSent < hostileCount) {
    requests.push({
      kind: 'hostile',
      channel: consoleChannel(`hostile-${hostileSent}`),
      sentAt: 0,
    });
    hostileSent += 1;
  }
}

const histogram = monitorEventLoopDelay({ resolution: 10 });
histogram.enable();
const started = performance.now();
let normalIndex = 0;
let hostileIndex = 0;
await Promise.all(
  requests.map((request) => {
    request.sentAt = performance.now();
    const path =
      request.kind === 'hostile' ? `/hostile/${hostileIndex++}` : `/article/${normalIndex++}`;
    return runNewsCommand(service, request.channel, `summarize ${site.url(path)}`);
  }),
);

const deadline = Date.now() + deadlineMinutes * 60_000;
let lastProgress = Date.now();
while (requests.some((request) => request.doneAt === undefined) && Date.now() < deadline) {
  for (const request of requests.filter((candidate) => candidate.doneAt === undefined)) {
    const events = await readConsoleEvents(redis, prefix, request.channel.channelId);
    const final = events.find((event) => event.kind === 'update');
    if (final === undefined) continue;
    request.doneAt = performance.now();
    const heading = final.message.blocks[0]?.type === 'heading';
    request.outcome = heading ? 'brief' : final.message.fallbackText;
  }
  if (Date.now() - lastProgress > 30_000) {
    lastProgress = Date.now();
    const done = requests.filter((request) => request.doneAt !== undefined).length;
    console.error(`  … ${done}/${requests.length} answered, ${stalled} stalled so far`);
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
}
histogram.disable();
const elapsedSeconds = (performance.now() - started) / 1000;

const milliseconds = (nanoseconds: number) => (nanoseconds / 1e6).toFixed(0);
const percentile = (values: number[], share: number) => {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
};
const latencies = requests
  .filter((request) => request.kind === 'normal' && request.doneAt !== undefined)
  .map((request) => (request.doneAt ?? 0) - request.sentAt);
const outcomes = new Map<string, number>();
for (const request of requests.filter((candidate) => candidate.kind === 'hostile'))
  outcomes.set(
    request.outcome ?? 'no answer',
    (outcomes.get(request.outcome ?? 'no answer') ?? 0) + 1,
  );

console.log(
  `event-loop delay: ${normalCount} normal + ${hostileCount} hostile pages (depth ${hostileDepth}), ` +
    `EXTRACT_THREADS=${process.env.EXTRACT_THREADS ?? 'default'}, node ${process.version}`,
);
console.log(
  `  event-loop delay   p50 ${milliseconds(histogram.percentile(50))} ms, p99 ${milliseconds(histogram.percentile(99))} ms, max ${milliseconds(histogram.max)} ms`,
);
console.log(
  `  normal briefs      ${latencies.length}/${normalCount} posted; request → posted p50 ${(percentile(latencies, 0.5) / 1000).toFixed(1)} s, p99 ${(percentile(latencies, 0.99) / 1000).toFixed(1)} s`,
);
for (const [outcome, count] of outcomes) console.log(`  hostile links      ${count}× ${outcome}`);
console.log(`  stalled jobs       ${stalled}`);
console.log(`  wall time          ${elapsedSeconds.toFixed(1)} s`);

await worker.close();
for (const queue of Object.values(service.queues.queues))
  await queue.obliterate({ force: true }).catch(() => undefined);
await service.close();
await site.close();
let cursor = '0';
do {
  const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
  cursor = next;
  if (keys.length > 0) await redis.del(...keys);
} while (cursor !== '0');
await redis.quit();
