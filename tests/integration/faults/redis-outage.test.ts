import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { createService, type Service } from '../../../src/roles/create-service.ts';
import {
  freePort,
  startRedisServer,
  type RedisServerProcess,
} from '../../fakes/redis-server-process.ts';
import {
  startWorkerProcess,
  stopWorkerProcesses,
  type WorkerProcess,
} from '../../fakes/worker-process.ts';
import {
  consoleChannel,
  readConsoleEvents,
  runNewsCommand,
  seedText,
  sleep,
  waitFor,
} from './fault-kit.ts';

/**
 * Redis goes away under running `serve`, `serve --with-worker` and `worker` processes and comes
 * back: health follows it, each process says so once, work resumes, and SIGTERM during an outage
 * still ends each process within its grace period.
 */
const prefix = '{nb-fault-outage}';
const graceMs = 5_000;
let redisServer: RedisServerProcess | undefined;
let service: Service | undefined;
let serveOnly: WorkerProcess | undefined;
let serveWithWorker: WorkerProcess | undefined;
let worker: WorkerProcess | undefined;
const ports = { serveOnly: 0, serveWithWorker: 0 };

beforeAll(async () => {
  redisServer = await startRedisServer({ appendOnly: true });
  const environment = {
    REDIS_URL: redisServer.url,
    REDIS_PREFIX: prefix,
    SHUTDOWN_GRACE_MS: String(graceMs),
  };
  ports.serveOnly = await freePort();
  ports.serveWithWorker = await freePort();
  service = await createService(loadConfig({ ...environment, LOG_LEVEL: 'silent' }), silentLogger);
  [serveOnly, serveWithWorker, worker] = await Promise.all([
    startWorkerProcess({
      environment: { ...environment, PORT: String(ports.serveOnly) },
      command: ['serve'],
      readyMessage: 'newsbrief serving',
      readyTimeoutMs: 40_000,
    }),
    startWorkerProcess({
      environment: { ...environment, PORT: String(ports.serveWithWorker) },
      command: ['serve', '--with-worker'],
      readyMessage: 'newsbrief serving',
      readyTimeoutMs: 40_000,
    }),
    startWorkerProcess({ environment, readyTimeoutMs: 40_000 }),
  ]);
}, 60_000);

afterAll(async () => {
  await stopWorkerProcesses([serveOnly, serveWithWorker, worker], 'SIGKILL');
  // The private Redis (and its queues) goes with its directory; the service only has to let go
  // of a Redis that may be down, which close() does without waiting for it.
  await redisServer?.destroy();
  await service?.close();
}, 45_000);

interface Health {
  status: number;
  body: { status?: string; redis?: string };
}

async function health(port: number): Promise<Health> {
  const response = await fetch(`http://127.0.0.1:${port}/healthz`, {
    signal: AbortSignal.timeout(5_000),
  });
  return { status: response.status, body: (await response.json()) as Health['body'] };
}

async function waitForHealth(port: number, status: number, timeoutMs: number): Promise<Health> {
  let last: Health | undefined;
  await waitFor(
    async () => {
      last = await health(port);
      return last.status === status;
    },
    timeoutMs,
    `/healthz on ${port} to answer ${status} (last: ${JSON.stringify(last)})`,
  );
  if (last === undefined) throw new Error('no health answer');
  return last;
}

const linesSaying = (child: WorkerProcess, message: string) =>
  child.logs.filter((line) => line.msg === message);

function running(): { redis: RedisServerProcess; service: Service; processes: WorkerProcess[] } {
  if (
    redisServer === undefined ||
    service === undefined ||
    serveOnly === undefined ||
    serveWithWorker === undefined ||
    worker === undefined
  )
    throw new Error('setup failed');
  return { redis: redisServer, service, processes: [serveOnly, serveWithWorker, worker] };
}

describe('Redis goes away under running service processes', () => {
  it('turns /healthz 503 and back to 200, logs one line each way per process, and the workers take a job enqueued after the restart', async () => {
    const { redis, service: producer, processes } = running();
    for (const port of Object.values(ports)) expect((await health(port)).status).toBe(200);

    await redis.stop('SIGKILL');
    for (const port of Object.values(ports)) {
      const down = await waitForHealth(port, 503, 10_000);
      expect(down.body.status).toBe('unhealthy');
      expect(down.body.redis).toMatch(/^unreachable: (connection refused|connection lost)$/);
    }
    // Process metrics and job counters stay scrapeable; only the queue depths need Redis.
    const metrics = await fetch(`http://127.0.0.1:${ports.serveWithWorker}/metrics`, {
      signal: AbortSignal.timeout(5_000),
    });
    expect(metrics.status).toBe(200);
    expect(await metrics.text()).toContain('newsbrief_process_cpu_seconds_total');
    // Long enough for several reconnect attempts of every connection, queue and worker: each
    // of them used to log one line per attempt.
    await sleep(5_000);
    expect((await health(ports.serveWithWorker)).body.redis).toBe(
      'unreachable: connection refused',
    );

    await redis.start();
    for (const port of Object.values(ports)) await waitForHealth(port, 200, 15_000);
    await waitFor(() => producer.redis.status === 'ready', 15_000, 'the producer to reconnect');

    // The worker process has no /healthz: its own log says when it is back.
    for (const child of processes)
      await waitFor(
        () => linesSaying(child, 'redis reachable again').length > 0,
        15_000,
        `process ${child.pid} to reconnect`,
      );
    for (const child of processes) {
      expect(linesSaying(child, 'redis unreachable')).toHaveLength(1);
      expect(linesSaying(child, 'redis reachable again')).toHaveLength(1);
      expect(linesSaying(child, 'redis unreachable')[0]?.redis).toBe(redis.url);
      expect(child.logs.filter((line) => (line.level ?? 0) >= 50)).toEqual([]);
      expect(child.errors.join('')).toBe('');
    }

    const target = consoleChannel('after-outage');
    const reply = await runNewsCommand(
      producer,
      target,
      `summarize ${seedText.replace(/\n/g, ' ')}`,
    );
    expect(reply.visibility).toBe('none');
    await waitFor(
      async () =>
        (await readConsoleEvents(producer.redis, prefix, target.channelId)).some(
          (event) => event.kind === 'update' && event.message.blocks[0]?.type === 'heading',
        ),
      20_000,
      'the brief written by a worker that lived through the outage',
    );
  }, 90_000);

  it('SIGTERM during an outage ends every process within the grace period, cleanly', async () => {
    const { redis, processes } = running();
    await redis.stop('SIGKILL');
    for (const port of Object.values(ports)) await waitForHealth(port, 503, 10_000);
    for (const child of processes)
      await waitFor(
        () => linesSaying(child, 'redis unreachable').length === 2,
        10_000,
        'the second "redis unreachable" line',
      );

    for (const child of processes) process.kill(child.pid, 'SIGTERM');
    const outcomes = await Promise.all(
      processes.map((child) =>
        Promise.race([child.exited, sleep(graceMs + 2_000).then(() => 'still running')]),
      ),
    );
    expect(outcomes).toEqual([0, 0, 0]);
    for (const child of processes) {
      expect(linesSaying(child, 'redis unreachable')).toHaveLength(2);
      expect(
        linesSaying(child, 'shutdown grace period over: exiting without waiting further'),
      ).toEqual([]);
    }
  }, 60_000);
});
