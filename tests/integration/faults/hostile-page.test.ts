import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { createService, type Service } from '../../../src/roles/create-service.ts';
import { nestedDivPage } from '../../fakes/hostile-pages.ts';
import { startLocalHttpServer, type LocalHttpServer } from '../../fakes/local-http-server.ts';
import {
  startWorkerProcess,
  stopWorkerProcesses,
  type WorkerLogLine,
  type WorkerProcess,
} from '../../fakes/worker-process.ts';
import { deleteKeysUnder, uniqueTestPrefix } from '../stores/redis-test-support.ts';
import {
  closeService,
  consoleChannel,
  readConsoleEvents,
  runNewsCommand,
  seedAsHtml,
  waitFor,
} from './fault-kit.ts';

/**
 * Issue 10: a 17 KB page of 1,500 nested <div>s kept Readability busy for about two minutes on
 * the worker's only thread. BullMQ lost the job's lock, ran it again as stalled, and another
 * user's summary waited behind it. Here a real `newsbrief worker` process reads that page and
 * the seed article at the same time.
 */
const redis = new Redis('redis://127.0.0.1:6379', { lazyConnect: true });
let site: LocalHttpServer;

beforeAll(async () => {
  await redis.connect();
  site = await startLocalHttpServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(request.url?.startsWith('/nested') === true ? nestedDivPage(1_800) : seedAsHtml());
  });
});

afterAll(async () => {
  await site.close();
  await redis.quit();
});

interface Scenario {
  prefix: string;
  service?: Service;
  worker?: WorkerProcess;
}

/** A real worker process on its own prefix, and a service (the chat side) to send commands. */
function useWorker(name: string, environment: Record<string, string>): Scenario {
  const scenario: Scenario = { prefix: uniqueTestPrefix(name) };
  beforeAll(async () => {
    scenario.service = await createService(
      loadConfig({ REDIS_PREFIX: scenario.prefix, LOG_LEVEL: 'silent' }),
      silentLogger,
    );
    scenario.worker = await startWorkerProcess({
      environment: {
        REDIS_PREFIX: scenario.prefix,
        FETCH_ALLOW_PRIVATE_HOSTS: 'localhost',
        FETCH_ALLOWED_PORTS: String(site.port),
        // Short locks: an event loop blocked for more than 2 s would lose one and show it.
        WORKER_LOCK_DURATION_MS: '2000',
        ...environment,
      },
      readyTimeoutMs: 40_000,
    });
  }, 60_000);
  afterAll(async () => {
    await stopWorkerProcesses([scenario.worker], 'SIGKILL');
    await closeService(scenario.service);
    await deleteKeysUnder(redis, scenario.prefix);
  }, 45_000);
  return scenario;
}

const isHeading = (event: { kind: string; message: { blocks: { type: string }[] } }) =>
  event.kind === 'update' && event.message.blocks[0]?.type === 'heading';

/** A worker log line saying a job lost its lock or ran again as stalled. */
const isStallOrLostLock = (line: WorkerLogLine) =>
  /stalled|renew job locks/i.test(String(line.msg)) || /lock/i.test(JSON.stringify(line.err ?? ''));

/**
 * Sends the hostile page and the seed at once; expects the brief, the sentence within 15 s,
 * one read of the hostile page, one final failure and no stalled job or lost lock.
 */
async function sendBothAndCheck(scenario: Scenario, hostilePath: string): Promise<void> {
  const { service, worker, prefix } = scenario;
  if (service === undefined || worker === undefined) throw new Error('setup failed');
  const hostile = consoleChannel('hostile');
  const normal = consoleChannel('normal');
  await Promise.all([
    runNewsCommand(service, hostile, `summarize ${site.url(hostilePath)}`),
    runNewsCommand(service, normal, `summarize ${site.url('/story')}`),
  ]);

  // The bound detects a stall (the old code took about two minutes); it is not a speed test.
  await waitFor(
    async () =>
      (await readConsoleEvents(redis, prefix, hostile.channelId)).some(
        (event) => event.kind === 'update',
      ),
    15_000,
    'the answer to the hostile link',
  );
  const hostileEvents = await readConsoleEvents(redis, prefix, hostile.channelId);
  expect(hostileEvents.find((event) => event.kind === 'update')?.message.fallbackText).toBe(
    'Sorry, I could not read that article: That page is too complex to read.',
  );

  await waitFor(
    async () => (await readConsoleEvents(redis, prefix, normal.channelId)).some(isHeading),
    15_000,
    'the brief of the normal article',
  );
  const brief = (await readConsoleEvents(redis, prefix, normal.channelId)).find(isHeading);
  expect(brief?.message.fallbackText).toContain('Putin');

  // Refused once, for good: read once, failed on the first attempt, never retried.
  expect(site.requests.filter((path) => path === hostilePath)).toHaveLength(1);
  const failures = worker.logs.filter((line) => line.msg === 'job failed for good');
  expect(failures).toHaveLength(1);
  expect(failures[0]).toMatchObject({ code: 'page-too-complex', attempt: 1 });
  expect(worker.logs.filter((line) => line.msg === 'job failed; will retry')).toEqual([]);
  expect(worker.logs.filter(isStallOrLostLock)).toEqual([]);
}

describe('a hostile page and a normal article sent to one worker process at the same time', () => {
  const scenario = useWorker('fault-hostile-cap', {});

  it('brief the article, refuse the page at the DOM cap within 15 s, and stall nothing', async () => {
    await sendBothAndCheck(scenario, '/nested-cap');
  }, 60_000);
});

describe('a hostile page under lifted DOM caps, so only the wall clock can stop it', () => {
  const scenario = useWorker('fault-hostile-clock', {
    EXTRACT_MAX_DEPTH: '1000000',
    EXTRACT_MAX_ELEMENTS: '1000000',
    EXTRACT_TIMEOUT_MS: '3000',
  });

  it('ends the thread at the limit, answers within 15 s, and briefs the article meanwhile', async () => {
    await sendBothAndCheck(scenario, '/nested-clock');
    const ended = scenario.worker?.logs.find((line) =>
      String(line.msg).includes('past its time limit'),
    );
    expect(ended).toMatchObject({ task: 'extract-page', limitMs: 3000 });
  }, 60_000);
});
