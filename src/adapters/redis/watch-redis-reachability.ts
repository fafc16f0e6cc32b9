import type { RedisClient } from './redis-client.ts';
import type { Logger } from '../../core/ports/logger.ts';
import { redisAddressOf, redisFailureReason } from './describe-redis-failure.ts';

/** Whether the service's Redis connections are up, for /healthz and shutdown. */
export interface RedisReachability {
  /** Every watched connection is ready right now. */
  readonly reachable: boolean;
  /** While unreachable: the latest reason ("connection refused"); undefined while reachable. */
  readonly reason: string | undefined;
  /** Stops watching, before the connections are closed on purpose (that is no outage). */
  stop(): void;
}

export interface WatchRedisOptions {
  url: string;
  logger: Logger;
}

/**
 * Follows the connections' own events and logs once per change of state: a warning when
 * Redis goes away and an info line when every connection is ready again. ioredis retries
 * every 2 s (and BullMQ errors on each try), so logging per error would write dozens of lines
 * a minute for one outage.
 */
export function watchRedisReachability(
  connections: readonly RedisClient[],
  options: WatchRedisOptions,
): RedisReachability {
  const address = redisAddressOf(options.url);
  let watching = true;
  let reachable = connections.every((connection) => connection.status === 'ready');
  let reason: string | undefined;
  let lostAt = 0;

  const update = () => {
    if (!watching) return;
    const now = connections.every((connection) => connection.status === 'ready');
    if (now === reachable) return;
    reachable = now;
    if (!now) {
      lostAt = Date.now();
      reason ??= 'connection lost';
      options.logger.warn({ redis: address, reason }, 'redis unreachable');
      return;
    }
    options.logger.info(
      { redis: address, unreachableForMs: Date.now() - lostAt },
      'redis reachable again',
    );
    reason = undefined;
  };
  const remember = (error: Error) => {
    if (!watching || connections.every((connection) => connection.status === 'ready')) return;
    reason = redisFailureReason(error);
  };

  for (const connection of connections) {
    connection.on('ready', update);
    connection.on('close', update);
    connection.on('end', update);
    connection.on('error', remember);
  }
  return {
    get reachable() {
      return reachable;
    },
    get reason() {
      return reachable ? undefined : reason;
    },
    stop() {
      watching = false;
      for (const connection of connections) {
        connection.off('ready', update);
        connection.off('close', update);
        connection.off('end', update);
        connection.off('error', remember);
      }
    },
  };
}
