/**
 * A burst of brief requests (issue 13): N `/news summarize`-style requests enqueued at once,
 * each from its own channel with a progress message, through one `newsbrief worker` process
 * with the offline engine and the default limits (BRIEF_REQUESTS_PER_MINUTE unset: 60).
 * Prints the time to the last brief delivered, how many arrived in the first minute and two,
 * and Redis commands per brief (INFO stats; use a private redis-server so other clients'
 * commands stay out of the count). The prefix is deleted after.
 * Run: REDIS_URL=redis://127.0.0.1:6391 npx tsx bench/burst.bench.ts [N=300]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { Redis } from 'ioredis';
import { loadConfig } from '../src/config/load-config.ts';
import { silentLogger } from '../src/core/ports/logger.ts';
import { createService } from '../src/roles/create-service.ts';
import { startLocalHttpServer } from '../tests/fakes/local-http-server.ts';
import { startWorkerProcess } from '../tests/fakes/worker-process.ts';
import { watchConsoleDeliveries } from './watch-console-deliveries.ts';

const count = Number(process.argv[2] ?? 300);
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const admin = new Redis(redisUrl);

// Distinct pages from the seeds, each edition with its own title and closing paragraph.
const seedFolder = new URL('../seeds/', import.meta.url);
const seeds = readdirSync(seedFolder)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(new URL(name, seedFolder), 'utf8').split('\n'));
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
function page(index: number): string {
  const [title = '', ...lines] = seeds[index % seeds.length] ?? [];
  const heading = escape(`${title.split(' | ')[0] ?? ''} (edition ${index})`);
  const body = lines
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${escape(line)}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${heading}</title></head><body><article><h1>${heading}</h1>${body}<p>Edition ${index}, filed at ${index} minutes past the hour.</p></article></body></html>`;
}
const site = await startLocalHttpServer((request, response) => {
  const index = Number(/^\/article\/(\d+)$/.exec(request.url ?? '')?.[1] ?? -1);
  if (index < 0 || index >= count) return void response.writeHead(404).end();
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(index));
});

const prefix = `{nbburst-${process.pid}}`;
const environment = {
  REDIS_URL: redisUrl,
  REDIS_PREFIX: prefix,
  FETCH_ALLOW_PRIVATE_HOSTS: 'localhost',
  FETCH_ALLOWED_PORTS: String(site.port),
  BRIEF_ENGINE: 'offline',
  LOG_LEVEL: 'warn',
};
const worker = await startWorkerProcess({
  environment: { ...environment, LOG_LEVEL: 'info' },
  readyTimeoutMs: 180_000,
});
const service = await createService(loadConfig(environment), silentLogger);
// Delivered = the progress message replaced by the brief (a heading), whichever job posted it.
const watch = watchConsoleDeliveries({
  redisUrl,
  prefix,
  channelIds: Array.from({ length: count }, (_, index) => `burst-${index}`),
  isResult: (event) => event.kind === 'update' && event.message.blocks[0]?.type === 'heading',
});
const deliveredAt = watch.deliveredAt;
const done = Promise.all(
  Array.from({ length: count }, (_, index) => watch.delivered(`burst-${index}`)),
);

const commandsBefore = Number(
  /total_commands_processed:(\d+)/.exec(await admin.info('stats'))?.[1] ?? 0,
);
const started = Date.now();
await Promise.all(
  Array.from({ length: count }, (_, index) => {
    const target = {
      platform: 'console',
      workspaceId: 'burst',
      channelId: `burst-${index}`,
    } as const;
    return service.queues.jobQueues.articleIngest.enqueue(
      {
        requestId: `burst-${index}`,
        target,
        input: { kind: 'url', url: site.url(`/article/${index}`) },
        options: { length: 'standard' },
        reply: 'brief',
        progress: { target, messageId: `progress-${index}` },
        requestedBy: { userId: `user-${index}` },
      },
      { jobId: `ingest-burst-${index}` },
    );
  }),
);
await done;
const commands =
  Number(/total_commands_processed:(\d+)/.exec(await admin.info('stats'))?.[1] ?? 0) -
  commandsBefore;
const times = [...deliveredAt.values()].map((at) => at - started).sort((a, b) => a - b);
const within = (ms: number) => times.filter((time) => time <= ms).length;
console.log(
  `burst of ${count} briefs (offline engine, default limits, 1 worker process): ` +
    `last delivered after ${((times.at(-1) ?? 0) / 1000).toFixed(1)} s; ` +
    `${within(60_000)} within 1 min, ${within(120_000)} within 2 min; ` +
    `${(commands / count).toFixed(0)} Redis commands per brief`,
);

await worker.stop('SIGTERM', 10_000);
await watch.stop();
for (const queue of Object.values(service.queues.queues))
  await queue.obliterate({ force: true }).catch(() => undefined);
await service.close();
let cursor = '0';
do {
  const [next, keys] = await admin.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1_000);
  cursor = next;
  if (keys.length > 0) await admin.unlink(...keys);
} while (cursor !== '0');
await admin.quit();
await site.close();
