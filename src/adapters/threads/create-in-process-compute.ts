import { createOfflineBriefWriter } from '../../core/engines/offline/create-offline-brief-writer.ts';
import type { Logger } from '../../core/ports/logger.ts';
import { inProcessOfflineAnswerer } from '../../core/ports/offline-answerer.ts';
import { inProcessQuoteVerifier } from '../../core/ports/quote-verifier.ts';
import { parseFeed } from '../web/feed/parse-feed.ts';
import { createReadabilityExtractor } from '../web/readability/create-readability-extractor.ts';
import type { Compute, ComputeSettings } from './create-compute-threads.ts';

/**
 * Everything on the calling thread: a hostile page blocks it (EXTRACT_THREADS=0, benchmarks).
 * Loaded only when asked for, so a process with threads keeps these modules out of its heap.
 */
export function createInProcessCompute(settings: ComputeSettings, logger: Logger): Compute {
  return {
    extractor: createReadabilityExtractor({ logger, limits: settings.domLimits }),
    offlineWriter: createOfflineBriefWriter(),
    offlineAnswerer: inProcessOfflineAnswerer,
    quoteVerifier: inProcessQuoteVerifier,
    parseFeed: async (body, contentType, options) => parseFeed(body, contentType, options),
    start: async () => undefined,
    close: async () => undefined,
  };
}
