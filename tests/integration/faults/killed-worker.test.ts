import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { createService, type Service } from '../../../src/roles/create-service.ts';
import { startLocalHttpServer, type LocalHttpServer } from '../../fakes/local-http-server.ts';
import {
  startWorkerProcess,
  stopWorkerProcesses,
  type WorkerProcess,
} from '../../fakes/worker-process.ts';
import { deleteKeysUnder, uniqueTestPrefix } from '../stores/redis-test-support.ts';
import {
  closeService,
  consoleChannel,
  readConsoleEvents,
  runNewsCommand,
  seedAsHtml,
  sleep,
  waitFor,
} from './fault-kit.ts';

const prefix = uniqueTestPrefix('fault-kill');
const redis = new Redis('redis://127.0.0.1:6379', { lazyConnect: true });
const workers: WorkerProcess[] = [];
let site: LocalHttpServer;
let service: Service | undefined;
/** Requests for the slow page that have arrived, in order. */
let pageRequests = 0;

beforeAll(async () => {
  await redis.connect();
  site = await startLocalHttpServer(async (_request, response) => {
    pageRequests += 1;
    // The first reader never gets an answer before it is killed; later ones wait 3 s: slow, not dead.
    await sleep(pageRequests === 1 ? 15_000 : 3_000);
    if (response.destroyed) return;
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(seedAsHtml());
  });
  service = await createService(
    loadConfig({ REDIS_PREFIX: prefix, LOG_LEVEL: 'silent' }),
    silentLogger,
  );
});

afterAll(async () => {
  await stopWorkerProcesses(workers, 'SIGKILL');
  await closeService(service);
  await site.close();
  await deleteKeysUnder(redis, prefix);
  await redis.quit();
}, 45_000);

function startWorker(): Promise<WorkerProcess> {
  return startWorkerProcess({
    environment: {
      REDIS_PREFIX: prefix,
      FETCH_ALLOW_PRIVATE_HOSTS: 'localhost',
      FETCH_ALLOWED_PORTS: String(site.port),
      WORKER_LOCK_DURATION_MS: '2000',
    },
  });
}

describe('a worker process killed in the middle of a job', () => {
  it('lets the other worker finish the stalled job, and the brief is posted exactly once', async () => {
    const first = await startWorker();
    workers.push(first);
    const target = consoleChannel('killed');
    if (service === undefined) throw new Error('service did not start');
    await runNewsCommand(service, target, `summarize ${site.url('/slow-story')}`);
    // The ingest job is now active in the only worker, waiting on the page.
    await waitFor(() => pageRequests === 1, 10_000, 'the first worker to ask for the page');
    const second = await startWorker();
    workers.push(second);
    await first.stop('SIGKILL');

    const isBrief = (event: { kind: string; message: { blocks: { type: string }[] } }) =>
      event.kind === 'update' && event.message.blocks[0]?.type === 'heading';
    await waitFor(
      async () => (await readConsoleEvents(redis, prefix, target.channelId)).some(isBrief),
      25_000,
      'the brief from the surviving worker',
    );
    // Two more lock periods: long enough for a second copy of any step to show up.
    await sleep(4_000);
    const events = await readConsoleEvents(redis, prefix, target.channelId);
    const progress = events.find((event) => event.kind === 'post');
    expect(progress?.message.fallbackText).toBe('Reading the article…');
    const briefs = events.filter(isBrief);
    expect(briefs).toHaveLength(1);
    expect(briefs[0]?.messageId).toBe(progress?.messageId);
    expect(briefs[0]?.message.fallbackText).toContain('Putin');
    expect(events).toHaveLength(2);
    // The page was read again by the survivor: the killed worker's job was retried, not lost.
    expect(pageRequests).toBe(2);
    expect(second.logs.some((line) => line.msg === 'job failed for good')).toBe(false);
  }, 45_000);
});
