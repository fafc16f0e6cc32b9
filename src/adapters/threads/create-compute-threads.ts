import { offlineEngineVersion } from '../../core/engines/offline/offline-engine-version.ts';
import { AppError, userMessageOf } from '../../core/errors.ts';
import type { ArticleExtractor } from '../../core/ports/article-extractor.ts';
import type { BriefWriter } from '../../core/ports/brief-writer.ts';
import type { Logger } from '../../core/ports/logger.ts';
import type { OfflineAnswerer } from '../../core/ports/offline-answerer.ts';
import type { QuoteVerifier } from '../../core/ports/quote-verifier.ts';
import { pageTooComplexMessage } from '../../core/pipeline/page-errors.ts';
import type { FeedParser } from '../web/feed/read-feed.ts';
import type { DomLimits } from '../web/readability/measure-dom.ts';
import type { ComputeTasks } from './compute-tasks.ts';
import { createThreadPool, ThreadTaskError } from './create-thread-pool.ts';
import { siblingModule } from './start-thread.ts';

export interface ComputeSettings {
  /** Worker threads; 0 runs everything on the calling thread (no time limit). */
  threads: number;
  /** Wall-clock limit of one task. */
  taskTimeoutMs: number;
  domLimits: DomLimits;
}

/** The CPU-bound adapters of the service, backed by worker threads. */
export interface Compute {
  extractor: ArticleExtractor;
  offlineWriter: BriefWriter;
  offlineAnswerer: OfflineAnswerer;
  quoteVerifier: QuoteVerifier;
  parseFeed: FeedParser;
  /** Starts the threads now, so the first page does not wait for one to load. */
  start(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A thread's heap cap. The largest page the fetcher accepts (5 MiB) parses into well under this;
 * past it a page ends its own thread with ERR_WORKER_OUT_OF_MEMORY instead of the process.
 */
const threadHeapLimitMb = 1_024;

/**
 * A thread's young generation: 2 MB instead of Node's default (semi-spaces that grow to 16 MB
 * and stay resident) took the worker's RSS with 2 threads from 193 to 177 MB idle and from 219
 * to 190 MB while 10 briefs run, for a few per cent more CPU (bench/worker-memory.bench.ts,
 * docs/decisions/0012).
 */
const threadYoungGenerationMb = 2;

/** The sentence a task past its time or memory limit gets: same input, same outcome, no retry. */
const tooComplexMessages: Record<keyof ComputeTasks, string> = {
  'extract-page': pageTooComplexMessage,
  'parse-feed': 'That feed is too complex to read.',
  'write-offline-brief': 'That article is too complex to summarize.',
  'answer-offline': 'That article is too complex to answer questions about.',
  'verify-quotes': 'That article is too complex to summarize.',
};

/** Turns the pool's own failures into AppErrors; the task's own errors pass through. */
function toAppError(task: keyof ComputeTasks, error: unknown): unknown {
  if (!(error instanceof ThreadTaskError)) return error;
  if (error.kind === 'timeout' || error.kind === 'out-of-memory') {
    return new AppError({
      code: 'page-too-complex',
      userMessage: tooComplexMessages[task],
      retryable: false,
      details: { task, reason: error.kind },
      cause: error,
    });
  }
  // A crash or a pool that is shutting down: another attempt (maybe another worker) may succeed.
  return new AppError({
    code: 'internal',
    userMessage: userMessageOf(undefined),
    retryable: true,
    details: { task, reason: error.kind },
    cause: error,
  });
}

/**
 * Builds the service's extractor, offline brief writer, quote verifier, offline answerer and
 * feed parser on a pool of `threads` worker threads (see
 * docs/decisions/0006-worker-threads-for-cpu-work.md). With 0 threads they run in process, as
 * the CLI does. Only then does this thread load linkedom, Readability, feedsmith and the
 * engines: with threads, they live in the threads' heaps alone (docs/decisions/0012).
 */
export async function createComputeThreads(
  settings: ComputeSettings,
  logger: Logger,
): Promise<Compute> {
  if (settings.threads === 0) {
    const { createInProcessCompute } = await import('./create-in-process-compute.ts');
    return createInProcessCompute(settings, logger);
  }
  const entry = siblingModule(import.meta.url, 'compute-thread-entry');
  const pool = createThreadPool<ComputeTasks>({
    entry,
    size: settings.threads,
    taskTimeoutMs: settings.taskTimeoutMs,
    settings: { domLimits: settings.domLimits },
    heapLimitMb: threadHeapLimitMb,
    youngGenerationMb: threadYoungGenerationMb,
    logger: logger.child({ component: 'compute-threads' }),
  });
  const run = async <Name extends keyof ComputeTasks>(
    task: Name,
    input: Parameters<ComputeTasks[Name]>[0],
    signal?: AbortSignal,
  ): Promise<Awaited<ReturnType<ComputeTasks[Name]>>> => {
    try {
      return await pool.run(task, input, signal);
    } catch (error) {
      throw toAppError(task, error);
    }
  };
  return {
    extractor: { extract: (html, url) => run('extract-page', { html, url }) },
    offlineWriter: {
      cacheIdentity: `offline@${offlineEngineVersion}`,
      write: (article, options, signal) => run('write-offline-brief', { article, options }, signal),
    },
    offlineAnswerer: {
      answer: (article, question, history) =>
        // Only the fields the engine reads cross the thread boundary.
        run('answer-offline', {
          article: { title: article.title, text: article.text },
          question,
          history,
        }),
    },
    quoteVerifier: {
      verify: (articleText, candidates) => run('verify-quotes', { articleText, candidates }),
    },
    parseFeed: (body, contentType, options) => run('parse-feed', { body, contentType, options }),
    async start() {
      await pool.start();
      logger.info(
        { threads: settings.threads, taskTimeoutMs: settings.taskTimeoutMs, entry: entry.href },
        'compute threads ready',
      );
    },
    close: () => pool.close(),
  };
}
