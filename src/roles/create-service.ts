import type { RedisClient } from '../adapters/redis/redis-client.ts';
import type { Config } from '../config/config-schema.ts';
import type { ChatAdapterHost } from '../adapters/chat/chat-adapter-host.ts';
import { commandDependencies } from './command-dependencies.ts';
import {
  createPublisherRouter,
  type PublisherRouter,
} from '../adapters/chat/create-publisher-router.ts';
import { createConsolePublisher } from '../adapters/chat/console/create-console-publisher.ts';
import { createMetrics, type Metrics } from '../adapters/metrics/create-metrics.ts';
import { createBullmqDigestScheduler } from '../adapters/queue/bullmq/create-digest-scheduler.ts';
import { createQueues, type QueueSet } from '../adapters/queue/bullmq/create-queues.ts';
import { createRedisStores } from '../adapters/store/redis/create-redis-stores.ts';
import type { Stores } from '../adapters/store/stores.ts';
import type { ChatPlatform } from '../core/model/chat-message.ts';
import type { ChatPublisher } from '../core/ports/chat-publisher.ts';
import type { BullmqDigestScheduler } from '../adapters/queue/bullmq/create-digest-scheduler.ts';
import type { Logger } from '../core/ports/logger.ts';
import { createModelChoice, type ModelChoice } from './create-model-choice.ts';
import { openServiceRedis, type ServiceRedis } from './open-service-redis.ts';
import {
  watchRedisReachability,
  type RedisReachability,
} from '../adapters/redis/watch-redis-reachability.ts';
import type { Compute } from '../adapters/threads/create-compute-threads.ts';
import { createCompute } from '../dependencies.ts';

/**
 * Everything the bot, worker and console roles share, built once per process from config. It
 * satisfies ChatAdapterHost, the narrower view chat adapters get.
 */
export interface Service extends ChatAdapterHost {
  config: Config;
  commands: ChatAdapterHost['commands'];
  logger: Logger;
  /** Stores and job producers; commands fail fast on this connection when Redis is down. */
  redis: RedisClient;
  stores: Stores;
  queues: QueueSet;
  scheduler: BullmqDigestScheduler;
  /** Routes posts by platform; chat adapters register their publisher at start. */
  publisher: PublisherRouter;
  models: ModelChoice;
  metrics: Metrics;
  /** Options for BullMQ workers, which need their own blocking-safe connection settings. */
  workerConnection: RedisClient;
  /** Whether Redis is up now (for /healthz and shutdown); logs once per outage and recovery. */
  reachability: RedisReachability;
  /** CPU-bound work (pages, feeds, offline engines) in worker threads, started on first use. */
  compute: Compute;
  close(): Promise<void>;
}

export interface ServiceOptions {
  /** Publishers for platforms configured in this process (Slack, Discord); console is always on. */
  publishers?: Partial<Record<ChatPlatform, ChatPublisher>>;
  /** Connections opened beforehand (see openServiceRedis); otherwise opened here. */
  connections?: ServiceRedis;
}

/**
 * Builds the service from config. Redis is required (REDIS_URL, default the local one). The
 * producer connection has no offline queue, so a chat command during a Redis outage fails in
 * milliseconds with a clear sentence instead of hanging past the platform's 3-second ack.
 */
export async function createService(
  config: Config,
  logger: Logger,
  options: ServiceOptions = {},
): Promise<Service> {
  const { url, redis, workerConnection } =
    options.connections ?? (await openServiceRedis(config, logger));
  const reachability = watchRedisReachability([redis, workerConnection], { url, logger });

  const stores = createRedisStores(redis, { prefix: config.REDIS_PREFIX, logger });
  const queues = createQueues(workerConnection, config.REDIS_PREFIX);
  // A BullMQ queue with no error listener prints each reconnect failure with console.error
  // (unstructured, on stderr, many per second during an outage). The reachability watcher
  // already says once that Redis is gone, so the queues only log at debug.
  for (const queue of Object.values(queues.queues))
    queue.on('error', (error: Error) =>
      logger.debug({ err: error, queue: queue.name }, 'queue connection error'),
    );
  const metrics = createMetrics();
  metrics.watchQueues(Object.values(queues.queues), () => reachability.reachable);
  const publisher = createPublisherRouter({
    console: createConsolePublisher(workerConnection, config.REDIS_PREFIX),
    ...options.publishers,
  });
  const compute = await createCompute(config, logger);
  const models = await createModelChoice(config, logger, stores.usageMeter, {
    onTokensSpent: metrics.recordTokens,
    offline: compute.offlineWriter,
  });
  const scheduler = createBullmqDigestScheduler(queues.queues['digest-build']);
  return {
    commands: commandDependencies({ config, logger, stores, queues, scheduler }),
    config,
    logger,
    redis,
    stores,
    queues,
    scheduler,
    publisher,
    models,
    metrics,
    workerConnection,
    reachability,
    compute,
    async close() {
      reachability.stop();
      await compute.close();
      await queues.close();
      await Promise.allSettled([closeConnection(redis), closeConnection(workerConnection)]);
    },
  };
}

/**
 * QUIT waits for Redis to answer; while it is away the commands connection refuses it and the
 * queues connection would queue it behind everything else, so those are just dropped.
 */
async function closeConnection(connection: RedisClient): Promise<void> {
  if (connection.status !== 'ready') {
    connection.disconnect();
    return;
  }
  await connection.quit().catch(() => connection.disconnect());
}
