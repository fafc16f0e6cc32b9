import type { ArticleExtractor } from '../../../core/ports/article-extractor.ts';
import { extractArticlePage, type ExtractArticlePageOptions } from './extract-article-page.ts';

export type ReadabilityExtractorOptions = ExtractArticlePageOptions;

/**
 * The ArticleExtractor on the calling thread: for the CLI, where one page is read per run and
 * a thread's start-up would cost more than it saves, and for tests. The service uses the
 * thread-pool extractor in adapters/threads, which runs the same extractArticlePage.
 */
export function createReadabilityExtractor(
  options: ReadabilityExtractorOptions = {},
): ArticleExtractor {
  return {
    extract: async (html, url) => extractArticlePage(html, url, options),
  };
}
