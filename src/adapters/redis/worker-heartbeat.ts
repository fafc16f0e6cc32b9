import { hostname } from 'node:os';
import type { RedisClient } from './redis-client.ts';
import type { Logger } from '../../core/ports/logger.ts';

/**
 * A worker's sign of life, for container health checks: a Redis key per host that the worker
 * rewrites every few seconds while it can do its job (Redis reachable, every BullMQ worker
 * running, an event loop free to run timers). It expires on its own, so a frozen, stuck or
 * disconnected worker goes quiet and `newsbrief worker --check` reports it within one lifetime.
 * The host name is the container's own in Docker, so each replica checks itself.
 */
export const heartbeatIntervalMs = 10_000;
export const heartbeatLifetimeMs = 3 * heartbeatIntervalMs;

export function workerHeartbeatKey(prefix: string, host: string = hostname()): string {
  return `${prefix}:heartbeat:worker:${host}`;
}

export interface WorkerHeartbeat {
  /** Stops beating and removes the key, so a stopped worker is not reported alive. */
  stop(): Promise<void>;
}

export function startWorkerHeartbeat(
  redis: RedisClient,
  options: { key: string; isHealthy(): boolean; logger: Logger; intervalMs?: number },
): WorkerHeartbeat {
  const intervalMs = options.intervalMs ?? heartbeatIntervalMs;
  const beat = async () => {
    if (!options.isHealthy()) return;
    await redis.set(options.key, new Date().toISOString(), 'PX', intervalMs * 3);
  };
  const beatSafely = () =>
    beat().catch((error: unknown) =>
      options.logger.debug({ err: error }, 'worker heartbeat not written'),
    );
  void beatSafely();
  const timer = setInterval(() => void beatSafely(), intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await redis.del(options.key).catch(() => undefined);
    },
  };
}

/** When the worker on this key last beat, or undefined when it has gone quiet. */
export async function readWorkerHeartbeat(
  redis: RedisClient,
  key: string,
): Promise<Date | undefined> {
  const value = await redis.get(key);
  if (value === null) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time);
}
