import type { ArticleBriefJob, ArticleIngestJob } from '../../model/jobs.ts';
import type { ArticleExtractor } from '../../ports/article-extractor.ts';
import type { JobQueue } from '../../ports/job-queue.ts';
import type { PageFetcher } from '../../ports/page-fetcher.ts';
import type { ArticleStore } from '../../ports/stores.ts';
import { AppError } from '../../errors.ts';
import { fetchArticle } from '../fetch-article.ts';

export interface HandleArticleIngestDependencies {
  fetcher: PageFetcher;
  extractor: ArticleExtractor;
  articles: ArticleStore;
  briefQueue: JobQueue<ArticleBriefJob>;
}

/**
 * The ingest step (I/O-bound): fetch and extract the article, store it by content hash, and
 * hand the brief step its id. Fetch failures keep their AppError: retryable ones (timeouts,
 * 5xx) are retried with backoff, the rest reach the user as one sentence.
 */
export async function handleArticleIngest(
  dependencies: HandleArticleIngestDependencies,
  job: ArticleIngestJob,
  signal?: AbortSignal,
): Promise<{ articleId: string }> {
  let articleId: string;
  if (job.input.kind === 'url') {
    const article = await fetchArticle(dependencies, job.input.url, signal);
    await dependencies.articles.put(article);
    articleId = article.id;
  } else {
    const stored = await dependencies.articles.get(job.input.articleId);
    if (stored === undefined) {
      throw new AppError({
        code: 'input-missing',
        userMessage: 'That article is no longer stored; please send it again.',
        details: { articleId: job.input.articleId },
      });
    }
    articleId = stored.id;
  }
  const { input, ...rest } = job;
  void input;
  await dependencies.briefQueue.enqueue(
    { ...rest, articleId },
    { jobId: `brief-${job.requestId}` },
  );
  return { articleId };
}
