import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.ts';
import { silentLogger } from '../../../src/core/ports/logger.ts';
import { createService, type Service } from '../../../src/roles/create-service.ts';
import { startLocalHttpServer, type LocalHttpServer } from '../../fakes/local-http-server.ts';
import { startRedisServer, type RedisServerProcess } from '../../fakes/redis-server-process.ts';
import {
  startWorkerProcess,
  stopWorkerProcesses,
  type WorkerProcess,
} from '../../fakes/worker-process.ts';
import { consoleChannel, runNewsCommand, sleep, waitFor } from './fault-kit.ts';

/**
 * A job that outlives the grace period must not keep a stopping worker alive: SIGTERM lets it
 * run for SHUTDOWN_GRACE_MS, then the process exits with 1 (its job is retried elsewhere once
 * the lock expires), before an orchestrator's SIGKILL.
 */
const prefix = '{nb-fault-grace}';
const graceMs = 3_000;
let redisServer: RedisServerProcess | undefined;
let site: LocalHttpServer | undefined;
let service: Service | undefined;
let worker: WorkerProcess | undefined;

beforeAll(async () => {
  redisServer = await startRedisServer();
  // Takes the request and never answers: the ingest job stays active until its fetch timeout.
  site = await startLocalHttpServer(() => new Promise<void>(() => undefined));
  const environment = {
    REDIS_URL: redisServer.url,
    REDIS_PREFIX: prefix,
    SHUTDOWN_GRACE_MS: String(graceMs),
    FETCH_ALLOW_PRIVATE_HOSTS: 'localhost',
    FETCH_ALLOWED_PORTS: String(site.port),
    FETCH_TIMEOUT_MS: '60000',
  };
  service = await createService(loadConfig({ ...environment, LOG_LEVEL: 'silent' }), silentLogger);
  worker = await startWorkerProcess({ environment, readyTimeoutMs: 40_000 });
}, 60_000);

afterAll(async () => {
  await stopWorkerProcesses([worker], 'SIGKILL');
  await site?.close();
  await service?.close();
  await redisServer?.destroy();
}, 30_000);

describe('SIGTERM while a job runs longer than the grace period', () => {
  it('exits with 1 once SHUTDOWN_GRACE_MS has passed, saying why', async () => {
    if (service === undefined || site === undefined || worker === undefined)
      throw new Error('setup failed');
    const pageServer = site;
    await runNewsCommand(service, consoleChannel('grace'), `summarize ${site.url('/story')}`);
    await waitFor(() => pageServer.requests.includes('/story'), 20_000, 'the worker to fetch');

    process.kill(worker.pid, 'SIGTERM');
    const outcome = await Promise.race([
      worker.exited,
      sleep(graceMs + 5_000).then(() => 'still running'),
    ]);
    expect(outcome).toBe(1);
    const overdue = worker.logs.find(
      (line) => line.msg === 'shutdown grace period over: exiting without waiting further',
    );
    expect(overdue?.step).toBe('workers finish active jobs');
    expect(worker.errors.join('')).toBe('');
  }, 40_000);
});
