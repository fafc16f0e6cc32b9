/**
 * The one place adapters are built and wired (docs/conventions.md §1): plain functions, no container.
 * Heavy adapters (the OpenAI SDK, ioredis, undici, the thread pool with linkedom and feedsmith
 * behind it) are imported lazily so the offline CLI starts fast (docs/decisions/0012).
 */
import type { Config } from './config/config-schema.ts';
import type { BriefWriter } from './core/ports/brief-writer.ts';
import type { Logger } from './core/ports/logger.ts';
import type { PageFetcher } from './core/ports/page-fetcher.ts';
import type { BriefStore } from './core/ports/stores.ts';
import type { Compute } from './adapters/threads/create-compute-threads.ts';
import type { DomLimits } from './adapters/web/readability/measure-dom.ts';
import { createMemoryBriefStore } from './adapters/store/memory/create-memory-brief-store.ts';
import { createOfflineBriefWriter } from './core/engines/offline/create-offline-brief-writer.ts';
import { AppError } from './core/errors.ts';

export async function createPageFetcher(config: Config, logger: Logger): Promise<PageFetcher> {
  const { createSafePageFetcher } =
    await import('./adapters/web/safe-fetch/create-safe-page-fetcher.ts');
  return createSafePageFetcher({
    allowPrivateHosts: config.FETCH_ALLOW_PRIVATE_HOSTS,
    allowedPorts: [80, 443, ...config.FETCH_ALLOWED_PORTS],
    maxBytes: config.FETCH_MAX_BYTES,
    totalTimeoutMs: config.FETCH_TIMEOUT_MS,
    userAgent: config.FETCH_USER_AGENT,
    logger,
  });
}

/** The DOM caps every extractor applies before Readability runs. */
export function domLimitsOf(config: Config): DomLimits {
  return { maxElements: config.EXTRACT_MAX_ELEMENTS, maxDepth: config.EXTRACT_MAX_DEPTH };
}

/** Page extraction, feed parsing and the offline engines on EXTRACT_THREADS worker threads. */
export async function createCompute(config: Config, logger: Logger): Promise<Compute> {
  const { createComputeThreads } = await import('./adapters/threads/create-compute-threads.ts');
  return createComputeThreads(
    {
      threads: config.EXTRACT_THREADS,
      taskTimeoutMs: config.EXTRACT_TIMEOUT_MS,
      domLimits: domLimitsOf(config),
    },
    logger,
  );
}

export type EngineChoice = Config['BRIEF_ENGINE'];

export interface BriefWriters {
  writer: BriefWriter;
  /** The offline engine, used when the model fails; absent when the writer is already offline. */
  fallbackWriter?: BriefWriter;
}

/** Picks the engine: a model when asked for (or, on auto, when a key is set), else offline. */
export async function createBriefWriters(
  config: Config,
  logger: Logger,
  choice: EngineChoice = config.BRIEF_ENGINE,
): Promise<BriefWriters> {
  const offline = createOfflineBriefWriter();
  const useModel =
    choice === 'openai' || (choice === 'auto' && config.OPENAI_API_KEY !== undefined);
  if (!useModel) return { writer: offline };
  if (config.OPENAI_API_KEY === undefined) {
    throw new AppError({
      code: 'config-invalid',
      userMessage:
        'The openai engine needs OPENAI_API_KEY (any non-empty value for a local server).',
    });
  }
  const { createModelWriterFromConfig } =
    await import('./adapters/llm/create-model-writer-from-config.ts');
  const writer = await createModelWriterFromConfig(config, logger);
  return { writer, fallbackWriter: offline };
}

export interface BriefStoreHandle {
  store: BriefStore;
  close(): Promise<void>;
}

/** The brief cache: on Redis when REDIS_URL is set (shared by every process), else in memory. */
export async function createBriefStore(config: Config, logger: Logger): Promise<BriefStoreHandle> {
  if (config.REDIS_URL === undefined) {
    return { store: createMemoryBriefStore(), close: async () => undefined };
  }
  const { createRedisClient } = await import('./adapters/redis/redis-client.ts');
  const { createRedisBriefStore } =
    await import('./adapters/store/redis/create-redis-brief-store.ts');
  const redis = createRedisClient(
    { url: config.REDIS_URL, cluster: config.REDIS_CLUSTER },
    {
      lazyConnect: true,
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      connectTimeout: 2_000,
    },
  );
  // Without a listener ioredis prints "Unhandled error event" and a stack above the sentence.
  redis.on('error', (error: Error) => logger.debug({ err: error }, 'brief cache redis error'));
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    throw new AppError({
      code: 'internal',
      userMessage: `Redis at REDIS_URL is not reachable, so the brief cache cannot be used.`,
      retryable: true,
      cause: error,
    });
  }
  return {
    store: createRedisBriefStore(redis, { prefix: config.REDIS_PREFIX, logger }),
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
