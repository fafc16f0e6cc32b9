import type { RedisClient } from '../adapters/redis/redis-client.ts';
import type { Config } from '../config/config-schema.ts';
import type { Logger } from '../core/ports/logger.ts';
import { openRedisConnection } from '../adapters/redis/open-redis-connection.ts';

/** The service's two Redis connections, open and ready. */
export interface ServiceRedis {
  url: string;
  /** Stores and job producers: no offline queue, so commands fail fast during an outage. */
  redis: RedisClient;
  /** BullMQ's queues and workers: commands wait through an outage and run after it. */
  workerConnection: RedisClient;
}

/**
 * Within this time a wrong or unreachable REDIS_URL ends the start with one sentence, leaving
 * the rest of the 10 s an operator waits for the process to load under load.
 */
const connectTimeoutMs = 3_000;

/**
 * Opens both connections, or throws the one-sentence "cannot reach Redis" AppError. This module
 * loads only ioredis, so the long-running commands call it before loading BullMQ and the chat
 * SDKs: a bad REDIS_URL is reported in about a second, not after every module has loaded.
 */
export async function openServiceRedis(config: Config, logger: Logger): Promise<ServiceRedis> {
  const url = config.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const redis = await openRedisConnection({
    url,
    cluster: config.REDIS_CLUSTER,
    name: 'commands',
    redisOptions: { enableOfflineQueue: false, maxRetriesPerRequest: 1 },
    connectTimeoutMs,
    logger,
  });
  const workerConnection = await openRedisConnection({
    url,
    cluster: config.REDIS_CLUSTER,
    name: 'queues',
    redisOptions: { maxRetriesPerRequest: null },
    connectTimeoutMs,
    logger,
  }).catch((error: unknown) => {
    redis.disconnect();
    throw error;
  });
  return { url, redis, workerConnection };
}
