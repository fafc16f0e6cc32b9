import { AppError } from '../../core/errors.ts';
import type { Logger } from '../../core/ports/logger.ts';
import { redisAddressOf, redisFailureReason } from './describe-redis-failure.ts';
import { createRedisClient, type RedisClient, type RedisClientSettings } from './redis-client.ts';

export interface OpenRedisOptions {
  url: string;
  /** REDIS_CLUSTER: the url names a node of a Redis Cluster. */
  cluster?: boolean;
  /** What this connection is for, in debug log lines. */
  name: string;
  /** The connection's own settings (offline queue, retries per request). */
  redisOptions?: Pick<RedisClientSettings, 'enableOfflineQueue' | 'maxRetriesPerRequest'>;
  /**
   * How long the first connection may take, name lookup and handshake included: ioredis's
   * connectTimeout covers only the TCP connect, so a server that accepts and never answers
   * would otherwise hang the start for ever.
   */
  connectTimeoutMs: number;
  logger: Logger;
}

/** Between reconnect attempts once running: quick at first, then every 2 s while Redis is away. */
const reconnectDelayMs = (attempt: number) => Math.min(attempt * 200, 2_000);

/**
 * Connects to Redis once, or throws an AppError naming the address (password hidden) and the
 * reason. Before the first success ioredis does not retry, so a wrong REDIS_URL ends the start
 * at once instead of retrying (and printing) for ever; after it, the client reconnects on its
 * own for as long as an outage lasts. Errors are only logged at debug here: the reachability
 * watcher says once when Redis goes away and once when it is back.
 */
export async function openRedisConnection(options: OpenRedisOptions): Promise<RedisClient> {
  let started = false;
  const client = createRedisClient(
    { url: options.url, cluster: options.cluster ?? false },
    {
      ...options.redisOptions,
      lazyConnect: true,
      connectTimeout: options.connectTimeoutMs,
      retryStrategy: (attempt) => (started ? reconnectDelayMs(attempt) : null),
    },
  );
  let lastError: unknown;
  // Without a listener ioredis prints "[ioredis] Unhandled error event" with a stack per attempt.
  client.on('error', (error: Error) => {
    lastError = error;
    options.logger.debug({ connection: options.name, err: error }, 'redis connection error');
  });

  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<{ timedOut: true }>((resolve) => {
    timer = setTimeout(() => resolve({ timedOut: true }), options.connectTimeoutMs);
  });
  const outcome = await Promise.race([
    client.connect().then(
      () => ({ connected: true }) as const,
      (error: unknown) => ({ failed: error }),
    ),
    deadline,
  ]);
  clearTimeout(timer);
  if ('timedOut' in outcome || 'failed' in outcome) {
    client.disconnect();
    const cause = 'failed' in outcome ? (lastError ?? outcome.failed) : lastError;
    const reason = 'timedOut' in outcome ? 'timed out' : redisFailureReason(cause);
    throw redisUnreachable(options.url, reason, cause);
  }
  if (options.cluster !== true && (await isClusterNode(client))) {
    client.disconnect();
    throw redisUnreachable(options.url, 'it is a node of a Redis Cluster: set REDIS_CLUSTER=true');
  }
  started = true;
  return client;
}

/**
 * Whether a server reached as a single Redis is a cluster node: it would answer MOVED to the
 * first command on a key of another node's slots, long after the start looked fine. A server
 * that refuses INFO (a locked-down managed Redis) is taken at its word.
 */
async function isClusterNode(client: RedisClient): Promise<boolean> {
  const info = await client.info('cluster').catch(() => '');
  return /cluster_enabled:1/.test(info);
}

/** The one sentence a command prints when REDIS_URL cannot be used at start. */
export function redisUnreachable(url: string, reason: string, cause?: unknown): AppError {
  const address = redisAddressOf(url);
  return new AppError({
    code: 'redis-unreachable',
    userMessage: `Cannot reach Redis at ${address} (${reason}); check REDIS_URL and that Redis is running.`,
    retryable: true,
    cause,
    details: { redis: address, reason },
  });
}
