import type { Config } from '../config/config-schema.ts';
import type { ArticleExtractor } from '../core/ports/article-extractor.ts';
import type { Logger } from '../core/ports/logger.ts';
import type { PageFetcher } from '../core/ports/page-fetcher.ts';
import { createPageFetcher, domLimitsOf } from '../dependencies.ts';
import { createTerminalProgress, type TerminalProgress } from './terminal-progress.ts';

/** What CLI commands need, built lazily so a plain-text summary never loads the HTML parser. */
export interface CliDependencies {
  config: Config;
  logger: Logger;
  /** What a slow step is doing, on stderr when it is a terminal. */
  progress: TerminalProgress;
  fetcher(): Promise<PageFetcher>;
  extractor(): Promise<ArticleExtractor>;
}

export function createCliDependencies(
  config: Config,
  logger: Logger,
  progress: TerminalProgress = createTerminalProgress(),
): CliDependencies {
  let fetcher: PageFetcher | undefined;
  let extractor: ArticleExtractor | undefined;
  return {
    config,
    logger,
    progress,
    async fetcher() {
      fetcher ??= await createPageFetcher(config, logger);
      return fetcher;
    },
    async extractor() {
      if (extractor === undefined) {
        const { createReadabilityExtractor } =
          await import('../adapters/web/readability/create-readability-extractor.ts');
        // In process: one page per run, where a thread's start-up would cost more than it saves.
        extractor = createReadabilityExtractor({ logger, limits: domLimitsOf(config) });
      }
      return extractor;
    },
  };
}
