import type { Command } from 'commander';
import type { Config } from '../../config/config-schema.ts';
import { AppError, userMessageOf } from '../../core/errors.ts';
import { silentLogger } from '../../core/ports/logger.ts';
import type { CliDependencies } from '../cli-dependencies.ts';

/**
 * Container health checks. Docker reads only the exit code (0 healthy, 1 unhealthy; it
 * reserves 2), so every failure here exits 1 with one line saying why.
 */
export async function runHealthCheck(check: () => Promise<string>): Promise<void> {
  try {
    process.stdout.write(`${await check()}\n`);
  } catch (error) {
    process.stderr.write(`newsbrief: ${userMessageOf(error)}\n`);
    process.exitCode = 1;
  }
}

/** `worker --check`: has a worker on this host beaten its heartbeat within its lifetime? */
export async function checkWorkerHeartbeat(config: Config): Promise<string> {
  const { openRedisConnection } = await import('../../adapters/redis/open-redis-connection.ts');
  const { readWorkerHeartbeat, workerHeartbeatKey, heartbeatLifetimeMs } =
    await import('../../adapters/redis/worker-heartbeat.ts');
  const redis = await openRedisConnection({
    url: config.REDIS_URL ?? 'redis://127.0.0.1:6379',
    cluster: config.REDIS_CLUSTER,
    name: 'health check',
    redisOptions: { enableOfflineQueue: false, maxRetriesPerRequest: 1 },
    connectTimeoutMs: 3_000,
    logger: silentLogger,
  });
  try {
    const key = workerHeartbeatKey(config.REDIS_PREFIX);
    const lastBeat = await readWorkerHeartbeat(redis, key);
    if (lastBeat === undefined)
      throw unhealthy(
        `No worker on this host has written a heartbeat in the last ${heartbeatLifetimeMs / 1000} s.`,
      );
    const seconds = Math.max(0, Math.round((Date.now() - lastBeat.getTime()) / 1000));
    return `The worker on this host is alive (last heartbeat ${seconds} s ago).`;
  } finally {
    redis.disconnect();
  }
}

/**
 * `health`: whichever role this container runs. `serve` answers /healthz on PORT; where
 * nothing listens there, the process is a worker and its heartbeat decides.
 */
async function checkThisProcess(config: Config): Promise<string> {
  const url = `http://127.0.0.1:${config.PORT}/healthz`;
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
  } catch (error) {
    if (!isConnectionRefused(error)) throw unhealthy(`${url} did not answer in time.`);
    return checkWorkerHeartbeat(config);
  }
  const body = await response.text();
  if (response.ok) return `serve is healthy (${url}).`;
  throw unhealthy(`serve answered ${url} with ${response.status}: ${body.trim().slice(0, 200)}`);
}

function unhealthy(sentence: string): AppError {
  return new AppError({ code: 'internal', userMessage: sentence });
}

function isConnectionRefused(error: unknown): boolean {
  const cause =
    error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  return cause?.code === 'ECONNREFUSED';
}

export function registerHealthCommand(program: Command, dependencies: () => CliDependencies): void {
  program
    .command('health')
    .description(
      "check this container's newsbrief process: serve's /healthz, else the worker's heartbeat",
    )
    .action(async () => {
      const { config } = dependencies();
      await runHealthCheck(() => checkThisProcess(config));
    });
}
